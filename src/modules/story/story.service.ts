import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Executor } from '../../db/executor';
import { AppError, badInput } from '../../errors/app-error';
import { validationProblems } from '../../graphql/errors';
import { FeedPublisher, StoryIngestedPayload } from '../feed/feed.events';
import { EntityType } from '../shared/enums';
import { passesValidation } from '../shared/quick-validation';
import { quickInstance } from '../shared/quick-instance';
import { Tlp, tlpRank } from '../shared/tlp';
import { IngestCounts, IngestStoriesEntry } from './ingest-result.type';
import { batches, Planned, writeConcurrently } from './story.batches';
import { buildWritePlan, entityKeys, WritePlan } from './story.plan';
import { StoryInput } from './story.input';
import { StoryRepository } from './story.repository';
import { EntityCandidate, StoryWriteRepository, WriteCounts } from './story.write.repository';
import { Story } from './story.type';

export interface IngestOutcome {
  story: Story;
  created: IngestCounts;
  reused: IngestCounts;
  plan: WritePlan;
}

/** One story of a batch: its outcome, or the error that story alone got (nothing of it written). */
export type BatchEntry = { ok: true; outcome: IngestOutcome } | { ok: false; error: AppError };

export interface IngestOptions {
  dryRun?: boolean;
  /** Stories per write transaction (default DEFAULT_BATCH_SIZE); a failing batch is halved until the bad story is alone. */
  batchSize?: number;
  /** Names seen in earlier calls of one run (a bulk import), so later stories resolve to the same entities. */
  names?: NameMemory;
  /** Where a story that created something is announced once its transaction committed (the live feed). */
  feed?: FeedPublisher;
  /** Write transactions in flight at once (default 1); batches that touch the same rows differently still go one after the other. */
  writers?: number;
  /** Shared nodes that earlier calls of one run wrote (a bulk import's groups): batches naming them alike need not wait for each other. */
  written?: Set<string>;
}

/** Stories per write transaction unless the caller says otherwise: 1000 wrote 10k cards 1.1-1.6x faster than 250 (bench:ingest). */
export const DEFAULT_BATCH_SIZE = 1000;

/** For callers outside GraphQL (CLI, seed): the same validation type-graphql applies to `input`. */
export async function validateStoryInput(plain: unknown): Promise<StoryInput> {
  // quickInstance is plainToInstance without class-transformer's per-key metadata lookups, for the plain data it reproduces exactly.
  const input = quickInstance(StoryInput, plain) ?? plainToInstance(StoryInput, plain);
  // Nearly every story is valid: the same validators run without class-validator's machinery, which then only words the errors.
  if (passesValidation(input)) return input;
  const errors = await validate(input, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw badInput(validationProblems(errors, 'input'));
  return input;
}

/**
 * Entity names planned earlier in the same run, by type and folded key. Alias resolution reads the
 * graph before a batch is written, so without it a story could not resolve to an entity that a story
 * of the same (unwritten) batch introduces; the lowest id wins, as in the graph query.
 */
export class NameMemory {
  private readonly ids = new Map<string, string>();

  find(type: string, keys: string[]): string | undefined {
    return keys.map((k) => this.ids.get(`${type}|${k}`)).reduce<string | undefined>((best, id) => (id && (!best || id < best) ? id : best), undefined);
  }

  remember(plan: WritePlan): void {
    for (const e of plan.entities) {
      for (const key of [e.nameKey, ...e.aliasKeys]) {
        const known = this.ids.get(`${e.type}|${key}`);
        if (!known || e.id < known) this.ids.set(`${e.type}|${key}`, e.id);
      }
    }
  }
}

/** Errors a story causes (bad input, ids held elsewhere): they fail that story only. Others fail the whole call. */
const isStoryError = (err: unknown): err is AppError => err instanceof AppError && ['BAD_USER_INPUT', 'CONFLICT'].includes(String(err.extensions.code));

const createdAnything = (created: IngestCounts) => created.stories + created.claims + created.sources + created.entities > 0;

/** After the transaction committed: announces on the feed each written story that created something (a replay announces nothing). */
export function announceIngested(feed: FeedPublisher, plans: readonly WritePlan[], counts: readonly WriteCounts[]): void {
  plans.forEach((plan, i) => {
    if (createdAnything(counts[i].created)) feed.publish('storyIngested', ingestedEvent(plan, counts[i].created, counts[i].marking));
  });
}

/**
 * The live feed's view of a written story: what filters match on, without another read. Its countries
 * and topics come from the claims and sources too, so it is marked as the highest of the story's
 * marking after the write and the markings of its claims and sources.
 */
function ingestedEvent(plan: WritePlan, created: IngestCounts, marking: Tlp): StoryIngestedPayload {
  return {
    storyId: plan.story.id,
    title: plan.story.title,
    publishedAt: plan.story.publishedAt,
    url: plan.story.url,
    countries: plan.countries.flatMap((c) => (c.code ? [c.code] : [])),
    topics: plan.topics.map(({ id, name }) => ({ id, name })),
    claimIds: plan.claims.map((c) => c.id),
    created,
    markingRank: Math.max(tlpRank(marking), ...plan.claims.map((c) => tlpRank(c.marking)), ...plan.sources.map((s) => tlpRank(s.marking))),
  };
}

/** Stories per ingestStories call: a few hundred cards fit the request body limit; a bigger archive is several calls (or the CLI). */
export const MAX_STORIES_PER_CALL = 200;

/** An error of story `index`, with its fields named from the mutation's argument: "input.title" -> "inputs[3].title". */
function batchError(index: number, error: AppError): IngestStoriesEntry['error'] {
  const rename = (text: string) => text.replace(/\binput\./g, `inputs[${index}].`);
  const fields = ((error.extensions.fields as { field: string; reason: string }[] | undefined) ?? []).map((f) => ({
    field: rename(f.field),
    reason: f.reason,
  }));
  return { code: String(error.extensions.code), message: rename(error.message), fields };
}

export const storyService = {
  /**
   * Writes a validated story in one transaction. Aliases resolve to entities already in the graph;
   * derivedFrom ids outside the story must exist; ids held by another story or another kind of
   * entity are a CONFLICT. The counts say what this call created, even under concurrent ingests.
   * Replaying the same input changes nothing.
   */
  async ingest(executor: Executor, input: StoryInput, options: { dryRun?: boolean; feed?: FeedPublisher } = {}): Promise<IngestOutcome> {
    const [entry] = await storyService.ingestMany(executor, [input], options);
    if (!entry.ok) throw entry.error;
    return entry.outcome;
  },

  /**
   * Many stories, many per write transaction, with the rules of `ingest` for each: every story is
   * planned first (one alias read for all), then written in batches; a batch that fails is halved
   * until the story that fails it is alone, so that story gets its own error and the others land.
   * Entries come back in input order.
   */
  async ingestMany(executor: Executor, inputs: StoryInput[], options: IngestOptions = {}): Promise<BatchEntry[]> {
    const repo = new StoryWriteRepository(executor);
    const entries: BatchEntry[] = new Array(inputs.length);
    const names = options.names ?? new NameMemory();

    // Countries resolve by ISO code and explicit ids are kept, so only the rest is looked up by name.
    const candidates: EntityCandidate[] = [];
    const candidatesOf = inputs.map((input) =>
      input.entities.flatMap((e, entity) => {
        if (e.type === EntityType.COUNTRY || e.id) return [];
        const candidate = { index: candidates.length, type: e.type, keys: entityKeys(e) };
        candidates.push(candidate);
        return [{ ...candidate, entity }];
      }),
    );
    const inGraph = await repo.resolveAliases(candidates);
    const planned: Planned[] = [];
    inputs.forEach((input, at) => {
      const existing = new Map<number, string>();
      for (const cand of candidatesOf[at]) {
        const found = [inGraph.get(cand.index), names.find(cand.type, cand.keys)].filter((id): id is string => Boolean(id)).sort()[0];
        if (found) existing.set(cand.entity, found);
      }
      try {
        const plan = buildWritePlan(input, existing);
        names.remember(plan);
        planned.push({ at, plan });
      } catch (err) {
        if (!isStoryError(err)) throw err;
        entries[at] = { ok: false, error: err };
      }
    });

    const write = async (batch: Planned[]): Promise<void> => {
      try {
        const counts = await repo.writeBatch(
          batch.map((b) => b.plan),
          { dryRun: options.dryRun },
        );
        batch.forEach(
          ({ at, plan }, i) =>
            (entries[at] = {
              ok: true,
              outcome: { story: { ...plan.story, marking: counts[i].marking }, created: counts[i].created, reused: counts[i].reused, plan },
            }),
        );
        if (!options.dryRun && options.feed)
          announceIngested(
            options.feed,
            batch.map((b) => b.plan),
            counts,
          );
      } catch (err) {
        if (batch.length === 1 && isStoryError(err)) entries[batch[0].at] = { ok: false, error: err };
        else if (batch.length === 1) throw err;
        else {
          const half = Math.ceil(batch.length / 2);
          await write(batch.slice(0, half));
          await write(batch.slice(half));
        }
      }
    };
    await writeConcurrently(batches(planned, options.batchSize ?? DEFAULT_BATCH_SIZE), options.writers ?? 1, write, options.written);
    return entries;
  },

  /**
   * ingestStories: each input validated here (not by type-graphql, which would refuse the whole call
   * for one bad story), then ingestMany. A bad story gets its own error entry naming inputs[i]; the
   * others land. Only a call over MAX_STORIES_PER_CALL is refused whole.
   */
  async ingestBatch(executor: Executor, inputs: StoryInput[], feed?: FeedPublisher): Promise<IngestStoriesEntry[]> {
    if (inputs.length > MAX_STORIES_PER_CALL) {
      throw badInput([{ field: 'inputs', reason: `at most ${MAX_STORIES_PER_CALL} stories per call (got ${inputs.length})` }]);
    }
    const validated = await Promise.all(inputs.map((input) => validateStoryInput(input).catch((err: unknown) => err)));
    const valid = validated.flatMap((v, index) => (v instanceof StoryInput ? [{ index, input: v }] : []));
    const written = await storyService.ingestMany(
      executor,
      valid.map((v) => v.input),
      { batchSize: MAX_STORIES_PER_CALL, feed },
    );
    const entries: IngestStoriesEntry[] = validated.map((v, index) => {
      if (v instanceof StoryInput) return { index };
      if (isStoryError(v)) return { index, error: batchError(index, v) };
      throw v;
    });
    written.forEach((entry, i) => {
      const { index } = valid[i];
      if (entry.ok) entries[index].result = entry.outcome;
      else entries[index].error = batchError(index, entry.error);
    });
    return entries;
  },

  async isGraphEmpty(executor: Executor): Promise<boolean> {
    return (await new StoryRepository(executor).count()) === 0;
  },
};
