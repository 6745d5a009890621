// Claim tallies (src/modules/marking/marking.tally.ts): per entity, the claims its page counts at each marking rank,
// so an entity or country page's total below full clearance is a sum over ranks instead of a count over its claims.
// Story writes and the marking propagation keep them; the second statement backfills a graph written before them
// (RECOUNT_CLAIM_TALLIES, the same statement; a unit test keeps the two equal).
CREATE CONSTRAINT claim_tally_entity_id IF NOT EXISTS FOR (t:ClaimTally) REQUIRE t.entityId IS UNIQUE;
MATCH (e:Entity)
CALL (e) {
  CALL (e) { RETURN e AS x UNION MATCH (x:Entity)-[:OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE]->(e) WHERE e:Country RETURN x }
  MATCH (x)<-[:ABOUT]-(c:Claim)
  WITH DISTINCT c
  RETURN collect(coalesce(c.markingRank, 0)) AS ranks
}
WITH e, [i IN range(0, 4) | size([r IN ranks WHERE r = i])] AS counted
OPTIONAL MATCH (t:ClaimTally {entityId: e.id})
WITH e, counted WHERE coalesce(t.ranks, [i IN range(0, 4) | 0]) <> counted
MERGE (t:ClaimTally {entityId: e.id})
SET t.ranks = counted
RETURN count(*) AS recounted;
