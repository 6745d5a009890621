import { walkedClaimsPage } from '../../../src/modules/entity/entity.claims-walk';

describe('entity claims page, walked or sorted', () => {
  it('is one fixed statement: values only as parameters, the rungs and the projection from code', () => {
    const { cypher, params } = walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, false);
    expect(params).toEqual({ entityId: 'agency:us-cia', pageLimit: expect.anything(), walkShare: expect.any(Number), walkMargin: 1.2 });
    expect(Number(params!.pageLimit)).toBe(11);
    expect(cypher).toMatchInlineSnapshot(`
     "MATCH (e:Entity {id: $entityId})
     CALL (e) {
       OPTIONAL MATCH (t:EntityTally {entityId: e.id})
       RETURN reduce(n = 0, k IN coalesce(t.claims, [])[0..$clearance + 1] | n + k) AS total
     }
     CALL () { MATCH (s:Story) RETURN count(s) AS stories }
     WITH e, total, stories, CASE WHEN total = 0 THEN 0.0 ELSE $walkShare * total END AS allowed,
       CASE WHEN total = 0 THEN 0.0 ELSE $walkMargin * toFloat($pageLimit) * stories / total END AS needed
     WITH e, total, stories, needed, CASE WHEN allowed >= 8192 THEN 8192 WHEN allowed >= 1024 THEN 1024 WHEN allowed >= 128 THEN 128 ELSE 0 END AS ladder
     WITH e, total, stories, CASE WHEN ladder >= needed THEN ladder ELSE 0 END AS budget
     CALL (e, budget) {
       WITH e, budget, date('9999-12-31') AS horizon
       CALL (e, budget, horizon) {
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN budget = 128 THEN horizon END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 128
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN budget = 1024 THEN horizon END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 1024
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN budget = 8192 THEN horizon END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 8192
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
       }
       WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC
       RETURN collect([s, c]) AS walked
     }
     // Exact when every story at least as new as the page's last row was walked (the budget may cut a day in two).
     WITH e, total, walked, CASE
         WHEN budget = 0 THEN false
         WHEN size(walked) = $pageLimit THEN COUNT { MATCH (x:Story) WHERE x.publishedAt >= walked[-1][0].publishedAt } <= budget
         ELSE stories <= budget
       END AS exact
     CALL (e, exact) {
       WITH * WHERE NOT exact
       MATCH (e)<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)
       WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
       RETURN collect([s, c]) AS sorted
     }
     CALL (walked, sorted, exact) {
       UNWIND CASE WHEN exact THEN walked ELSE sorted END AS row
       WITH row[0] AS s, row[1] AS c
       RETURN collect({node: c {.id, .text}}) AS rows
     }
     RETURN e {.id, .type, .name, aliases: coalesce(e.aliases, []), .code, .acronym, .size} AS node, total, rows"
    `);
  });

  it('returns the rows sort keys only when cursors are read', () => {
    const withKeys = walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, true).cypher;
    expect(withKeys).toContain('collect({node: c {.id, .text}, key: [toString(s.publishedAt), s.id, coalesce(c.position, 0), c.id]}) AS rows');
    expect(walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, false).cypher).toContain('collect({node: c {.id, .text}}) AS rows');
  });
});
