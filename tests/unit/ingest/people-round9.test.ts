import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

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
});
