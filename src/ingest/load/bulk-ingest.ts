import { Executor } from '../../db/executor';
import { IngestCounts } from '../../modules/story/ingest-result.type';
import { WritePlan } from '../../modules/story/story.plan';
import { DEFAULT_BATCH_SIZE, NameMemory, storyService } from '../../modules/story/story.service';
import { StoryInput } from '../../modules/story/story.input';
import { Tlp } from '../../modules/shared/tlp';
import { ParsedFile } from './input-file';
import { defaultWorkers, parseFiles } from './parse-pool';

export { collectInputFiles } from './input-file';

export interface FileOutcome {
  file: string;
  ok: boolean;
  error?: string;
  stories: { id: string; title: string; claims: number; created: IngestCounts; reused: IngestCounts; wouldWrite?: PlanSummary }[];
}

/** What a dry run would write for one story. */
export interface PlanSummary {
  topics: string[];
  entities: string[];
  sources: string[];
  claims: { id: string; kind: string; text: string; about: string[]; cites: string[] }[];
}

function summarize(plan: WritePlan): PlanSummary {
  return {
    topics: plan.topics.map((t) => t.name),
    entities: [...plan.countries, ...plan.entities, ...plan.publishers].map((e) => e.id),
    sources: plan.sources.map((s) => s.id),
    claims: plan.claims.map((c) => ({ id: c.id, kind: c.kind, text: c.text, about: c.about, cites: c.citations.map((x) => x.sourceId) })),
  };
}

export interface BulkReport {
  files: number;
  failedFiles: number;
  stories: number;
  /** Claims of the stories that landed (created or reused). */
  claims: number;
  created: IngestCounts;
  reused: IngestCounts;
  seconds: number;
  storiesPerSecond: number;
  claimsPerSecond: number;
  dryRun: boolean;
  outcomes: FileOutcome[];
}

export interface BulkOptions {
  dryRun?: boolean;
  /** Called after every file, in input order. */
  onProgress?: (done: number, outcome: FileOutcome) => void;
  /** Parse worker threads (default: one per core); 0 parses on the main thread. */
  workers?: number;
  /** Stories per write transaction. */
  batchSize?: number;
  /** Write transactions in flight at once (default DEFAULT_WRITERS). */
  writers?: number;
  /** Marking of stories that carry none (the CLI's --marking). */
  marking?: Tlp;
  /** Stories planned together (one alias read; default two batches per writer); parsing runs up to twice this far ahead. */
  group?: number;
}

/**
 * Two write transactions in flight: Neo4j runs each on one thread, and while one commits (a quarter
 * to a third of its time on 1000 generated cards) the other runs its statements. Batches that would write the same rows differently wait
 * for each other (story.batches.ts), so the graph is the one sequential writes leave.
 */
export const DEFAULT_WRITERS = 2;

const zero = (): IngestCounts => ({ stories: 0, claims: 0, sources: 0, entities: 0 });
const add = (a: IngestCounts, b: IngestCounts) => {
  for (const k of Object.keys(a) as (keyof IngestCounts)[]) a[k] += b[k];
};
const perSecond = (n: number, seconds: number) => (seconds > 0 ? Math.round((n / seconds) * 10) / 10 : n);

/**
 * Ingests files at volume: worker threads parse, recognise and validate cards ahead of the writer;
 * each group of stories is planned together and written many stories per transaction. A bad file or
 * story fails alone with `file:line: reason` (a failing batch is halved until the bad story is
 * isolated); the others land. Replaying a folder creates nothing.
 */
export async function ingestFiles(executor: Executor, files: string[], options: BulkOptions = {}): Promise<BulkReport> {
  const began = Date.now();
  const created = zero();
  const reused = zero();
  const outcomes: FileOutcome[] = [];
  const names = new NameMemory();
  const written = new Set<string>();
  const writers = options.writers ?? DEFAULT_WRITERS;
  const group = options.group ?? 2 * writers * (options.batchSize ?? DEFAULT_BATCH_SIZE);
  const chunk = 25;

  const write = async (parsed: ParsedFile[]) => {
    const inputs: { file: number; input: StoryInput }[] = parsed.flatMap((p, file) => (p.stories ?? []).map((input) => ({ file, input })));
    if (options.marking) for (const { input } of inputs) input.marking ??= options.marking;
    const entries = await storyService.ingestMany(
      executor,
      inputs.map((i) => i.input),
      { dryRun: options.dryRun, batchSize: options.batchSize, names, writers, written },
    );
    const fileOutcomes: FileOutcome[] = parsed.map((p) => ({ file: p.file, ok: !p.error, ...(p.error ? { error: p.error } : {}), stories: [] }));
    entries.forEach((entry, i) => {
      const outcome = fileOutcomes[inputs[i].file];
      if (!entry.ok) {
        if (outcome.ok) [outcome.ok, outcome.error] = [false, `${outcome.file}:1: ${entry.error.message}`];
        return;
      }
      const { outcome: result } = entry;
      outcome.stories.push({
        id: result.story.id,
        title: result.story.title,
        claims: result.plan.claims.length,
        created: result.created,
        reused: result.reused,
        ...(options.dryRun ? { wouldWrite: summarize(result.plan) } : {}),
      });
      add(created, result.created);
      add(reused, result.reused);
    });
    for (const outcome of fileOutcomes) {
      outcomes.push(outcome);
      options.onProgress?.(outcomes.length, outcome);
    }
  };

  let pending: ParsedFile[] = [];
  let pendingStories = 0;
  const workers = options.workers ?? defaultWorkers();
  for await (const parsed of parseFiles(files, { workers, chunk, ahead: Math.ceil((2 * group) / chunk) })) {
    pending.push(...parsed);
    pendingStories += parsed.reduce((n, p) => n + (p.stories?.length ?? 0), 0);
    if (pendingStories >= group) {
      await write(pending);
      [pending, pendingStories] = [[], 0];
    }
  }
  if (pending.length) await write(pending);

  const seconds = (Date.now() - began) / 1000;
  const stories = outcomes.reduce((n, o) => n + o.stories.length, 0);
  const claims = outcomes.reduce((n, o) => n + o.stories.reduce((m, s) => m + s.claims, 0), 0);
  return {
    files: files.length,
    failedFiles: outcomes.filter((o) => !o.ok).length,
    stories,
    claims,
    created,
    reused,
    seconds,
    storiesPerSecond: perSecond(stories, seconds),
    claimsPerSecond: perSecond(claims, seconds),
    dryRun: Boolean(options.dryRun),
    outcomes,
  };
}
