/** The assemble stage of the ingest pipeline: what other stages and callers use. */
export { loadLabelledCards, precision, recall, recognisedIds, SCORED_TYPES, scoreCards, scoreReport, scoreTable } from './recognition-score';
export type { Counts, LabelledCard, RecognisedIds, Score, ScoredType } from './recognition-score';
export { InputFileError, storiesFromJson, storyFromCard } from './story-source';
