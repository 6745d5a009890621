import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Executor } from '../../db/executor';
import { badInput } from '../../errors/app-error';
import { validationProblems } from '../../graphql/errors';
import { EntityType } from '../shared/enums';
import { IngestCounts } from './ingest-result.type';
import { buildWritePlan, entityKeys, WritePlan } from './story.plan';
import { StoryInput } from './story.input';
import { StoryRepository } from './story.repository';
import { StoryWriteRepository } from './story.write.repository';
import { Story } from './story.type';

export interface IngestOutcome {
  story: Story;
  created: IngestCounts;
  reused: IngestCounts;
  plan: WritePlan;
}

/** For callers outside GraphQL (CLI, seed): the same validation type-graphql applies to `input`. */
export async function validateStoryInput(plain: unknown): Promise<StoryInput> {
  const input = plainToInstance(StoryInput, plain);
  const errors = await validate(input, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw badInput(validationProblems(errors, 'input'));
  return input;
}

export const storyService = {
  /**
   * Writes a validated story in one transaction. Aliases resolve to entities already in the graph;
   * derivedFrom ids outside the story must exist; ids held by another story or another kind of
   * entity are a CONFLICT. The counts say what this call created, even under concurrent ingests.
   * Replaying the same input changes nothing.
   */
  async ingest(executor: Executor, input: StoryInput, options: { dryRun?: boolean } = {}): Promise<IngestOutcome> {
    const repo = new StoryWriteRepository(executor);
    // Countries resolve by ISO code and explicit ids are kept, so only the rest is looked up by name.
    const candidates = input.entities.flatMap((e, index) => (e.type !== EntityType.COUNTRY && !e.id ? [{ index, type: e.type, keys: entityKeys(e) }] : []));
    const plan = buildWritePlan(input, await repo.resolveAliases(candidates));
    const { created, reused } = await repo.write(plan, { dryRun: options.dryRun });
    return { story: { ...plan.story }, created, reused, plan };
  },

  async isGraphEmpty(executor: Executor): Promise<boolean> {
    return (await new StoryRepository(executor).count()) === 0;
  },
};
