// Entity tallies (src/modules/marking/marking.tally.ts): per entity, the claims and the stories its page counts at each
// marking rank, so an entity or country page's totals below full clearance are sums over ranks instead of counts over
// rows. Story writes and the marking propagation keep them; the second statement backfills a graph written before them
// (RECOUNT_TALLIES, the same statement; a unit test keeps the two equal).
CREATE CONSTRAINT entity_tally_entity_id IF NOT EXISTS FOR (t:EntityTally) REQUIRE t.entityId IS UNIQUE;
MATCH (e:Entity)
CALL (e) {
  CALL (e) { RETURN e AS x UNION MATCH (x:Entity)-[:OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE]->(e) WHERE e:Country RETURN x }
  MATCH (x)<-[:ABOUT]-(c:Claim)
  WITH DISTINCT c
  RETURN collect(coalesce(c.markingRank, 0)) AS claimRanks
}
CALL (e) { MATCH (e)<-[:MENTIONS]-(s:Story) RETURN collect(coalesce(s.markingRank, 0)) AS storyRanks }
WITH e, [i IN range(0, 4) | size([r IN claimRanks WHERE r = i])] AS claims, [i IN range(0, 4) | size([r IN storyRanks WHERE r = i])] AS stories
OPTIONAL MATCH (t:EntityTally {entityId: e.id})
WITH e, claims, stories WHERE coalesce(t.claims, [i IN range(0, 4) | 0]) <> claims OR coalesce(t.stories, [i IN range(0, 4) | 0]) <> stories
MERGE (t:EntityTally {entityId: e.id})
SET t.claims = claims, t.stories = stories
RETURN count(*) AS recounted;
