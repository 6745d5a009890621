import { searchStatement } from '../../../src/modules/search/search.repository';
import { SearchType } from '../../../src/modules/search/search.args';

describe('search Cypher', () => {
  it('asks each chosen full-text index for at most `first` hits and keeps the best `first`', () => {
    const { cypher, params } = searchStatement('lopez obrador', [SearchType.CLAIM, SearchType.ENTITY], 5, true);
    expect(params).toEqual({ query: 'lopez obrador', first: 5 });
    expect(cypher).toMatchInlineSnapshot(`
     "CALL () {
         CALL db.index.fulltext.queryNodes('claim_fulltext', $query, {limit: toInteger($first)}) YIELD node, score RETURN 'CLAIM' AS type, score, node
         UNION ALL
         CALL db.index.fulltext.queryNodes('entity_fulltext', $query, {limit: toInteger($first)}) YIELD node, score RETURN 'ENTITY' AS type, score, node
       }
       WITH type, score, node ORDER BY score DESC, node.id LIMIT toInteger($first)
       RETURN collect([type, score, node.id,
         CASE type WHEN 'CLAIM' THEN node.text WHEN 'ENTITY' THEN node.name END,
         CASE type WHEN 'CLAIM' THEN node.text WHEN 'ENTITY' THEN reduce(t = node.name, a IN coalesce(node.aliases, []) | t + ', ' + a) END,
         CASE type WHEN 'CLAIM' THEN node {.id, .text, .kind, .asOf, position: coalesce(node.position, 0), marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(node.markingRank, 0)]} WHEN 'ENTITY' THEN node {.id, .type, .name, aliases: coalesce(node.aliases, []), .code, .acronym, .size} END]) AS hits"
    `);
  });

  it('reads the text and the node only when asked for: a list of titles gets four values per hit', () => {
    const { cypher } = searchStatement('x', [SearchType.STORY, SearchType.ENTITY], 3, true, { text: false, node: false });
    expect(cypher.slice(cypher.indexOf('RETURN collect'))).toMatchInlineSnapshot(`
     "RETURN collect([type, score, node.id,
         CASE type WHEN 'STORY' THEN node.title WHEN 'ENTITY' THEN node.name END]) AS hits"
    `);
    const withText = searchStatement('x', [SearchType.STORY], 3, true, { text: true, node: false }).cypher;
    expect(withText).toContain('THEN node.summary');
    expect(withText).not.toContain('THEN node {');
    const withNode = searchStatement('x', [SearchType.STORY], 3, true, { text: false, node: true }).cypher;
    expect(withNode).toContain("THEN node.title END,\n    null,\n    CASE type WHEN 'STORY' THEN node {");
  });

  it('gives one text per types, clearance and columns (the query and first only as parameters), any difference another', () => {
    const a = searchStatement('first query', [SearchType.STORY, SearchType.CLAIM], 5, true, { text: false, node: false });
    const b = searchStatement('second query', [SearchType.STORY, SearchType.CLAIM], 9, true, { text: false, node: false });
    expect(b.cypher).toBe(a.cypher);
    expect(b.params).toEqual({ query: 'second query', first: 9 });
    const others = [
      searchStatement('x', [SearchType.CLAIM, SearchType.STORY], 5, true, { text: false, node: false }),
      searchStatement('x', [SearchType.STORY, SearchType.CLAIM], 5, false, { text: false, node: false }),
      searchStatement('x', [SearchType.STORY, SearchType.CLAIM], 5, true, { text: true, node: false }),
      searchStatement('x', [SearchType.STORY, SearchType.CLAIM], 5, true, { text: false, node: true }),
    ].map((s) => s.cypher);
    expect(new Set([a.cypher, ...others]).size).toBe(5);
  });

  it('uses only the indexes of the chosen types, in the order given', () => {
    const indexes = (types: SearchType[]) => [...searchStatement('x', types, 1, true).cypher.matchAll(/queryNodes\('(\w+)'/g)].map((m) => m[1]);
    expect(indexes([SearchType.SOURCE])).toEqual(['source_fulltext']);
    expect(indexes(Object.values(SearchType))).toEqual(['story_fulltext', 'claim_fulltext', 'source_fulltext', 'entity_fulltext']);
  });

  it('below full clearance asks each marked index for 2 × first hits and only when fewer than first of them are visible streams the rest, dropping hidden hits', () => {
    const { cypher } = searchStatement('x', [SearchType.STORY, SearchType.ENTITY], 3, false);
    expect(cypher.split('UNION ALL')[0]).toMatchInlineSnapshot(`
     "CALL () {
         CALL () {
           CALL db.index.fulltext.queryNodes('story_fulltext', $query, {limit: toInteger($first) * 2}) YIELD node, score
           RETURN collect(CASE WHEN coalesce(node.markingRank, 0) <= $clearance THEN [node, score] END) AS seen, count(*) AS probed
         }
         WITH seen[0..toInteger($first)] AS kept, size(seen) >= toInteger($first) OR probed < toInteger($first) * 2 AS settled
         CALL (settled) {
           WITH * WHERE NOT settled
           CALL db.index.fulltext.queryNodes('story_fulltext', $query) YIELD node, score WHERE coalesce(node.markingRank, 0) <= $clearance
           WITH node, score LIMIT toInteger($first)
           RETURN collect([node, score]) AS streamed
         }
         UNWIND CASE WHEN settled THEN kept ELSE streamed END AS hit
         RETURN 'STORY' AS type, hit[1] AS score, hit[0] AS node
         "
    `);
    expect(cypher.split('UNION ALL')[1]).toContain("queryNodes('entity_fulltext', $query, {limit: toInteger($first)})");
  });
});
