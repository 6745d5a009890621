import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { groupByKey, KeyedRow, listLoader } from '../../db/batch';
import { CITATION_GRADE, GRADE_ORDER, SOURCE_GRADE } from './grading.cypher';
import { CitationGrade, SourceGrade } from './grading.type';

/** A citation is identified by its two ends. */
export interface CitationKey {
  claimId: string;
  sourceId: string;
}

const citationKey = (k: CitationKey) => JSON.stringify([k.claimId, k.sourceId]);

/** Grade histories, newest first: one Cypher per field per request. */
export function gradingLoaders(executor: Executor) {
  return {
    gradesOfSource: listLoader<SourceGrade>(
      executor,
      `UNWIND $keys AS key MATCH (src:Source {id: key})-[:HAS_GRADE]->(g:SourceGrade)
       WITH key, src, g ORDER BY ${GRADE_ORDER('g')} RETURN key, ${SOURCE_GRADE('g', 'src')} AS value`,
    ),
    gradesOfCitation: new DataLoader<CitationKey, CitationGrade[], string>(
      async (citations) => {
        const keys = citations.map(citationKey);
        const rows = await executor.read<KeyedRow<CitationGrade>>(
          `UNWIND $citations AS ct MATCH (:Claim {id: ct.claimId})-[:HAS_CITATION_GRADE]->(g:CitationGrade {sourceId: ct.sourceId})
           WITH ct, g ORDER BY ${GRADE_ORDER('g')} RETURN ct.key AS key, ${CITATION_GRADE('g')} AS value`,
          { citations: citations.map((c, i) => ({ claimId: c.claimId, sourceId: c.sourceId, key: keys[i] })) },
        );
        return groupByKey(keys, rows);
      },
      { cacheKeyFn: citationKey },
    ),
  };
}
