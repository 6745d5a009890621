/** The assemble stage of the ingest pipeline: what other stages and callers use. */
export { loadLabelledCards, scoreCards, scoreReport, scoreTable } from './recognition-score';
export { InputFileError, storiesFromJson, storyFromCard } from './story-source';
