import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { CitationKey, citationKey, GradingRepository } from './grading.repository';
import { CitationGrade, SourceGrade } from './grading.type';

export type { CitationKey } from './grading.repository';

/** Grade histories, newest first: one query per field per request, whatever the number of parents. */
export function gradingLoaders(executor: Executor, asOf?: string) {
  const repository = new GradingRepository(executor, asOf);
  return {
    gradesOfSource: new DataLoader<string, SourceGrade[]>((ids) => repository.sourceGrades(ids)),
    gradesOfCitation: new DataLoader<CitationKey, CitationGrade[], string>((citations) => repository.citationGrades(citations), { cacheKeyFn: citationKey }),
  };
}
