/** The load stage of the ingest pipeline: what other stages and callers use. */
export { BulkOptions, BulkReport, collectInputFiles, DEFAULT_WRITERS, ingestFiles } from './bulk-ingest';
export { UsageError, parseIngestArgs, usage } from './cli-options';
export { ImportStoryCardArgs, importStoryCard } from './import-card';
export { ingestProgress } from './ingest-progress';
export { defaultWorkers } from './parse-pool';
export { loadSampleStory } from './seed';
export { writeWholeStdout } from './stdout-report';
