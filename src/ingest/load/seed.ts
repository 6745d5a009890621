import fs from 'node:fs';
import { Executor } from '../../db/executor';
import { storyService, validateStoryInput, IngestOutcome } from '../../modules/story/story.service';
import { fromRoot } from '../../config/paths';

export const SAMPLE_STORY_FILE = fromRoot('seeds', 'sample-story.json');

/** Loads the hand-structured sample story (idempotent: a second run reuses everything). */
export async function loadSampleStory(executor: Executor): Promise<IngestOutcome> {
  const input = await validateStoryInput(JSON.parse(fs.readFileSync(SAMPLE_STORY_FILE, 'utf8')));
  return storyService.ingest(executor, input);
}
