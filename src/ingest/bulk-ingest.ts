import fs from 'node:fs';
import path from 'node:path';
import { Executor } from '../db/executor';
import { AppError } from '../errors/app-error';
import { IngestCounts } from '../modules/story/ingest-result.type';
import { WritePlan } from '../modules/story/story.plan';
import { storyService } from '../modules/story/story.service';
import { InputFileError, storiesFromJson, storyFromCard } from './story-source';

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
  created: IngestCounts;
  reused: IngestCounts;
  seconds: number;
  storiesPerSecond: number;
  dryRun: boolean;
  outcomes: FileOutcome[];
}

const zero = (): IngestCounts => ({ stories: 0, claims: 0, sources: 0, entities: 0 });
const add = (a: IngestCounts, b: IngestCounts) => {
  for (const k of Object.keys(a) as (keyof IngestCounts)[]) a[k] += b[k];
};

/** Story cards (.txt) and ingestStory JSON (.json), found recursively, in a stable order. */
export function collectInputFiles(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (p: string) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    else if (/\.(txt|json)$/i.test(p)) found.push(p);
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new InputFileError(p, 0, 'no such file or directory');
    visit(p);
  }
  return found;
}

/**
 * Ingests files one story per transaction. A bad file is reported as `file:line: reason` and
 * skipped; the others still land. `onProgress` is called after every file.
 */
export async function ingestFiles(
  executor: Executor,
  files: string[],
  options: { dryRun?: boolean; onProgress?: (done: number, outcome: FileOutcome) => void } = {},
): Promise<BulkReport> {
  const began = Date.now();
  const created = zero();
  const reused = zero();
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const outcome: FileOutcome = { file, ok: true, stories: [] };
    try {
      const text = fs.readFileSync(file, 'utf8');
      const stories = file.toLowerCase().endsWith('.json') ? await storiesFromJson(text, file) : [await storyFromCard(text, file)];
      for (const input of stories) {
        const result = await storyService.ingest(executor, input, { dryRun: options.dryRun });
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
      }
    } catch (err) {
      outcome.ok = false;
      if (err instanceof InputFileError) outcome.error = err.message;
      else if (err instanceof AppError) outcome.error = `${file}:1: ${err.message}`;
      else throw err;
    }
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, outcome);
  }
  const seconds = (Date.now() - began) / 1000;
  const stories = outcomes.reduce((n, o) => n + o.stories.length, 0);
  return {
    files: files.length,
    failedFiles: outcomes.filter((o) => !o.ok).length,
    stories,
    created,
    reused,
    seconds,
    storiesPerSecond: seconds > 0 ? Math.round((stories / seconds) * 10) / 10 : stories,
    dryRun: Boolean(options.dryRun),
    outcomes,
  };
}
