import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Executor } from '../../db/executor';
import { AppError, badInput } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { decodeCursor, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { StoriesArgs } from './story.filter';
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

/** Ids of what a plan writes, per kind, for created-vs-reused reporting. */
function idsByKind(plan: WritePlan): Record<keyof IngestCounts, string[]> {
  return {
    stories: [plan.story.id],
    claims: plan.claims.map((c) => c.id),
    sources: plan.sources.map((s) => s.id),
    entities: [...plan.countries, ...plan.entities, ...plan.publishers].map((e) => e.id),
  };
}

function tally(ids: Record<keyof IngestCounts, string[]>, keep: (id: string) => boolean): IngestCounts {
  return {
    stories: ids.stories.filter(keep).length,
    claims: ids.claims.filter(keep).length,
    sources: ids.sources.filter(keep).length,
    entities: ids.entities.filter(keep).length,
  };
}

export const storyService = {
  /**
   * Writes a validated story in one transaction. Aliases resolve to entities already in the graph;
   * derivedFrom ids outside the story must exist. Replaying the same input changes nothing.
   */
  async ingest(executor: Executor, input: StoryInput, options: { dryRun?: boolean } = {}): Promise<IngestOutcome> {
    const repo = new StoryWriteRepository(executor);
    // Countries resolve by ISO code and explicit ids are kept, so only the rest is looked up by name.
    const candidates = input.entities.flatMap((e, index) =>
      e.type !== EntityType.COUNTRY && !e.id ? [{ index, type: e.type, keys: entityKeys(e) }] : [],
    );
    const plan = buildWritePlan(input, await repo.resolveAliases(candidates));

    const ids = idsByKind(plan);
    const existing = await repo.existingIds([...Object.values(ids).flat(), ...plan.externalSourceIds]);
    const missing = plan.externalSourceIds.filter((id) => !existing.has(id));
    if (missing.length) {
      throw badInput(missing.map((id) => ({ field: 'input.sources.derivedFrom', reason: `source "${id}" is neither in input.sources nor in the graph` })));
    }
    const conflicts = await repo.conflicts(plan);
    if (conflicts.length) {
      throw new AppError('CONFLICT', `Ids already in use: ${conflicts.map((c) => `${c.id} ${c.reason}`).join('; ')}`);
    }
    if (!options.dryRun) await repo.write(plan);

    return {
      story: { ...plan.story },
      created: tally(ids, (id) => !existing.has(id)),
      reused: tally(ids, (id) => existing.has(id)),
      plan,
    };
  },

  get: (ctx: Context, id: string): Promise<Story> => found(ctx.loaders.storyById.load(id), 'Story', id),

  async list(ctx: Context, args: StoriesArgs) {
    return toConnection(await new StoryRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first));
  },

  async isGraphEmpty(executor: Executor): Promise<boolean> {
    return (await new StoryRepository(executor).count()) === 0;
  },
};
