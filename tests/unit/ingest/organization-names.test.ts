import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

function idsIn(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions);
}

const organisations = (text: string) => idsIn(text).filter((id) => id.startsWith('org:'));

describe('organisation names the reference does not know', () => {
  it('reads a country name ending with an organisation word as the country, not an organisation', () => {
    expect(idsIn('He sold cipher secrets to the Soviet Union for 17 years.')).toEqual(['country:RU']);
    expect(organisations('Envoys of the Soviet Union and the Republic of China met.')).toEqual([]);
  });

  it('keeps the country word that opens a body whose name ends with an organisation word', () => {
    expect(organisations('The Palestine Liberation Organization denied it.')).toEqual(['org:palestine-liberation-organization']);
    expect(organisations('He worked for the Indian Space Research Organisation in Thiruvananthapuram.')).toEqual(['org:indian-space-research-organisation']);
    expect(organisations('The Australian Broadcasting Corporation aired the report.')).toEqual(['org:australian-broadcasting-corporation']);
  });

  it('leaves out a country word hyphened to a lower-case word before the name', () => {
    expect(organisations('Troops of the Russian-led Collective Security Treaty Organization arrived.')).toEqual([
      'org:collective-security-treaty-organization',
    ]);
  });

  it('writes out the U.S. abbreviation that opens a body, so both spellings are one organisation', () => {
    expect(organisations('A retired radioman of the U.S. Navy was arrested.')).toEqual(['org:united-states-navy']);
    expect(organisations('A retired radioman of the United States Navy was arrested.')).toEqual(['org:united-states-navy']);
    expect(organisations('He worked for the US Agency for International Development.')).toEqual(['org:united-states-agency-for-international-development']);
  });
});
