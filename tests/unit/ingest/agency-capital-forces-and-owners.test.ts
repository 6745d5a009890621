import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';
import { EntityType } from '../../../src/modules/shared/enums';

/**
 * A capital's force as news names it ("Tehran police", "the Dhaka Metropolitan Police"), and a unit named after its owner's
 * possessive ("its National Cyber Security Centre"), which takes the owner's country.
 */
const reference = loadReference();

function agencyIds(text: string, story?: StoryMemory): string[] {
  return recognizeEntities(text, { reference, date: '2020-01-01', story })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
}

describe("a capital's force", () => {
  it.each([
    ['Nairobi police said the suspect had fled.', 'agency:ke-nairobi-police'],
    ['The Lima police said the suspect had fled.', 'agency:pe-lima-police'],
    ['The Hanoi Metropolitan Police said the suspect had fled.', 'agency:vn-hanoi-metropolitan-police'],
  ])('%s', (text, id) => {
    expect(agencyIds(text)).toEqual([id]);
  });

  it("is London's Met only for London", () => {
    expect(agencyIds('The Accra Metropolitan Police said the suspect had fled.')).not.toContain('agency:gb-metropolitan-police');
    expect(agencyIds('London police said the suspect had fled.')).toEqual(['agency:gb-metropolitan-police']);
  });

  it("keeps the reference's force where it names one after the capital", () => {
    expect(agencyIds('The Paris police said the suspect had fled.')).toEqual(['agency:fr-paris-police-prefecture']);
  });

  it('reads no force from inside a longer name or a building', () => {
    expect(agencyIds('City of London Police said the body was found.')).not.toContain('agency:gb-metropolitan-police');
    expect(agencyIds('A bomb hit the Nairobi police headquarters.')).toEqual([]);
  });
});

describe("a unit after its owner's possessive", () => {
  it("takes the owner's country's entry that the name shortens", () => {
    const ids = agencyIds("Ireland's Garda Síochána said its National Cyber Security Centre had found the breach, a British official said.");
    expect(ids).toContain('agency:ie-national-cyber-security-centre-of-ireland');
    expect(ids).not.toContain('agency:gb-ncsc');
  });

  it("is the owner's own unit when its country has no entry of that name", () => {
    const story = new StoryMemory();
    agencyIds('Tasmania Police arrested the gunman.', story);
    expect(agencyIds("Officers of the force's Special Operations Group besieged the house.", story)).toEqual(['agency:au-special-operations-group']);
  });

  it('leaves a name with no owner before it to the usual cues', () => {
    expect(agencyIds('Spain said the Special Operations Group stormed the flat in Madrid.')).toEqual(['agency:es-geo']);
  });
});
