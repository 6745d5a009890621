import { distinctIds, recognizeEntities } from '../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../src/ingest/recognise/reference';

const reference = loadReference();

/** The people the recogniser reads in a text (ids), on a fixed story date. */
export function peopleIn(text: string): string[] {
  const found = recognizeEntities(text, { reference, date: '2025-06-01' });
  return distinctIds(found.mentions).filter((id) => id.startsWith('person:'));
}

/** The agencies the recogniser reads in a text (ids, in order), on a fixed story date, optionally with the story's subject countries. */
export function agenciesIn(text: string, subjectCountries?: ReadonlySet<string>): string[] {
  const found = recognizeEntities(text, { reference, date: '2025-06-01', subjectCountries });
  return distinctIds(found.mentions).filter((id) => id.startsWith('agency:'));
}
