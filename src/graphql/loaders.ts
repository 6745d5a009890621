import { Executor } from '../db/executor';
import { claimLoaders } from '../modules/claim/claim.loaders';
import { entityLoaders } from '../modules/entity/entity.loaders';
import { sourceLoaders } from '../modules/source/source.loaders';
import { storyLoaders } from '../modules/story/story.loaders';
import { gradingLoaders } from '../modules/grading/grading.loaders';
import { provenanceLoaders } from '../modules/provenance/provenance.loaders';

/**
 * All per-request DataLoaders; created fresh for every request so caches never leak between users.
 * With `asOf` (an ISO instant) the loaders whose answer changes over time answer as of then.
 */
export function createLoaders(executor: Executor, asOf?: string) {
  return {
    ...claimLoaders(executor, asOf),
    ...storyLoaders(executor, asOf),
    ...sourceLoaders(executor),
    ...entityLoaders(executor),
    ...gradingLoaders(executor, asOf),
    ...provenanceLoaders(executor, asOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
