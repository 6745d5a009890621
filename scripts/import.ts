#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../src/config/env';
import { connectDatabase } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { AppError, FieldProblem } from '../src/errors/app-error';
import { CliUsageError, IMPORT_USAGE, importErrorLines, lineOfSyntaxError, parseImportArgs } from '../src/modules/interchange/interchange.cli';
import { ImportSummary, interchangeService } from '../src/modules/interchange/interchange.service';
import { IngestCounts } from '../src/modules/story/ingest-result.type';
import { setLogLevel } from '../src/logger';

const EX_USAGE = 64;

type Outcome = { ok: true; summary: ImportSummary } | { ok: false; lines: string[] };

/** One bundle file in one transaction; what went wrong as file:line: reason lines. */
async function importFile(executor: Executor, file: string): Promise<Outcome> {
  let text: string;
  let bundle: { objects?: { id?: unknown }[] };
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, lines: [`${file}:1: ${(err as Error).message}`] };
  }
  try {
    bundle = JSON.parse(text);
  } catch (err) {
    return { ok: false, lines: [`${file}:${lineOfSyntaxError(text, err as Error)}: not JSON: ${(err as Error).message}`] };
  }
  try {
    return { ok: true, summary: await interchangeService.importStix(executor, bundle) };
  } catch (err) {
    if (!(err instanceof AppError) || !['BAD_USER_INPUT', 'CONFLICT'].includes(String(err.extensions.code))) throw err;
    const problems = (err.extensions.fields as FieldProblem[] | undefined) ?? [{ field: 'bundle', reason: err.message }];
    return { ok: false, lines: importErrorLines(file, text, Array.isArray(bundle?.objects) ? bundle.objects : [], problems) };
  }
}

const counts = (c: IngestCounts) => `${c.stories} stories, ${c.claims} claims, ${c.sources} sources, ${c.entities} entities`;
const sum = (a: IngestCounts, b: IngestCounts): IngestCounts => ({
  stories: a.stories + b.stories,
  claims: a.claims + b.claims,
  sources: a.sources + b.sources,
  entities: a.entities + b.entities,
});

async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const config = loadConfig();
  setLogLevel('warn');
  const began = Date.now();
  const db = await connectDatabase(config);
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'import [{bar}] {value}/{total} bundles | {failed} failed', hideCursor: true }, Presets.shades_classic)
      : undefined;
    bar?.start(args.files.length, 0, { failed: 0 });
    const zero = { stories: 0, claims: 0, sources: 0, entities: 0 };
    const total = { created: zero, reused: zero, grades: 0, links: 0, failed: 0 };
    for (const [i, file] of args.files.entries()) {
      const outcome = await importFile(executor, file);
      if (outcome.ok) {
        total.created = sum(total.created, outcome.summary.created);
        total.reused = sum(total.reused, outcome.summary.reused);
        total.grades += outcome.summary.grades;
        total.links += outcome.summary.links;
        const skipped = outcome.summary.skipped.map((s) => `${s.count} ${s.type}`).join(', ');
        if (skipped) (bar ? (line: string) => process.stderr.write(`\r\x1b[K${line}\n`) : console.error)(`${file}: skipped ${skipped} (no storygraph mapping)`);
      } else {
        total.failed += 1;
        for (const line of outcome.lines) (bar ? (l: string) => process.stderr.write(`\r\x1b[K${l}\n`) : console.error)(line);
      }
      bar?.update(i + 1, { failed: total.failed });
    }
    bar?.stop();
    console.log(
      `\n${args.files.length} bundles in ${((Date.now() - began) / 1000).toFixed(1)} s${total.failed ? ` (${total.failed} failed, nothing of them written)` : ''}`,
    );
    console.log(`  created: ${counts(total.created)}`);
    console.log(`  reused:  ${counts(total.reused)}`);
    console.log(`  grades:  ${total.grades}, claim links: ${total.links} (each written once)`);
    return total.failed ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof CliUsageError) {
      console.error(`import: ${err.message}\n\n${IMPORT_USAGE}`);
      process.exit(EX_USAGE);
    }
    if (err instanceof ConfigError) console.error(`storygraph: configuration error: ${err.message}`);
    else console.error(`import failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  });
