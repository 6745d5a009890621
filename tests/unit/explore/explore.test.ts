import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Executor, FULL_CLEARANCE } from '../../../src/db/executor';
import { CoMentionsArgs, NeighborhoodArgs, PathsArgs } from '../../../src/modules/explore/explore.args';
import { boundedInt, coMentionsStatement, ExploreRepository, neighborhoodStatement, pathsStatement } from '../../../src/modules/explore/explore.repository';

const failing = async (cls: new () => object, plain: object) => (await validate(plainToInstance(cls, plain))).map((e) => e.property);

function recordingExecutor(clearance = FULL_CLEARANCE) {
  const calls: { cypher: string; params: Record<string, unknown> }[] = [];
  const executor = { clearance, read: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), []) } as unknown as Executor;
  return { executor, calls };
}

describe('exploration caps', () => {
  it('defaults to depth 1, limit 50, maxHops 4 and refuses values past the caps', async () => {
    expect(plainToInstance(NeighborhoodArgs, { id: 'country:MX' })).toMatchObject({ depth: 1, limit: 50 });
    expect(plainToInstance(PathsArgs, { fromId: 'a', toId: 'b' }).maxHops).toBe(4);
    expect(await failing(NeighborhoodArgs, { id: 'x', depth: 3, limit: 500 })).toEqual([]);
    expect(await failing(NeighborhoodArgs, { id: 'x', depth: 4, limit: 501 })).toEqual(['depth', 'limit']);
    expect(await failing(NeighborhoodArgs, { id: 'x', depth: 0 })).toEqual(['depth']);
    expect(await failing(PathsArgs, { fromId: 'a', toId: 'b', maxHops: 7 })).toEqual(['maxHops']);
    expect(await failing(CoMentionsArgs, { entityId: 'a', limit: 101 })).toEqual(['limit']);
  });

  it('boundedInt lets only small integers into Cypher text', () => {
    expect(boundedInt(3, 1, 3)).toBe(3);
    for (const bad of [0, 4, 2.5, NaN]) expect(() => boundedInt(bad, 1, 3)).toThrow(RangeError);
  });

  it('gives one text per depth and clearance, the start and limit only as parameters, and still refuses a depth past the cap', () => {
    const a = neighborhoodStatement('country:MX', 2, 50, 3, true);
    const b = neighborhoodStatement('story:other', 2, 7, 3, true);
    expect(b.cypher).toBe(a.cypher);
    expect(b.params).toEqual({ id: 'story:other', limit: 7, scanFrom: a.params!.scanFrom });
    const texts = [a.cypher, neighborhoodStatement('x', 1, 50, 3, true).cypher, neighborhoodStatement('x', 2, 50, 3, false).cypher];
    expect(new Set(texts).size).toBe(3);
    // Depth 3 is cached under a cap of 3; a cap of 2 refuses it all the same.
    neighborhoodStatement('x', 3, 50, 3, true);
    expect(() => neighborhoodStatement('x', 3, 50, 2, true)).toThrow(RangeError);
  });
});

describe('exploration Cypher', () => {
  it('walks level by level: one bounded level per hop of depth, every value a parameter', () => {
    const { cypher, params } = neighborhoodStatement('country:MX', 2, 10, 3, false);
    expect(cypher.match(/CALL \(start, members, frontier, truncated\)/g)).toHaveLength(2);
    expect(cypher).not.toContain('country:MX');
    expect(params).toEqual({ id: 'country:MX', limit: 10 });
    expect(() => neighborhoodStatement('x', 9, 10, 3, false)).toThrow(RangeError);
    expect(neighborhoodStatement('country:MX', 1, 10, 3, false).cypher).toMatchInlineSnapshot(`
     "CALL () {
              CALL () {
                MATCH (n:Story {id: $id}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Claim {id: $id}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Source {id: $id}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Entity {id: $id}) RETURN n
                UNION MATCH (n:Topic {id: $id}) RETURN n
              }
              RETURN collect(n)[0] AS start
            }
            WITH start, [start] AS members, [start] AS frontier, false AS truncated
            CALL (start, members, frontier, truncated) {
              WITH * WHERE start IS NOT NULL AND NOT truncated
              UNWIND frontier AS f MATCH (f)-[:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS]-(x) WHERE NOT x IN members
              WITH DISTINCT x ORDER BY x.id LIMIT toInteger($limit) * 2 + 2
              RETURN collect(x) AS probe
            }
            WITH start, members, frontier, truncated, probe, [y IN probe WHERE (coalesce(y.markingRank, 0) <= $clearance OR NOT (y:Story OR y:Source OR y:Claim))][0..toInteger($limit) + 1] AS kept
            WITH start, members, frontier, truncated, kept, size(kept) > toInteger($limit) OR size(probe) < toInteger($limit) * 2 + 2 AS settled
            CALL (start, members, frontier, truncated, settled) {
              WITH * WHERE start IS NOT NULL AND NOT truncated AND NOT settled
              UNWIND frontier AS f MATCH (f)-[:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS]-(x) WHERE NOT x IN members
              WITH DISTINCT x ORDER BY x.id
              WITH collect(x) AS inOrder
              RETURN reduce(kept = [], y IN inOrder | CASE WHEN size(kept) > toInteger($limit) THEN kept WHEN (coalesce(y.markingRank, 0) <= $clearance OR NOT (y:Story OR y:Source OR y:Claim)) THEN kept + y ELSE kept END) AS sorted
            }
            WITH start, members, truncated, CASE WHEN settled THEN kept ELSE sorted END AS level
            WITH start, members, level, truncated, toInteger($limit) + 1 - size(members) AS room
            WITH start, members + level[0..room] AS members, level[0..room] AS frontier, truncated OR size(level) > room AS truncated
            CALL (members) {
              UNWIND members AS a MATCH (a)-[r:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS]->(b) WHERE b IN members
              WITH DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to ORDER BY from + '-' + type + '-' + to
              RETURN collect([from, type, to]) AS edges
            }
            RETURN start IS NOT NULL AS found, [n IN members WHERE n IS NOT NULL | [n.id, [l IN labels(n) WHERE l <> 'Entity'][0], coalesce(n.name, n.title, n.text, n.id)]] AS nodes, edges, truncated"
    `);
  });

  it('uses allShortestPaths between the two anchored nodes, bounded by maxHops', () => {
    const { cypher, params } = pathsStatement('agency:us-cia', 'person:x', 5, 6, false);
    expect(params).toEqual({ fromId: 'agency:us-cia', toId: 'person:x' });
    expect(cypher).toMatchInlineSnapshot(`
     "CALL () {
              CALL () {
                MATCH (n:Story {id: $fromId}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Claim {id: $fromId}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Source {id: $fromId}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Entity {id: $fromId}) RETURN n
                UNION MATCH (n:Topic {id: $fromId}) RETURN n
              }
              RETURN collect(n)[0] AS a
            }
            CALL () {
              CALL () {
                MATCH (n:Story {id: $toId}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Claim {id: $toId}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Source {id: $toId}) WHERE coalesce(n.markingRank, 0) <= $clearance RETURN n
                UNION MATCH (n:Entity {id: $toId}) RETURN n
                UNION MATCH (n:Topic {id: $toId}) RETURN n
              }
              RETURN collect(n)[0] AS b
            }
            WITH a, b, COLLECT {
              WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
              MATCH p = allShortestPaths((a)-[:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS*..5]-(b))
              WHERE all(pathNode IN nodes(p) WHERE (coalesce(pathNode.markingRank, 0) <= $clearance OR NOT (pathNode:Story OR pathNode:Source OR pathNode:Claim)))
              RETURN p LIMIT 101
            } AS candidates
            // One path more than shown tells whether there were more.
            WITH a, b, candidates[0..100] AS paths, size(candidates) > 100 AS truncated
            CALL (paths) {
              UNWIND paths AS p UNWIND nodes(p) AS n
              WITH DISTINCT n ORDER BY n.id
              RETURN collect([n.id, [l IN labels(n) WHERE l <> 'Entity'][0], coalesce(n.name, n.title, n.text, n.id)]) AS nodes
            }
            CALL (paths) {
              UNWIND paths AS p UNWIND relationships(p) AS r
              WITH DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to ORDER BY from + '-' + type + '-' + to
              RETURN collect([from, type, to]) AS edges
            }
            RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, true AS found, nodes, edges, truncated"
    `);
    expect(() => pathsStatement('a', 'b', 7, 6, false)).toThrow(RangeError);
  });

  it('reads co-mentions from the anchored entity only', () => {
    const { cypher, params } = coMentionsStatement('country:MX', 5, false);
    expect(params).toEqual({ entityId: 'country:MX', limit: 5 });
    expect(cypher).toMatchInlineSnapshot(`
     "MATCH (e:Entity {id: $entityId})
            CALL (e) {
              MATCH (e)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(o:Entity) WHERE o <> e AND coalesce(c.markingRank, 0) <= $clearance
              WITH o, count(DISTINCT c) AS claims ORDER BY claims DESC, o.name, o.id LIMIT toInteger($limit)
              RETURN collect({entity: o {.id, .type, .name, aliases: coalesce(o.aliases, []), .code, .acronym, .size}, claims: claims}) AS rows
            }
            RETURN rows"
    `);
  });

  it('a caller who sees every marking (RED) gets the statements without per-node checks, as they were before markings', () => {
    expect(neighborhoodStatement('country:MX', 1, 10, 3, true).cypher).toMatchInlineSnapshot(`
     "CALL () {
              CALL () {
                MATCH (n:Story {id: $id}) RETURN n
                UNION MATCH (n:Claim {id: $id}) RETURN n
                UNION MATCH (n:Source {id: $id}) RETURN n
                UNION MATCH (n:Entity {id: $id}) RETURN n
                UNION MATCH (n:Topic {id: $id}) RETURN n
              }
              RETURN collect(n)[0] AS start
            }
            WITH start, [start] AS members, [start] AS frontier, false AS truncated
            CALL (start, members, frontier, truncated) {
              WITH * WHERE start IS NOT NULL AND NOT truncated
              CALL (members, frontier) {
                UNWIND frontier AS f MATCH (f)-[:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS]-(x) WHERE NOT x IN members
                RETURN collect(DISTINCT x) AS near
              }
              OPTIONAL CALL (near) {
              WITH near WHERE size(near) >= (toInteger($limit) + 1) * 40 AND size(near) >= $scanFrom
              WITH near WHERE 20 * size([y IN [i IN range(0, 63) | near[i * size(near) / 64]] WHERE y:Claim]) * size(near) >= 77 * COUNT { (:Claim) }
              WITH near, [] AS found, null AS ceiling, null AS bound
              CALL (near, bound) {
                MATCH (x:Claim) WHERE x.id < coalesce(bound, '\\uffff')
                WITH x, x.id AS id ORDER BY id LIMIT (toInteger($limit) + 1) * 20
                WITH collect(id) AS read, collect(CASE WHEN x IN near THEN [id, x] END) AS hits
                RETURN hits[0..toInteger($limit) + 1] AS hits, size(hits) < toInteger($limit) + 1 AND size(read) = (toInteger($limit) + 1) * 20 AS capped,
                       CASE WHEN size(hits) >= toInteger($limit) + 1 THEN hits[toInteger($limit) + 1 - 1][0] WHEN size(read) = (toInteger($limit) + 1) * 20 THEN read[-1] END AS stop
              }
              WITH near, found + hits AS found, CASE WHEN capped THEN CASE WHEN ceiling IS NULL OR stop < ceiling THEN stop ELSE ceiling END ELSE ceiling END AS ceiling, CASE WHEN bound IS NULL OR stop < bound THEN stop ELSE bound END AS bound
              CALL (near, bound) {
                MATCH (x:Entity) WHERE x.id < coalesce(bound, '\\uffff')
                WITH x, x.id AS id ORDER BY id LIMIT (toInteger($limit) + 1) * 20
                WITH collect(id) AS read, collect(CASE WHEN x IN near THEN [id, x] END) AS hits
                RETURN hits[0..toInteger($limit) + 1] AS hits, size(hits) < toInteger($limit) + 1 AND size(read) = (toInteger($limit) + 1) * 20 AS capped,
                       CASE WHEN size(hits) >= toInteger($limit) + 1 THEN hits[toInteger($limit) + 1 - 1][0] WHEN size(read) = (toInteger($limit) + 1) * 20 THEN read[-1] END AS stop
              }
              WITH near, found + hits AS found, CASE WHEN capped THEN CASE WHEN ceiling IS NULL OR stop < ceiling THEN stop ELSE ceiling END ELSE ceiling END AS ceiling, CASE WHEN bound IS NULL OR stop < bound THEN stop ELSE bound END AS bound
              CALL (near, bound) {
                MATCH (x:Source) WHERE x.id < coalesce(bound, '\\uffff')
                WITH x, x.id AS id ORDER BY id LIMIT (toInteger($limit) + 1) * 20
                WITH collect(id) AS read, collect(CASE WHEN x IN near THEN [id, x] END) AS hits
                RETURN hits[0..toInteger($limit) + 1] AS hits, size(hits) < toInteger($limit) + 1 AND size(read) = (toInteger($limit) + 1) * 20 AS capped,
                       CASE WHEN size(hits) >= toInteger($limit) + 1 THEN hits[toInteger($limit) + 1 - 1][0] WHEN size(read) = (toInteger($limit) + 1) * 20 THEN read[-1] END AS stop
              }
              WITH near, found + hits AS found, CASE WHEN capped THEN CASE WHEN ceiling IS NULL OR stop < ceiling THEN stop ELSE ceiling END ELSE ceiling END AS ceiling, CASE WHEN bound IS NULL OR stop < bound THEN stop ELSE bound END AS bound
              CALL (near, bound) {
                MATCH (x:Story) WHERE x.id < coalesce(bound, '\\uffff')
                WITH x, x.id AS id ORDER BY id LIMIT (toInteger($limit) + 1) * 20
                WITH collect(id) AS read, collect(CASE WHEN x IN near THEN [id, x] END) AS hits
                RETURN hits[0..toInteger($limit) + 1] AS hits, size(hits) < toInteger($limit) + 1 AND size(read) = (toInteger($limit) + 1) * 20 AS capped,
                       CASE WHEN size(hits) >= toInteger($limit) + 1 THEN hits[toInteger($limit) + 1 - 1][0] WHEN size(read) = (toInteger($limit) + 1) * 20 THEN read[-1] END AS stop
              }
              WITH near, found + hits AS found, CASE WHEN capped THEN CASE WHEN ceiling IS NULL OR stop < ceiling THEN stop ELSE ceiling END ELSE ceiling END AS ceiling, CASE WHEN bound IS NULL OR stop < bound THEN stop ELSE bound END AS bound
              CALL (near, bound) {
                MATCH (x:Topic) WHERE x.id < coalesce(bound, '\\uffff')
                WITH x, x.id AS id ORDER BY id LIMIT (toInteger($limit) + 1) * 20
                WITH collect(id) AS read, collect(CASE WHEN x IN near THEN [id, x] END) AS hits
                RETURN hits[0..toInteger($limit) + 1] AS hits, size(hits) < toInteger($limit) + 1 AND size(read) = (toInteger($limit) + 1) * 20 AS capped,
                       CASE WHEN size(hits) >= toInteger($limit) + 1 THEN hits[toInteger($limit) + 1 - 1][0] WHEN size(read) = (toInteger($limit) + 1) * 20 THEN read[-1] END AS stop
              }
              WITH near, found + hits AS found, CASE WHEN capped THEN CASE WHEN ceiling IS NULL OR stop < ceiling THEN stop ELSE ceiling END ELSE ceiling END AS ceiling, CASE WHEN bound IS NULL OR stop < bound THEN stop ELSE bound END AS bound
              CALL (found) {
                UNWIND found AS p
                WITH p ORDER BY p[0]
                RETURN collect(p) AS sorted
              }
              WITH near, sorted, [p IN sorted WHERE ceiling IS NULL OR p[0] <= ceiling | p[1]] AS certain, ceiling
              RETURN certain[0..toInteger($limit) + 1] AS scanned, size(certain) >= toInteger($limit) + 1 OR (ceiling IS NULL AND size(sorted) = size(near)) AS settled
            }
              CALL (near, settled) {
                WITH * WHERE NOT coalesce(settled, false)
                UNWIND near AS x
                WITH x ORDER BY x.id LIMIT toInteger($limit) + 1
                RETURN collect(x) AS sorted
              }
              WITH CASE WHEN settled THEN scanned ELSE sorted END AS chosen
              RETURN coalesce(head(collect(chosen)), []) AS level
            }
            WITH start, members, level, truncated, toInteger($limit) + 1 - size(members) AS room
            WITH start, members + level[0..room] AS members, level[0..room] AS frontier, truncated OR size(level) > room AS truncated
            CALL (members) {
              UNWIND members AS a MATCH (a)-[r:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS]->(b) WHERE b IN members
              WITH DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to ORDER BY from + '-' + type + '-' + to
              RETURN collect([from, type, to]) AS edges
            }
            RETURN start IS NOT NULL AS found, [n IN members WHERE n IS NOT NULL | [n.id, [l IN labels(n) WHERE l <> 'Entity'][0], coalesce(n.name, n.title, n.text, n.id)]] AS nodes, edges, truncated"
    `);
    expect(pathsStatement('agency:us-cia', 'person:x', 5, 6, true).cypher).toMatchInlineSnapshot(`
     "CALL () {
              CALL () {
                MATCH (n:Story {id: $fromId}) RETURN n
                UNION MATCH (n:Claim {id: $fromId}) RETURN n
                UNION MATCH (n:Source {id: $fromId}) RETURN n
                UNION MATCH (n:Entity {id: $fromId}) RETURN n
                UNION MATCH (n:Topic {id: $fromId}) RETURN n
              }
              RETURN collect(n)[0] AS a
            }
            CALL () {
              CALL () {
                MATCH (n:Story {id: $toId}) RETURN n
                UNION MATCH (n:Claim {id: $toId}) RETURN n
                UNION MATCH (n:Source {id: $toId}) RETURN n
                UNION MATCH (n:Entity {id: $toId}) RETURN n
                UNION MATCH (n:Topic {id: $toId}) RETURN n
              }
              RETURN collect(n)[0] AS b
            }
            WITH a, b, COLLECT {
              WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
              MATCH p = allShortestPaths((a)-[:HAS_CLAIM|BASED_ON|TAGGED|MENTIONS|CITES|ABOUT|ATTRIBUTED_TO|PUBLISHED_BY|DERIVED_FROM|OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE|SUPPORTS|CONTRADICTS|REPEATS*..5]-(b))
              RETURN p LIMIT 101
            } AS candidates
            // One path more than shown tells whether there were more.
            WITH a, b, candidates[0..100] AS paths, size(candidates) > 100 AS truncated
            CALL (paths) {
              UNWIND paths AS p UNWIND nodes(p) AS n
              WITH DISTINCT n ORDER BY n.id
              RETURN collect([n.id, [l IN labels(n) WHERE l <> 'Entity'][0], coalesce(n.name, n.title, n.text, n.id)]) AS nodes
            }
            CALL (paths) {
              UNWIND paths AS p UNWIND relationships(p) AS r
              WITH DISTINCT startNode(r).id AS from, type(r) AS type, endNode(r).id AS to ORDER BY from + '-' + type + '-' + to
              RETURN collect([from, type, to]) AS edges
            }
            RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, true AS found, nodes, edges, truncated"
    `);
    expect(coMentionsStatement('country:MX', 5, true).cypher).toMatchInlineSnapshot(`
     "MATCH (e:Entity {id: $entityId})
            CALL (e) {
              MATCH (e)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(o:Entity) WHERE o <> e
              WITH o, count(DISTINCT c) AS claims ORDER BY claims DESC, o.name, o.id LIMIT toInteger($limit)
              RETURN collect({entity: o {.id, .type, .name, aliases: coalesce(o.aliases, []), .code, .acronym, .size}, claims: claims}) AS rows
            }
            RETURN rows"
    `);
  });

  it('the repository runs the statement variant of the executor clearance', async () => {
    for (const [clearance, fullClearance] of [
      [FULL_CLEARANCE, true],
      [FULL_CLEARANCE - 1, false],
    ] as const) {
      const { executor, calls } = recordingExecutor(clearance);
      const repository = new ExploreRepository(executor);
      await repository.neighborhood('country:MX', 2, 10, 3).catch(() => undefined);
      await repository.paths('a', 'b', 3, 6).catch(() => undefined);
      await repository.coMentions('country:MX', 5).catch(() => undefined);
      expect(calls).toEqual([
        neighborhoodStatement('country:MX', 2, 10, 3, fullClearance),
        pathsStatement('a', 'b', 3, 6, fullClearance),
        coMentionsStatement('country:MX', 5, fullClearance),
      ]);
    }
  });
});
