import { loadReference } from '../../../src/ingest/recognise/reference';
import { splitTopics } from '../../../src/ingest/recognise/topics';

const known = loadReference().topics;

const noKnownTopics = { topics: [], headNouns: ['relations', 'espionage', 'war', 'tensions', 'security', 'policy'] };

describe('splitTopics', () => {
  it('splits the sample topic line into its two known topics', () => {
    expect(splitTopics('Intelligence and Espionage U.S.–Mexico Relations', known)).toEqual(['Intelligence and Espionage', 'U.S.–Mexico Relations']);
  });

  it('splits the same line without any known topic, by head nouns and country pairs', () => {
    expect(splitTopics('Intelligence and Espionage U.S.–Mexico Relations', noKnownTopics)).toEqual(['Intelligence and Espionage', 'U.S.–Mexico Relations']);
    expect(splitTopics('Cyber Policy China–Taiwan Tensions', noKnownTopics)).toEqual(['Cyber Policy', 'China–Taiwan Tensions']);
    expect(splitTopics('Border Security Migration US-Mexico Relations', noKnownTopics)).toEqual(['Border Security', 'Migration', 'US-Mexico Relations']);
  });

  it('never ends a topic on a connector ("Security and Defense" stays whole)', () => {
    expect(splitTopics('Security and Defense Policy', noKnownTopics)).toEqual(['Security and Defense Policy']);
  });

  it('returns known topics in their reference spelling', () => {
    expect(splitTopics('US-Mexico relations', known)).toEqual(['U.S.–Mexico Relations']);
    expect(splitTopics('russia–ukraine war Sanctions', known)).toEqual(['Russia–Ukraine War', 'Sanctions']);
  });

  it('splits on explicit separators first and drops repeats', () => {
    expect(splitTopics('Sanctions, Arms Control | Sanctions', known)).toEqual(['Sanctions', 'Arms Control']);
  });

  it('makes each country named on the line a topic of its own, even when no topic is known', () => {
    expect(splitTopics('Judiciary Djibouti France', noKnownTopics)).toEqual(['Judiciary', 'Djibouti', 'France']);
    expect(splitTopics('Death Penalty Indonesia Australia', noKnownTopics)).toEqual(['Death Penalty', 'Indonesia', 'Australia']);
    expect(splitTopics('Detentions North Korea United States', noKnownTopics)).toEqual(['Detentions', 'North Korea', 'United States']);
    expect(splitTopics('Terrorism Northern Ireland', noKnownTopics)).toEqual(['Terrorism', 'Northern Ireland']);
  });

  it('keeps a country with the phrase it modifies, and a demonym or country pair as before', () => {
    expect(splitTopics('Malaysia Politics', noKnownTopics)).toEqual(['Malaysia Politics']);
    expect(splitTopics('Human Rights Sudan Civil War', known)).toEqual(['Human Rights', 'Sudan Civil War']);
    expect(splitTopics('Russian Politics Ukraine', noKnownTopics)).toEqual(['Russian Politics', 'Ukraine']);
    expect(splitTopics('Sanctions Russia–Ukraine War', known)).toEqual(['Sanctions', 'Russia–Ukraine War']);
  });

  it('keeps an operation with its code name', () => {
    expect(splitTopics('Operation Condor Bolivia Argentina', noKnownTopics)).toEqual(['Operation Condor', 'Bolivia', 'Argentina']);
    expect(splitTopics('Operation Condor Political Assassinations', known)).toEqual(['Operation Condor', 'Political Assassinations']);
  });

  it('splits two run-together unknown topics by their shapes', () => {
    // A complete noun, then a modifier and a head noun closing the line.
    expect(splitTopics('Defectors Intelligence History', known)).toEqual(['Defectors', 'Intelligence History']);
    expect(splitTopics('Signals Intelligence Intelligence History', known)).toEqual(['Signals Intelligence', 'Intelligence History']);
    // A closed head ends a topic even before a plural; other heads take one ("Security Services", "War Crimes").
    expect(splitTopics('Intelligence History Defectors', known)).toEqual(['Intelligence History', 'Defectors']);
    expect(splitTopics('Security Services Reform', known)).toEqual(['Security Services Reform']);
    expect(splitTopics('War Crimes Justice Horn of Africa Security', known)).toEqual(['War Crimes Justice', 'Horn of Africa Security']);
    // A people's adjective before a head opens a topic, a compass or "Latin" before it does not.
    expect(splitTopics('Sabotage European Security', known)).toEqual(['Sabotage', 'European Security']);
    expect(splitTopics('Latin American Security', known)).toEqual(['Latin American Security']);
    // A lone word of no noun shape goes with the one-word topic before it, not with a plural.
    expect(splitTopics('Intelligence History Military Rule', known)).toEqual(['Intelligence History', 'Military Rule']);
    expect(splitTopics('Mercenaries Pacific', known)).toEqual(['Mercenaries', 'Pacific']);
  });

  it('has no topics for a missing topic line', () => {
    expect(splitTopics(undefined, known)).toEqual([]);
    expect(splitTopics('', known)).toEqual([]);
  });
});

describe('topic-line shapes generalised from one card', () => {
  it('keeps an operation with its whole code name, up to the next topic', () => {
    expect(splitTopics('Military History Operation Desert Storm', known)).toEqual(['Military History', 'Operation Desert Storm']);
    expect(splitTopics('Operation Iraqi Freedom Espionage', known)).toEqual(['Operation Iraqi Freedom', 'Espionage']);
    expect(splitTopics('Corruption Operation Car Wash', known)).toEqual(['Corruption', 'Operation Car Wash']);
    expect(splitTopics('Political Assassinations Operation Condor', known)).toEqual(['Political Assassinations', 'Operation Condor']);
    expect(splitTopics('Operation Mongoose Assassinations', known)).toEqual(['Operation Mongoose', 'Assassinations']);
  });

  it('keeps a compass word, its country and the phrase they modify as one topic, like the country alone', () => {
    expect(splitTopics('Ireland Peace Process', known)).toEqual(['Ireland Peace Process']);
    expect(splitTopics('Northern Ireland Peace Process', known)).toEqual(['Northern Ireland Peace Process']);
    expect(splitTopics('Terrorism Northern Ireland', known)).toEqual(['Terrorism', 'Northern Ireland']);
  });

  it("keeps a people's adjective with the word that opens its place ('Latin American')", () => {
    expect(splitTopics('Espionage Latin American Security', known)).toEqual(['Espionage', 'Latin American Security']);
    expect(splitTopics('Sabotage European Security', known)).toEqual(['Sabotage', 'European Security']);
  });

  it('ends a topic after a mass noun that no plural continues', () => {
    expect(splitTopics('Civil Unrest Assassinations', known)).toEqual(['Civil Unrest', 'Assassinations']);
    expect(splitTopics('Palace Intrigue Defectors', known)).toEqual(['Palace Intrigue', 'Defectors']);
  });

  it('keeps a head noun with the -ment noun of an action on it, but not with an -ion noun or a country after it', () => {
    expect(splitTopics('Law Enforcement United States', known)).toEqual(['Law Enforcement', 'United States']);
    expect(splitTopics('Civil Rights Law Enforcement', known)).toEqual(['Civil Rights', 'Law Enforcement']);
    expect(splitTopics('Border Management Greece Turkey', noKnownTopics)).toEqual(['Border Management', 'Greece', 'Turkey']);
    expect(splitTopics('Financial Crime Corruption', known)).toEqual(['Financial Crime', 'Corruption']);
    expect(splitTopics('Illegal Surveillance Intelligence Oversight', known)).toEqual(['Illegal Surveillance', 'Intelligence Oversight']);
    expect(splitTopics('Espionage Corruption Kenya', noKnownTopics)).toEqual(['Espionage', 'Corruption', 'Kenya']);
  });
});
