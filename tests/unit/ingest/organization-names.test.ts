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

  it('reads a legislature capitalised alone as the body, but not inside a longer name', () => {
    expect(organisations('Prime Minister Menzies told Parliament that the diplomat had defected.')).toEqual(['org:parliament']);
    expect(organisations('Congress had barred the aid.')).toEqual(['org:congress']);
    expect(organisations('The Senate Intelligence Committee met; the parliament was dissolved.')).toEqual(['org:senate-intelligence-committee']);
  });

  it('knows well-known bodies of the reference by acronym, full name or alias, as one id', () => {
    expect(organisations('Colombian troops struck a FARC camp.')).toEqual(['org:revolutionary-armed-forces-of-colombia']);
    expect(organisations('The Revolutionary Armed Forces of Colombia denied it.')).toEqual(['org:revolutionary-armed-forces-of-colombia']);
    expect(organisations('The Pakistani Taliban, Tehrik-i-Taliban Pakistan, released a video.')).toEqual(['org:tehrik-i-taliban-pakistan']);
    expect(organisations('He was a founder of the Izz ad-Din al-Qassam Brigades.')).toEqual(['org:izz-ad-din-al-qassam-brigades']);
  });

  it('keeps an assimilated Arabic article inside a name', () => {
    expect(organisations('Gunmen of the Salah ad-Din Brigades attacked the post.')).toEqual(['org:salah-ad-din-brigades']);
    expect(idsIn('The commander, Nur ud-Din Zangi, said so.')).toEqual(['person:nur-ud-din-zangi']);
  });

  it('reads a force named with its country as one body', () => {
    expect(organisations('Planes of the Indian Air Force flew over Purulia.')).toEqual(['org:indian-air-force']);
    expect(organisations('The Papua New Guinea Defence Force denied it.')).toEqual(['org:papua-new-guinea-defence-force']);
  });
});
