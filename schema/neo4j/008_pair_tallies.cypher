// Pair tallies (src/modules/marking/marking.tally.ts): per unordered pair of countries, the claims about both (the
// claims `aboutCountries: [A, B]` matches) at each marking rank, in EntityTally nodes `pair:<country id>|<country id>`,
// so that filter's total is a sum over one node's ranks instead of a count over its claims. Story writes and the
// marking propagation keep them; this backfills a graph written before them (RECOUNT_PAIR_TALLIES, the same statement;
// a unit test keeps the two equal). Idempotent: it writes only the tallies that differ from a recount.
CALL () {
  MATCH (c:Claim)
  WITH c, COLLECT { MATCH (c)-[:ABOUT]->(k:Country) RETURN k.id AS k
          UNION MATCH (c)-[:ABOUT]->(:Entity)-[:OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE]->(k:Country) RETURN k.id AS k } AS countries
  WHERE size(countries) > 1
  UNWIND reduce(p = [], a IN countries | p + [b IN countries WHERE a < b | 'pair:' + a + '|' + b]) AS id
  RETURN id, coalesce(c.markingRank, 0) AS rank, count(*) AS n
  UNION ALL
  MATCH (t:EntityTally) WHERE t.entityId STARTS WITH 'pair:'
  RETURN t.entityId AS id, 0 AS rank, 0 AS n
}
WITH id, collect({rank: rank, n: n}) AS parts
WITH id, [i IN range(0, 4) | reduce(t = 0, p IN parts | t + CASE WHEN p.rank = i THEN p.n ELSE 0 END)] AS claims
OPTIONAL MATCH (t:EntityTally {entityId: id})
WITH id, claims WHERE coalesce(t.claims, [i IN range(0, 4) | 0]) <> claims
MERGE (t:EntityTally {entityId: id})
SET t.claims = claims, t.stories = coalesce(t.stories, [i IN range(0, 4) | 0])
RETURN count(*) AS recounted;
