import { walkedClaimsPage } from '../../../src/modules/entity/entity.claims-walk';

describe('entity claims page, walked or sorted', () => {
  it('is one fixed statement: values only as parameters, the rungs and the projection from code', () => {
    const { cypher, params } = walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, false);
    expect(params).toEqual({
      entityId: 'agency:us-cia',
      pageLimit: expect.anything(),
      capShare: 1,
      storyCost: 45,
      anchoredCost: 2,
      seenCost: 11,
      walkMargin: 1.2,
    });
    expect(Number(params!.pageLimit)).toBe(11);
    expect(cypher).toMatchInlineSnapshot(`
     "MATCH (e:Entity {id: $entityId})
     CALL (e) {
       OPTIONAL MATCH (t:EntityTally {entityId: e.id})
       RETURN reduce(n = 0, k IN coalesce(t.claims, [])[0..$clearance + 1] | n + k) AS total, reduce(n = 0, k IN coalesce(t.claims, []) | n + k) AS anchored
     }
     CALL () { MATCH (s:Story) RETURN count(s) AS stories }
     WITH e, total, stories, $capShare * ($anchoredCost * anchored + $seenCost * total) / $storyCost AS allowed,
       CASE WHEN total = 0 THEN 0.0 ELSE $walkMargin * toFloat($pageLimit) * stories / total END AS needed
     WITH e, total, stories, needed, CASE WHEN allowed >= 8192 THEN 8192 WHEN allowed >= 4096 THEN 4096 WHEN allowed >= 2048 THEN 2048 WHEN allowed >= 1024 THEN 1024 WHEN allowed >= 768 THEN 768 WHEN allowed >= 512 THEN 512 WHEN allowed >= 384 THEN 384 WHEN allowed >= 256 THEN 256 WHEN allowed >= 192 THEN 192 WHEN allowed >= 128 THEN 128 ELSE 0 END AS ladder
     WITH e, total, stories, CASE WHEN total > 0 AND ladder >= needed THEN ladder ELSE 0 END AS cap
     CALL (e, cap) {
       WITH e, cap, date('9999-12-31') AS start
       CALL (e, cap, start) {
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 128 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 128
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 192 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 192
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 256 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 256
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 384 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 384
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 512 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 512
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 768 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 768
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 1024 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 1024
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 2048 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 2048
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 4096 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 4096
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
         UNION ALL
         MATCH (s:Story) USING INDEX s:Story(publishedAt)
             WHERE s.publishedAt <= CASE WHEN cap = 8192 THEN start END
           WITH e, s ORDER BY s.publishedAt DESC LIMIT 8192
           MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }
           WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC LIMIT $pageLimit
           RETURN s, c
       }
       WITH s, c ORDER BY s.publishedAt DESC, s.id ASC, coalesce(c.position, 0) ASC, c.id ASC
       RETURN collect([s, c]) AS walked
     }
     // Exact when every story from the start down to the page's last row was walked (the cap may cut a day in two).
     WITH e, total, walked, CASE
         WHEN cap = 0 THEN false
         WHEN size(walked) = $pageLimit THEN COUNT { MATCH (x:Story) WHERE x.publishedAt <= date('9999-12-31') AND x.publishedAt >= walked[-1][0].publishedAt } <= cap
         ELSE stories <= cap
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

  it('after a cursor: the walk starts on its day and both reads keep only the rows after it; a cursor of another list is refused', () => {
    const after = ['2025-01-01', 'story:a', 0, 'claim:a'];
    const { cypher, params } = walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, false, after);
    expect(params!.after).toEqual(after);
    expect(cypher).toContain('WITH e, cap, date($after[0]) AS start');
    expect(cypher.match(/s\.publishedAt <= date\(\$after\[0\]\) AND/g)).toHaveLength(11);
    expect(() => walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, false, ['2025-01-01', 'story:a'])).toThrow('is not a cursor of this list');
  });

  it('returns the rows sort keys only when cursors are read', () => {
    const withKeys = walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, true).cypher;
    expect(withKeys).toContain('collect({node: c {.id, .text}, key: [toString(s.publishedAt), s.id, coalesce(c.position, 0), c.id]}) AS rows');
    expect(walkedClaimsPage('agency:us-cia', 10, 4, { text: {} }, false).cypher).toContain('collect({node: c {.id, .text}}) AS rows');
  });
});
