// Effective marking ranks, indexed so a total below full clearance is the count store minus the
// hidden nodes (an index range seek on markingRank > $clearance), not a count over every row.
// Reads filter with coalesce(n.markingRank, 0), which these indexes never serve: anchors stay as they are.
CREATE INDEX story_marking_rank IF NOT EXISTS FOR (n:Story) ON (n.markingRank);
CREATE INDEX claim_marking_rank IF NOT EXISTS FOR (n:Claim) ON (n.markingRank);
CREATE INDEX source_marking_rank IF NOT EXISTS FOR (n:Source) ON (n.markingRank);
