#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { Executor } from '../src/db/executor';
import { AppError, FieldProblem } from '../src/errors/app-error';
import { IMPORT_USAGE, importErrorLines, lineOfSyntaxError, parseImportArgs, runCli } from '../src/modules/interchange/interchange.cli';
import { withDatabase } from '../src/db/with-database';
import { addCounts, ImportSummary, interchangeService, noCounts } from '../src/modules/interchange/interchange.service';
import { IngestCounts } from '../src/modules/story/ingest-result.type';

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

async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const began = Date.now();
  return withDatabase(async (executor) => {
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'import [{bar}] {value}/{total} bundles | {failed} failed', hideCursor: true }, Presets.shades_classic)
      : undefined;
    bar?.start(args.files.length, 0, { failed: 0 });
    // Above the bar while it runs (cli-progress redraws its own line), plain stderr otherwise.
    const say = (line: string) => (bar ? process.stderr.write(`\r\x1b[K${line}\n`) : console.error(line));
    const total = { created: noCounts(), reused: noCounts(), grades: 0, links: 0, failed: 0 };
    for (const [i, file] of args.files.entries()) {
      const outcome = await importFile(executor, file);
      if (outcome.ok) {
        total.created = addCounts(total.created, outcome.summary.created);
        total.reused = addCounts(total.reused, outcome.summary.reused);
        total.grades += outcome.summary.grades;
        total.links += outcome.summary.links;
        const skipped = outcome.summary.skipped.map((s) => `${s.count} ${s.type}`).join(', ');
        if (skipped) say(`${file}: skipped ${skipped} (no storygraph mapping)`);
      } else {
        total.failed += 1;
        outcome.lines.forEach(say);
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
  });
}

runCli('import', IMPORT_USAGE, main);
