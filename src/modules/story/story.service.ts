import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Executor } from '../../db/executor';
import { badInput, notFound } from '../../errors/app-error';
import { validationProblems } from '../../graphql/errors';
import { EntityType } from '../shared/enums';
import { IngestCounts } from './ingest-result.type';
import { buildWritePlan, entityKeys, WritePlan } from './story.plan';
import { StoryInput } from './story.input';
import { StoryRepository } from './story.repository';
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

function count(plan: WritePlan, pick: (ids: { stories: string[]; claims: string[]; sources: string[]; entities: string[] }) => string[], existing: Set<string>, wantExisting: boolean): number {
  const all = {
    stories: [plan.story.id],
    claims: plan.claims.map((c) => c.id),
    sources: plan.sources.map((s) => s.id),
    entities: [...plan.countries, ...plan.entities, ...plan.publishers].map((e) => e.id),
  };
  return pick(all).filter((id) => existing.has(id) === wantExisting).length;
}

export const storyService = {
  /**
   * Writes a validated story in one transaction. Aliases resolve to entities already in the graph;
   * derivedFrom ids outside the story must exist. Replaying the same input changes nothing.
   */
  async ingest(executor: Executor, input: StoryInput, options: { dryRun?: boolean } = {}): Promise<IngestOutcome> {
    const repo = new StoryRepository(executor);
    const candidates = input.entities
      .map((e, index) => ({ index, type: e.type, keys: entityKeys(e), id: e.id }))
      .filter((c) => c.type !== EntityType.COUNTRY && !c.id)
      .map(({ index, type, keys }) => ({ index, type, keys }));
    const plan = buildWritePlan(input, await repo.resolveAliases(candidates));

    const allIds = [plan.story.id, ...plan.claims.map((c) => c.id), ...plan.sources.map((s) => s.id), ...plan.externalSourceIds,
      ...[...plan.countries, ...plan.entities, ...plan.publishers].map((e) => e.id)];
    const existing = await repo.existingIds(allIds);
    const missing = plan.externalSourceIds.filter((id) => !existing.has(id));
    if (missing.length) {
      throw badInput(missing.map((id) => ({ field: 'input.sources.derivedFrom', reason: `source "${id}" is neither in input.sources nor in the graph` })));
    }
    if (!options.dryRun) await repo.write(plan);

    const tally = (wantExisting: boolean): IngestCounts => ({
      stories: count(plan, (a) => a.stories, existing, wantExisting),
      claims: count(plan, (a) => a.claims, existing, wantExisting),
      sources: count(plan, (a) => a.sources, existing, wantExisting),
      entities: count(plan, (a) => a.entities, existing, wantExisting),
    });
    return { story: { ...plan.story }, created: tally(false), reused: tally(true), plan };
  },

  async get(loaders: { storyById: { load(id: string): Promise<Story | null> } }, id: string): Promise<Story> {
    const story = await loaders.storyById.load(id);
    if (!story) throw notFound('Story', id);
    return story;
  },
};
