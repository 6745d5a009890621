import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { StoryRepository } from './story.repository';

/** Relationship fields of Story: one statement per field per request, whatever the number of stories. */
export function storyLoaders(executor: Executor, asOf?: string) {
  const stories = new StoryRepository(executor, asOf);
  return {
    storyById: new DataLoader(stories.byIds),
    topicsOfStory: new DataLoader(stories.topicsOf),
    claimsOfStory: new DataLoader(stories.claimsOf),
    sourcesOfStory: new DataLoader(stories.sourcesOf),
    mentionsOfStory: new DataLoader(stories.mentionsOf),
  };
}
