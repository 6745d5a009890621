import { unitWithoutParent } from '../../../src/ingest/recognise/agency-short-forms';
import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';
import { agenciesIn } from '../../support/recognition';

/** Rules that hold for every country through the reference and country data (tests/fixtures/LABELLING.md, conventions 1–4). */
const reference = loadReference();

describe("a country's principal national police (convention 1), one rule over the reference", () => {
  it.each([
    ['CO', 'agency:co-national-police-of-colombia'],
    ['TR', 'agency:tr-egm'],
    ['FR', 'agency:fr-dgpn'],
    ['IT', 'agency:it-italian-state-police'],
    ['DE', 'agency:de-german-federal-police'],
    ['CA', 'agency:ca-rcmp'],
    ['ZW', 'agency:zw-zrp'],
    ['CN', 'agency:cn-mps'],
    ['HK', 'agency:hk-hkpf'],
  ])('%s: %s', (code, id) => {
    expect(reference.nationalForceOf(code)?.id).toBe(id);
  });

  it('is none where the reference holds only regional forces', () => {
    expect(['GB', 'US', 'IN'].map((code) => reference.nationalForceOf(code))).toEqual([undefined, undefined, undefined]);
  });

  it('chooses a gendarmerie by the same rule with its own word', () => {
    expect(reference.nationalForceOf('TR', 'gendarmerie')?.id).toBe('agency:tr-gendarmerie-general-command');
    expect(reference.nationalForceOf('FR', 'gendarmerie')?.id).toBe('agency:fr-french-national-gendarmerie');
  });
});

describe('"<country word> police" acting as a force', () => {
  it.each([
    ['Colombian police arrested the former commander in Bogotá.', 'agency:co-national-police-of-colombia'],
    ["Kenya's police said the car had failed to stop.", 'agency:ke-kenya-police-service'],
    ['He was later arrested by police in Turkey.', 'agency:tr-egm'],
    ['The Ceylon police arrested the monk within hours.', 'agency:lk-sri-lanka-police'],
  ])('%s', (text, id) => {
    expect(agenciesIn(text)).toEqual([id]);
  });

  it.each([
    'Two French police officers drove him away.',
    'A Belgian police commissioner kept the tooth.',
    "Yugoslavia's secret police in Croatia ran the operation.",
    'British police arrested the suspects in London.',
  ])('names no national force: %s', (text) => {
    expect(agenciesIn(text)).toEqual([]);
  });
});

describe('"<place> police" for capitals and territories', () => {
  it("reads a territory's or a capital's force", () => {
    expect(agenciesIn('Hong Kong police arrested the publisher.')).toEqual(['agency:hk-hkpf']);
    expect(agenciesIn("The Paris police's Research and Intervention Brigade stormed the shop.")).toContain('agency:fr-paris-police-prefecture');
  });

  it('reads no force in a building named after one', () => {
    expect(agenciesIn('John Vorster Square, the Johannesburg police headquarters, was renamed.')).toEqual([]);
  });

  it('shortens a unit named "<X> of the <parent>" to X', () => {
    expect(unitWithoutParent('National Security Department of the Hong Kong Police')).toBe('National Security Department');
    expect(unitWithoutParent('National Police of Colombia')).toBeUndefined();
  });
});

describe('generic names take the country the sentence is set in', () => {
  it("reads no other country's entry for a name several countries hold", () => {
    expect(agenciesIn('Police and Special Branch officers in Singapore arrested more than a hundred politicians.')).not.toContain('agency:my-sb');
    expect(agenciesIn('An emergency State Security court in Cairo sentenced the activist.')).toEqual([]);
  });

  it('keeps the entry of the country the sentence is set in', () => {
    expect(agenciesIn('Special Branch officers in Kuala Lumpur detained the opposition leader.')).toEqual(['agency:my-sb']);
  });

  it('reads a name glued before "Prosecution" as a prosecutor\'s office', () => {
    expect(agenciesIn('The case was brought by the Supreme State Security Prosecution in Egypt.')).toEqual([]);
  });
});

describe('forces read by their class', () => {
  it('reads a Presidential Guard as an agency of its country', () => {
    expect(agenciesIn("Soldiers of Niger's Presidential Guard detained the president.")).toEqual(['agency:ne-presidential-guard']);
  });

  it('reads a lone "the gendarmerie" as the gendarmerie of the country the story is about', () => {
    expect(agenciesIn('The trucks had been stopped by the gendarmerie in January.', new Set(['TR']))).toEqual(['agency:tr-gendarmerie-general-command']);
    expect(agenciesIn('Separatists attacked the gendarmerie post at dawn.', new Set(['FR']))).toEqual([]);
  });

  it('reads a lone "the Gendarmerie" as the gendarmerie the story named before, in either case', () => {
    const story = new StoryMemory();
    const read = (text: string) =>
      recognizeEntities(text, { reference, date: '2025-06-01', story })
        .mentions.filter((m) => m.id.startsWith('agency:'))
        .map((m) => m.id);
    expect(read('Officers of the Grand Ducal Gendarmerie guarded the sites in Luxembourg.')).toEqual(['agency:lu-grand-ducal-gendarmerie']);
    expect(read('The Gendarmerie was merged with the police in 2000.')).toEqual(['agency:lu-grand-ducal-gendarmerie']);
  });

  it("reads an army's fighting unit as no agency (convention 4), and its intelligence unit as one", () => {
    expect(agenciesIn("In Germany, a former member of the army's Special Forces Command (KSK) was held.")).toEqual([]);
    expect(agenciesIn("In Northern Ireland, the army's Force Research Unit (FRU) ran the agent.")).toEqual(['agency:gb-fru']);
  });
});
