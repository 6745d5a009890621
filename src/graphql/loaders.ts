import { Executor } from '../db/executor';
import { claimLoaders } from '../modules/claim/claim.loaders';
import { entityLoaders } from '../modules/entity/entity.loaders';
import { sourceLoaders } from '../modules/source/source.loaders';
import { storyLoaders } from '../modules/story/story.loaders';
import { gradingLoaders } from '../modules/grading/grading.loaders';
import { provenanceLoaders } from '../modules/provenance/provenance.loaders';

/** All per-request DataLoaders; created fresh for every request so caches never leak between users. */
export function createLoaders(executor: Executor) {
  return {
    ...claimLoaders(executor),
    ...storyLoaders(executor),
    ...sourceLoaders(executor),
    ...entityLoaders(executor),
    ...gradingLoaders(executor),
    ...provenanceLoaders(executor),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
