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

  it('has no topics for a missing topic line', () => {
    expect(splitTopics(undefined, known)).toEqual([]);
    expect(splitTopics('', known)).toEqual([]);
  });
});
