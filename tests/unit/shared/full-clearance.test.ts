import { Executor, FULL_CLEARANCE } from '../../../src/db/executor';
import { claimListRead, ClaimRepository } from '../../../src/modules/claim/claim.repository';
import { claimsAboutRead, storiesMentioningRead } from '../../../src/modules/entity/entity.repository';
import { walkedClaimsPage } from '../../../src/modules/entity/entity.claims-walk';
import { provenanceStatement } from '../../../src/modules/provenance/provenance.repository';
import { projection } from '../../../src/modules/shared/prefetch';
import { seesEverything, visibleClause, where } from '../../../src/modules/shared/visibility';
import { storyListRead, StoryRepository } from '../../../src/modules/story/story.repository';

/** The marking check as visible() writes it; the `marking` field's own projection reads markingRank without comparing it. */
const CHECK = /markingRank, 0\) <= \$clearance/;

describe('statements for a caller who sees every marking (RED)', () => {
  it('leave the marking check out; anyone else keeps it', () => {
    expect(seesEverything(FULL_CLEARANCE)).toBe(true);
    expect(seesEverything(FULL_CLEARANCE - 1)).toBe(false);
    expect(visibleClause('Claim', 'c', true)).toBe('');
    expect(visibleClause('Claim', 'c', false)).toBe(' WHERE coalesce(c.markingRank, 0) <= $clearance');
    expect(visibleClause('Story', 's', false, 'AND')).toBe(' AND coalesce(s.markingRank, 0) <= $clearance');
    expect(where(false, undefined)).toBe('');
    expect(where('a', false, 'b')).toBe(' WHERE a AND b');
  });

  it('a story with its claims, citations and sources (Q2) reads no marking at RED', () => {
    const selection = { title: {}, claims: { text: {}, citations: { quote: {}, source: { title: {}, publisher: { name: {} } } } }, sources: { title: {} } };
    expect(projection('Story', 's', selection, true)).toMatchInlineSnapshot(
      `"s {.id, .title, _p: {claims: COLLECT { MATCH (s)-[:HAS_CLAIM]->(s_claims:Claim) RETURN s_claims {.id, .text, _p: {citations: COLLECT { MATCH (s_claims)-[s_claims_citations_r:CITES]->(s_claims_citations:Source) RETURN {claimId: s_claims.id, sourceId: s_claims_citations.id, quote: s_claims_citations_r.quote, _p: {source: s_claims_citations {.id, .title, _p: {publisher: COLLECT { MATCH (s_claims_citations)-[:PUBLISHED_BY]->(s_claims_citations_publisher:Organization) RETURN s_claims_citations_publisher {.id, .type, .name} AS value LIMIT 1 }[0]}}}} AS value ORDER BY s_claims_citations.title }}} AS value ORDER BY s_claims.position, s_claims.id }, sources: COLLECT { MATCH (s)-[:BASED_ON]->(s_sources:Source) RETURN s_sources {.id, .title} AS value ORDER BY s_sources.title }}}"`,
    );
    expect(projection('Story', 's', selection, false).match(new RegExp(CHECK, 'g'))).toHaveLength(3);
  });

  it.each([
    [
      'claims',
      (clearance: number) =>
        claimListRead({ aboutCountries: ['RU', 'MX'] }, { first: 20, after: null, withTotal: true, clearance, selection: { sources: { id: {} } } }),
    ],
    ['stories', (clearance: number) => storyListRead({}, null, 20, { clearance, selection: { claims: { id: {} } } })],
    ['claims about an entity', (clearance: number) => claimsAboutRead({ clearance, after: null, first: 10, withTotal: true, selection: { text: {} } })],
    [
      'stories mentioning an entity',
      (clearance: number) => storiesMentioningRead({ clearance, after: null, first: 5, withTotal: true, selection: { title: {} } }),
    ],
  ])('%s: no check at RED, a check below', (_, read) => {
    const text = (clearance: number) => {
      const r = read(clearance);
      return [r.scope, r.project, r.total ?? ''].join('\n');
    };
    expect(text(FULL_CLEARANCE)).not.toMatch(CHECK);
    expect(text(FULL_CLEARANCE - 1)).toMatch(CHECK);
  });

  it.each([FULL_CLEARANCE, FULL_CLEARANCE - 1])('the story and claim loaders at clearance %i', async (clearance) => {
    const statements: string[] = [];
    const executor = { clearance, read: async (cypher: string) => (statements.push(cypher), []) } as unknown as Executor;
    for (const asOf of [undefined, '2026-01-01T00:00:00.000Z']) {
      const stories = new StoryRepository(executor, asOf);
      const claims = new ClaimRepository(executor, asOf);
      await Promise.all([stories.byId('story:a'), stories.byIds(['a']), stories.claimsOf(['a']), stories.sourcesOf(['a'])]);
      await Promise.all([claims.byIds(['a']), claims.storyOf(['a']), claims.sourcesOf(['a']), claims.citationsOf(['a'])]);
    }
    expect(statements).toHaveLength(16);
    for (const cypher of statements) {
      if (clearance === FULL_CLEARANCE) expect(cypher).not.toMatch(CHECK);
      else expect(cypher).toMatch(CHECK);
      // Well formed either way: no WHERE without a condition, no AND straight after a pattern.
      expect(cypher).not.toMatch(/WHERE\s+(AND|RETURN|WITH)\b|(Claim|Story|Source)( \{id: key\})?\)\s*AND/);
    }
  });

  it('an entity page walked or sorted (Q3): no check at RED; below it, every branch of the walk and the sort checks', () => {
    const text = (clearance: number) => walkedClaimsPage('agency:us-cia', 10, clearance, { text: {} }).cypher;
    expect(text(FULL_CLEARANCE)).not.toMatch(CHECK);
    // Ten walk caps and the sort, on the first page and after a cursor.
    expect(text(FULL_CLEARANCE - 1).match(new RegExp(CHECK, 'g'))).toHaveLength(11);
    const later = (clearance: number) => walkedClaimsPage('agency:us-cia', 10, clearance, { text: {} }, true, ['2025-01-01', 'story:a', 0, 'claim:a']).cypher;
    expect(later(FULL_CLEARANCE)).not.toMatch(CHECK);
    expect(later(FULL_CLEARANCE - 1).match(new RegExp(CHECK, 'g'))).toHaveLength(11);
  });

  it('provenance at RED reads the chain as it is, nothing withheld; below RED unchanged', () => {
    const full = provenanceStatement(['claim:a'], undefined, undefined, true).cypher;
    expect(full).not.toMatch(CHECK);
    expect(full).toContain('reached AS chain, hiddenLinks AS withheld');
    expect(full).toContain('0 AS hiddenLinks');
    expect(provenanceStatement(['claim:a']).cypher).toEqual(provenanceStatement(['claim:a'], undefined, undefined, false).cypher);
    expect(provenanceStatement(['claim:a']).cypher).toMatch(CHECK);
  });
});
