// Global tallies (src/modules/marking/marking.tally.ts): every claim and every story by marking rank, in shards
// `all:<last character of the id>` of EntityTally, so an unfiltered claim or story list's total below full clearance
// is a sum over a few nodes instead of the count store minus a seek over every hidden node. Backfilled here
// (RECOUNT_ALL_TALLIES, the same statement; a unit test keeps the two equal), then kept by every write.
CALL () {
  MATCH (c:Claim) RETURN 'all:' + right(c.id, 1) AS id, 'claims' AS kind, coalesce(c.markingRank, 0) AS rank, count(*) AS n
  UNION ALL
  MATCH (s:Story) RETURN 'all:' + right(s.id, 1) AS id, 'stories' AS kind, coalesce(s.markingRank, 0) AS rank, count(*) AS n
}
WITH id, collect({kind: kind, rank: rank, n: n}) AS parts
WITH id,
  [i IN range(0, 4) | reduce(t = 0, p IN parts | t + CASE WHEN p.kind = 'claims' AND p.rank = i THEN p.n ELSE 0 END)] AS claims,
  [i IN range(0, 4) | reduce(t = 0, p IN parts | t + CASE WHEN p.kind = 'stories' AND p.rank = i THEN p.n ELSE 0 END)] AS stories
OPTIONAL MATCH (t:EntityTally {entityId: id})
WITH id, claims, stories WHERE coalesce(t.claims, [i IN range(0, 4) | 0]) <> claims OR coalesce(t.stories, [i IN range(0, 4) | 0]) <> stories
MERGE (t:EntityTally {entityId: id})
SET t.claims = claims, t.stories = stories
RETURN count(*) AS recounted;
