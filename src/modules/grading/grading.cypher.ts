/**
 * Grade model: (:Source)-[:HAS_GRADE]->(:Grade:SourceGrade {id, value, gradedBy, gradedAt, note, seq})
 * and (:Claim)-[:HAS_CITATION_GRADE]->(:Grade:CitationGrade {id, sourceId, ...}) for the citation
 * (Claim)-[:CITES]->(Source {id: sourceId}). Grades are never updated: the newest is current.
 * `seq` (1, 2, ... per graded thing) breaks ties between grades given within the same instant.
 */
export const GRADE_ORDER = (g: string) => `${g}.gradedAt DESC, ${g}.seq DESC`;

export const SOURCE_GRADE = (g: string, src: string) =>
  `${g} {.id, grade: ${g}.value, .gradedBy, gradedAt: ${g}.gradedAt, note: ${g}.note, sourceId: ${src}.id}`;

export const CITATION_GRADE = (g: string) =>
  `${g} {.id, grade: ${g}.value, .gradedBy, gradedAt: ${g}.gradedAt, note: ${g}.note, .claimId, .sourceId}`;

/** Expression: the current grade of source `src`, or null. */
export const CURRENT_SOURCE_GRADE = (src: string) =>
  `COLLECT { MATCH (${src})-[:HAS_GRADE]->(g:SourceGrade) WITH g ORDER BY ${GRADE_ORDER('g')} LIMIT 1 RETURN ${SOURCE_GRADE('g', src)} }[0]`;

/** Expression: the current grade of the citation (claim `c` citing source `src`), or null. */
export const CURRENT_CITATION_GRADE = (c: string, src: string) =>
  `COLLECT { MATCH (${c})-[:HAS_CITATION_GRADE]->(g:CitationGrade) WHERE g.sourceId = ${src}.id
             WITH g ORDER BY ${GRADE_ORDER('g')} LIMIT 1 RETURN ${CITATION_GRADE('g')} }[0]`;
