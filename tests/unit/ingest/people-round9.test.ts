import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';

const reference = loadReference();

function idsIn(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions);
}

describe('people: titles, nicknames and bodies named after a person', () => {
  it('strips a nickname in single quotes from the name, but never an apostrophe inside a name', () => {
    expect(idsIn("President João Bernardo 'Nino' Vieira was killed at his residence.")).toEqual(['person:joao-bernardo-vieira']);
    expect(idsIn('The pilot Charles ‘Chuck’ Yeager flew it.')).toEqual(['person:charles-yeager']);
    expect(idsIn("Lawyer Korir Sing'oei said so.")).toEqual(['person:korir-sing-oei']);
  });

  it('strips "Representative" before a name, as "Senator"', () => {
    expect(idsIn('A House subcommittee led by Representative Donald Fraser heard him.')).toEqual(['person:donald-fraser']);
  });

  it('reads an inquiry named after its chair as a body, not a person', () => {
    expect(idsIn('The Fitzgerald Inquiry exposed bribery.')).toEqual(['org:fitzgerald-inquiry']);
  });

  it('reads both names after a plural fate noun joined by "and"', () => {
    expect(idsIn('He was convicted over the disappearances of Guðmundur Einarsson and Geirfinnur Einarsson in 1974.')).toEqual([
      'person:gudmundur-einarsson',
      'person:geirfinnur-einarsson',
    ]);
  });

  it("gives a relative named by a given name after a pronoun the surname of the story's subject", () => {
    const texts = ['Israeli spy Wolfgang Lotz was arrested in Cairo in 1965.', 'His wife, Waltraud, arrested with him, was sentenced to three years.'];
    const story = new StoryMemory(texts);
    const ids = texts.map((text) => distinctIds(recognizeEntities(text, { reference, date: '2025-12-08', story }).mentions));
    expect(ids[1]).toEqual(['person:waltraud-lotz']);
  });

  function storyIds(texts: string[], subject: string[] = []): string[][] {
    const story = new StoryMemory(texts);
    const subjectCountries = new Set(subject);
    return texts.map((text) => distinctIds(recognizeEntities(text, { reference, date: '2025-12-08', story, subjectCountries }).mentions));
  }

  it('gives a relative no surname when the pronoun could point at several people', () => {
    const ids = storyIds(['Alexei Navalny was poisoned in Tomsk.', 'Vladimir Putin denied it. His wife, Lyudmila, said nothing.']);
    expect(ids[1].filter((id) => id.startsWith('person:'))).toEqual(['person:vladimir-putin']);
  });

  it('gives a relative no surname from a name written family name first, or from a country whose wives keep their own', () => {
    const china = storyIds(['Xi Jinping visited Moscow.', 'His wife, Liyuan, sang at the gala.'], ['CN']);
    expect(china[1]).not.toContain('person:liyuan-jinping');
    const mexico = storyIds(['Andrés Manuel López Obrador won the vote.', 'His wife, Beatriz, voted early.'], ['MX']);
    expect(mexico[1]).not.toContain('person:beatriz-obrador');
  });

  it('reads household staff and neighbours as cue words for a name', () => {
    expect(idsIn('The service had been alerted by his housekeeper, Carin Rosén.')).toEqual(['person:carin-rosen']);
    expect(idsIn('Her neighbour Anna Berg heard the shots.')).toEqual(['person:anna-berg']);
  });
});
