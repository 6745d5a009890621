// TLP markings: Story, Source and Claim carry `marking` (own, a Tlp name) and `markingRank` (effective, 0 CLEAR .. 4 RED);
// `markingSetBy`/`markingSetAt` once an admin has set a node's marking (ingest leaves such a marking alone).
// No backfill and no index: reads filter with coalesce(n.markingRank, 0) <= $clearance after their anchor, so nodes
// written before markings read as CLEAR, and ingest, setMarking and their propagation write a rank only where it
// differs from that. API keys carry `clearance` (a Tlp name); a key created before clearances existed reads as RED,
// as it read everything then (nothing was marked).
