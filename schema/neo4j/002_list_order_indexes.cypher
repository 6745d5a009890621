// Lists are paged by seek on their sort keys; these indexes give the planner the order for free
// (sources by title, entities by type then name) instead of sorting every node.
CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title);
CREATE INDEX entity_type_name IF NOT EXISTS FOR (n:Entity) ON (n.type, n.name);
CALL db.awaitIndexes(300);
