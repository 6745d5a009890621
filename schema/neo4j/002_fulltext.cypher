// Full-text search (the `search` query). The standard-folding analyzer lowercases and folds accents,
// so "Lopez Obrador" finds "López Obrador". Entities are searched by name and every alias
// (a list property, which Neo4j 5 full-text indexes support directly).
CREATE FULLTEXT INDEX story_fulltext IF NOT EXISTS FOR (n:Story) ON EACH [n.title, n.summary] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX claim_fulltext IF NOT EXISTS FOR (n:Claim) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX source_fulltext IF NOT EXISTS FOR (n:Source) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Indexes populate in the background; wait so a fresh database answers searches at once.
CALL db.awaitIndexes(300);
