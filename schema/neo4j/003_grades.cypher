// Grades (NATO/Admiralty): (:Source)-[:HAS_GRADE]->(:Grade:SourceGrade) and
// (:Claim)-[:HAS_CITATION_GRADE]->(:Grade:CitationGrade {sourceId}). Grades are only ever added; the newest is current.
CREATE CONSTRAINT grade_id IF NOT EXISTS FOR (n:Grade) REQUIRE n.id IS UNIQUE;
