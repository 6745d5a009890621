import { prefetched, prefetchedOr, projection } from '../../../src/modules/shared/prefetch';
import { STORY } from '../../../src/modules/shared/projections';

describe('projections of what the client selected', () => {
  it('reads only the selected properties (and the id), with selected relationships in the same statement', () => {
    const cypher = projection('Story', 's', { title: {}, topics: { name: {} }, claims: { id: {} } });
    expect(cypher).toMatchInlineSnapshot(
      `"s {.id, .title, _p: {topics: COLLECT { MATCH (s)-[:TAGGED]->(s_topics:Topic) RETURN s_topics {.id, .name} AS value ORDER BY s_topics.name }, claims: COLLECT { MATCH (s)-[:HAS_CLAIM]->(s_claims:Claim) WHERE coalesce(s_claims.markingRank, 0) <= $clearance RETURN s_claims {.id} AS value ORDER BY s_claims.position, s_claims.id }}}"`,
    );
  });

  it("always reads an entity's type, which decides its GraphQL type", () => {
    expect(projection('Entity', 'e', { name: {} })).toBe('e {.id, .type, .name}');
  });

  it('without a selection reads every property and no relationship', () => {
    expect(projection('Story', 's')).toBe(STORY('s'));
  });

  it('tells "prefetched as null" from "not prefetched"', async () => {
    const load = jest.fn(async () => 'loaded');
    expect(await prefetchedOr({ _p: { publisher: null } }, 'publisher', load)).toBeNull();
    expect(await prefetchedOr({ _p: {} }, 'publisher', load)).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(1);
    expect(prefetched({}, 'publisher')).toBeUndefined();
  });
});
