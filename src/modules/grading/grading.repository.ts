import { Executor } from '../../db/executor';
import { CITATION_GRADE, SOURCE_GRADE } from './grading.cypher';
import { CitationGrade, SourceGrade } from './grading.type';

export interface NewGrade<V> {
  id: string;
  value: V;
  gradedBy: string;
  note: string | null;
}

/**
 * Writes are MERGE on a grade id chosen by the caller, so a driver retry cannot add a second grade.
 * gradedAt is server time; seq counts the earlier grades of the same thing.
 */
export class GradingRepository {
  constructor(private readonly executor: Executor) {}

  /** The new grade, or null when the source does not exist. */
  async gradeSource(sourceId: string, grade: NewGrade<string>): Promise<SourceGrade | null> {
    const [row] = await this.executor.write<{ grade: SourceGrade }>(
      `MATCH (src:Source {id: $sourceId})
       WITH src, COUNT { (src)-[:HAS_GRADE]->() } AS earlier
       MERGE (g:Grade:SourceGrade {id: $grade.id})
       ON CREATE SET g.value = $grade.value, g.gradedBy = $grade.gradedBy, g.note = $grade.note, g.gradedAt = datetime(), g.seq = earlier + 1
       MERGE (src)-[:HAS_GRADE]->(g)
       RETURN ${SOURCE_GRADE('g', 'src')} AS grade`,
      { sourceId, grade },
    );
    return row?.grade ?? null;
  }

  /** The new grade, or null when the claim does not cite the source (or either is missing). */
  async gradeCitation(claimId: string, sourceId: string, grade: NewGrade<number>): Promise<CitationGrade | null> {
    const [row] = await this.executor.write<{ grade: CitationGrade }>(
      `MATCH (c:Claim {id: $claimId})-[:CITES]->(src:Source {id: $sourceId})
       WITH c, src, COUNT { (c)-[:HAS_CITATION_GRADE]->(:CitationGrade {sourceId: src.id}) } AS earlier
       MERGE (g:Grade:CitationGrade {id: $grade.id})
       ON CREATE SET g.claimId = c.id, g.sourceId = src.id, g.value = $grade.value, g.gradedBy = $grade.gradedBy,
                     g.note = $grade.note, g.gradedAt = datetime(), g.seq = earlier + 1
       MERGE (c)-[:HAS_CITATION_GRADE]->(g)
       RETURN ${CITATION_GRADE('g')} AS grade`,
      { claimId, sourceId, grade },
    );
    return row?.grade ?? null;
  }

  /** Explains a failed gradeCitation: which of claim and source exist. */
  async citationEnds(claimId: string, sourceId: string): Promise<{ claim: boolean; source: boolean }> {
    const [row] = await this.executor.read<{ claim: boolean; source: boolean }>(
      'RETURN EXISTS { (:Claim {id: $claimId}) } AS claim, EXISTS { (:Source {id: $sourceId}) } AS source',
      { claimId, sourceId },
    );
    return row;
  }
}
