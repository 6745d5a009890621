import { Executor, Statement } from '../../db/executor';
import { groupByKey, KeyedRow } from '../../db/batch';
import { asOfParams, knownBy } from '../shared/as-of';
import { visible } from '../shared/visibility';
import { CitationGrade, SourceGrade } from './grading.type';

/**
 * Grade model: (:Source)-[:HAS_GRADE]->(:Grade:SourceGrade {id, value, gradedBy, gradedAt, note, seq})
 * and (:Claim)-[:HAS_CITATION_GRADE]->(:Grade:CitationGrade {id, sourceId, ...}) for the citation
 * (Claim)-[:CITES]->(Source {id: sourceId}). Grades are never updated: the newest is current.
 * `seq` (1, 2, ... per graded thing) breaks ties between grades given within the same instant.
 */
export const GRADE_ORDER = (g: string) => `${g}.gradedAt DESC, ${g}.seq DESC`;

export const SOURCE_GRADE = (g: string, src: string) =>
  `${g} {.id, grade: ${g}.value, .gradedBy, gradedAt: ${g}.gradedAt, note: ${g}.note, sourceId: ${src}.id}`;

export const CITATION_GRADE = (g: string) => `${g} {.id, grade: ${g}.value, .gradedBy, gradedAt: ${g}.gradedAt, note: ${g}.note, .claimId, .sourceId}`;

/** Grades given by $asOf, when reading as of an instant; nothing otherwise. */
const GIVEN_BY = (asOf: string | undefined, g: string) => (asOf ? ` WHERE ${knownBy(`${g}.gradedAt`)}` : '');
const AND_GIVEN_BY = (asOf: string | undefined, g: string) => (asOf ? ` AND ${knownBy(`${g}.gradedAt`)}` : '');

/** Expression: the current grade of source `src` (as of $asOf when `asOf` is given), or null. */
export const CURRENT_SOURCE_GRADE = (src: string, asOf?: string) =>
  `COLLECT { MATCH (${src})-[:HAS_GRADE]->(g:SourceGrade)${GIVEN_BY(asOf, 'g')} WITH g ORDER BY ${GRADE_ORDER('g')} LIMIT 1 RETURN ${SOURCE_GRADE('g', src)} }[0]`;

/** Expression: the current grade of the citation (claim `c` citing source `src`; as of $asOf when `asOf` is given), or null. */
export const CURRENT_CITATION_GRADE = (c: string, src: string, asOf?: string) =>
  `COLLECT { MATCH (${c})-[:HAS_CITATION_GRADE]->(g:CitationGrade) WHERE g.sourceId = ${src}.id${AND_GIVEN_BY(asOf, 'g')}
             WITH g ORDER BY ${GRADE_ORDER('g')} LIMIT 1 RETURN ${CITATION_GRADE('g')} }[0]`;

/** A citation is identified by its two ends. */
export interface CitationKey {
  claimId: string;
  sourceId: string;
}

export interface NewGrade<V> {
  id: string;
  value: V;
  gradedBy: string;
  note: string | null;
}

/** Grade histories of a batch of sources, newest first, from each source by its id. */
export function sourceGradesStatement(sourceIds: readonly string[], asOf?: string): Statement {
  return {
    // Subqueries keep the graded node found by id as the start, even while no grade exists yet.
    cypher: `UNWIND $keys AS key MATCH (src:Source {id: key})
CALL (src) { MATCH (src)-[:HAS_GRADE]->(g:SourceGrade)${GIVEN_BY(asOf, 'g')} RETURN g }
WITH key, src, g ORDER BY ${GRADE_ORDER('g')} RETURN key, ${SOURCE_GRADE('g', 'src')} AS value`,
    params: { keys: [...sourceIds], ...asOfParams(asOf) },
  };
}

/** Grade histories of a batch of citations, newest first, from each claim by its id. */
export function citationGradesStatement(citations: readonly (CitationKey & { key: string })[], asOf?: string): Statement {
  return {
    cypher: `UNWIND $citations AS ct MATCH (c:Claim {id: ct.claimId})
CALL (c, ct) { MATCH (c)-[:HAS_CITATION_GRADE]->(g:CitationGrade {sourceId: ct.sourceId})${GIVEN_BY(asOf, 'g')} RETURN g }
WITH ct, g ORDER BY ${GRADE_ORDER('g')} RETURN ct.key AS key, ${CITATION_GRADE('g')} AS value`,
    params: { citations: citations.map(({ claimId, sourceId, key }) => ({ claimId, sourceId, key })), ...asOfParams(asOf) },
  };
}

/** Writes are MERGE on a grade id chosen by the caller, so a driver retry cannot add a second grade; gradedAt is server time. */
export function gradeSourceStatement(sourceId: string, grade: NewGrade<string>): Statement {
  return {
    cypher: `MATCH (src:Source {id: $sourceId}) WHERE ${visible('Source', 'src')}
WITH src, COUNT { (src)-[:HAS_GRADE]->() } AS earlier
MERGE (g:Grade:SourceGrade {id: $grade.id})
ON CREATE SET g.value = $grade.value, g.gradedBy = $grade.gradedBy, g.note = $grade.note, g.gradedAt = datetime(), g.seq = earlier + 1
MERGE (src)-[:HAS_GRADE]->(g)
RETURN ${SOURCE_GRADE('g', 'src')} AS grade`,
    params: { sourceId, grade },
  };
}

export function gradeCitationStatement(claimId: string, sourceId: string, grade: NewGrade<number>): Statement {
  return {
    cypher: `MATCH (c:Claim {id: $claimId}) WHERE ${visible('Claim', 'c')}
CALL (c) { MATCH (c)-[:CITES]->(src:Source {id: $sourceId}) RETURN src }
WITH c, src, COUNT { (c)-[:HAS_CITATION_GRADE]->(:CitationGrade {sourceId: src.id}) } AS earlier
MERGE (g:Grade:CitationGrade {id: $grade.id})
ON CREATE SET g.claimId = c.id, g.sourceId = src.id, g.value = $grade.value, g.gradedBy = $grade.gradedBy,
              g.note = $grade.note, g.gradedAt = datetime(), g.seq = earlier + 1
MERGE (c)-[:HAS_CITATION_GRADE]->(g)
RETURN ${CITATION_GRADE('g')} AS grade, coalesce(c.markingRank, 0) AS markingRank`,
    params: { claimId, sourceId, grade },
  };
}

/** A grade with the name of its GraphQL type (grades of both kinds share the id prefix). */
export type TypedGrade = (SourceGrade & { __typename: 'SourceGrade' }) | (CitationGrade & { __typename: 'CitationGrade' });

export const citationKey = (k: CitationKey) => JSON.stringify([k.claimId, k.sourceId]);

export class GradingRepository {
  constructor(
    private readonly executor: Executor,
    /** ISO instant: histories end at the grades given by then (README "As-of queries"). */
    private readonly asOf?: string,
  ) {}

  /** The new grade, or null when the source does not exist. */
  async gradeSource(sourceId: string, grade: NewGrade<string>): Promise<SourceGrade | null> {
    const { cypher, params } = gradeSourceStatement(sourceId, grade);
    const [row] = await this.executor.write<{ grade: SourceGrade }>(cypher, params);
    return row?.grade ?? null;
  }

  /** The new grade with the claim's marking rank (for the live feed), or null when the claim does not cite the source (or either is missing). */
  async gradeCitation(claimId: string, sourceId: string, grade: NewGrade<number>): Promise<(CitationGrade & { markingRank: number }) | null> {
    const { cypher, params } = gradeCitationStatement(claimId, sourceId, grade);
    const [row] = await this.executor.write<{ grade: CitationGrade; markingRank: number }>(cypher, params);
    return row ? { ...row.grade, markingRank: row.markingRank } : null;
  }

  /** Explains a failed gradeCitation: which of claim and source exist. */
  async citationEnds(claimId: string, sourceId: string): Promise<{ claim: boolean; source: boolean }> {
    const [row] = await this.executor.read<{ claim: boolean; source: boolean }>(
      `RETURN EXISTS { (c:Claim {id: $claimId}) WHERE ${visible('Claim', 'c')} } AS claim, EXISTS { (src:Source {id: $sourceId}) WHERE ${visible('Source', 'src')} } AS source`,
      { claimId, sourceId },
    );
    return row;
  }

  /** Grades of either kind by id (null when unknown), each with the name of its GraphQL type. */
  async byIds(ids: readonly string[]): Promise<(TypedGrade | null)[]> {
    const rows = await this.executor.read<{ key: string; typename: TypedGrade['__typename']; grade: SourceGrade | CitationGrade }>(
      `UNWIND $keys AS key MATCH (g:Grade {id: key})
OPTIONAL MATCH (src:Source)-[:HAS_GRADE]->(g)
RETURN key, CASE WHEN g:SourceGrade THEN 'SourceGrade' ELSE 'CitationGrade' END AS typename,
       CASE WHEN g:SourceGrade THEN ${SOURCE_GRADE('g', 'src')} ELSE ${CITATION_GRADE('g')} END AS grade`,
      { keys: [...ids] },
    );
    const byId = new Map(rows.map((r) => [r.key, { ...r.grade, __typename: r.typename } as TypedGrade]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One history per source id, in the order asked. */
  async sourceGrades(sourceIds: readonly string[]): Promise<SourceGrade[][]> {
    const { cypher, params } = sourceGradesStatement(sourceIds, this.asOf);
    return groupByKey(sourceIds, await this.executor.read<KeyedRow<SourceGrade>>(cypher, params));
  }

  /** One history per citation, in the order asked. */
  async citationGrades(citations: readonly CitationKey[]): Promise<CitationGrade[][]> {
    const keys = citations.map(citationKey);
    const { cypher, params } = citationGradesStatement(
      citations.map((c, i) => ({ ...c, key: keys[i] })),
      this.asOf,
    );
    return groupByKey(keys, await this.executor.read<KeyedRow<CitationGrade>>(cypher, params));
  }
}
