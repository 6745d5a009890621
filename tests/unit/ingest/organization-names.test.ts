import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { withUsSpelledOut } from '../../../src/ingest/recognise/organization-names';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

function idsIn(text: string, subject: string[] = []): string[] {
  const subjectCountries = new Set(subject);
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08', subjectCountries, storyCountries: subjectCountries }).mentions);
}

const organisations = (text: string, subject: string[] = []) => idsIn(text, subject).filter((id) => id.startsWith('org:'));

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

  it("reads a legislature capitalised alone as the body of the story's one subject country, but not inside a longer name", () => {
    expect(organisations('Prime Minister Menzies told Parliament that the diplomat had defected.', ['AU'])).toEqual(['org:australia-parliament']);
    expect(organisations('Congress had barred the aid.', ['US'])).toEqual(['org:united-states-congress']);
    expect(organisations('The Senate Intelligence Committee met; the parliament was dissolved.', ['US'])).toEqual(['org:senate-intelligence-committee']);
  });

  it("reads no legislature alone where the story's country is unclear: one node would stand for every country's", () => {
    expect(organisations('Prime Minister Menzies told Parliament that the diplomat had defected.')).toEqual([]);
    expect(organisations('Rahul Gandhi said Congress would fight the ban.', ['IN', 'PK'])).toEqual([]);
    expect(organisations('Thousands of protesters besieged Parliament in Port Moresby.', ['PG', 'GB'])).toEqual(['org:papua-new-guinea-parliament']);
    // India's legislature is Parliament: "Congress" there is the party, no legislature.
    expect(organisations('Rahul Gandhi said Congress would fight the ban.', ['IN'])).not.toContain('org:india-congress');
  });

  it('leaves out a demonym that describes a named body, but keeps a country word that is part of the name', () => {
    expect(organisations('The report was carried by the Iranian Fars News Agency.')).toEqual(['org:fars-news-agency']);
    expect(organisations('The South Korean Yonhap News Agency reported it.')).toEqual(['org:yonhap-news-agency']);
    expect(organisations('The Turkish Anadolu Agency said so.')).toEqual(['org:anadolu-agency']);
    expect(organisations('The Korean Central News Agency denied it.')).toEqual(['org:korean-central-news-agency']);
    expect(organisations('Planes of the Indian Air Force flew over Purulia.')).toEqual(['org:indian-air-force']);
  });

  it('writes out "U.S." only before a state body, not in a company\'s name', () => {
    expect(organisations('He flew US Airways to Boston.')).toEqual(['org:us-airways']);
    expect(withUsSpelledOut('USA Gymnastics')).toBe('USA Gymnastics');
    expect(withUsSpelledOut('US Army Corps of Engineers')).toBe('United States Army Corps of Engineers');
    expect(organisations('He served in the U.S. Marine Corps.')).toEqual(['org:united-states-marine-corps']);
  });

  it('reads an everyday spelling of a reference body only where its context says so', () => {
    expect(organisations("The flight's ETA was moved to noon.")).toEqual([]);
    expect(organisations('The Basque separatist group ETA claimed the bombing.')).toEqual(['org:eta']);
    expect(organisations('He applied for a P2 visa.')).toEqual([]);
    expect(organisations('Licio Gelli was grand master of the P2 masonic lodge.')).toEqual(['org:propaganda-due']);
    expect(organisations('Solidarity rallies were held across Europe.')).toEqual([]);
    expect(organisations('Lech Wałęsa led the Solidarity movement from the Gdańsk shipyard.')).toEqual(['org:solidarity']);
    expect(organisations('The Politburo met in Beijing.')).toEqual([]);
    expect(organisations("Canada's House of Commons passed the motion.")).toEqual([]);
    expect(organisations('Lord Privy Seal Edward Heath told the House of Commons in Westminster.')).toEqual(['org:house-of-commons']);
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
    expect(organisations('The Papua New Guinea Defence Force denied it.')).toEqual(['org:papua-new-guinea-defence-force']);
  });
});

describe('title words that open a body’s name', () => {
  it('keeps "Crown" and "Privy" when no title follows them', () => {
    expect(organisations('The Crown Prosecution Service offered no evidence at the hearing.')).toEqual(['org:crown-prosecution-service']);
    expect(organisations('The Privy Council later ruled the amnesty invalid.')).toEqual(['org:privy-council']);
    expect(idsIn('Crown Prince Mohammed bin Salman met him.')).toEqual(['person:mohammed-bin-salman']);
  });
});

describe('armed groups, parties and outlets the reference knows', () => {
  it('reads them by name or acronym, under the name of their entry', () => {
    expect(organisations('Two reporters for Radio France Internationale were abducted in the north.')).toEqual(['org:radio-france-internationale']);
    expect(organisations('The RFI correspondent was shot outside the police headquarters.')).toEqual(['org:radio-france-internationale']);
    expect(organisations('Police blamed the Shining Path for the ambush near Ayacucho.')).toEqual(['org:shining-path']);
    expect(organisations('Gunmen of the Medellín Cartel killed the editor.')).toEqual(['org:medellin-cartel']);
  });
});
