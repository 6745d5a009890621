#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import { ConfigError, loadConfig } from '../src/config/env';
import { fromRoot } from '../src/config/paths';
import { connectDatabase } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { BulkReport, collectInputFiles, ingestFiles, ingestProgress, parseIngestArgs, usage, UsageError, writeWholeStdout } from '../src/ingest/load';
import { InputFileError } from '../src/ingest/assemble';
import { setLogLevel } from '../src/logger';

/** Exit codes: 0 all landed, 1 some file failed (or a fatal error), 64 a bad command line. */
const EX_USAGE = 64;

function counts(c: BulkReport['created']): string {
  return `${c.stories} stories, ${c.claims} claims, ${c.sources} sources, ${c.entities} entities`;
}

function printSummary(report: BulkReport): void {
  const verb = report.dryRun ? 'would create' : 'created';
  console.log(
    `\n${report.dryRun ? 'Dry run: nothing written. ' : ''}${report.files} files, ${report.stories} stories in ${report.seconds.toFixed(1)} s ` +
      `(${report.storiesPerSecond} stories/s, ${report.claimsPerSecond} claims/s)`,
  );
  console.log(`  ${verb}: ${counts(report.created)}`);
  console.log(`  reused:  ${counts(report.reused)}`);
  if (report.failedFiles) console.log(`  failed:  ${report.failedFiles} file(s)`);
  if (report.dryRun) {
    for (const story of report.outcomes.flatMap((o) => o.stories)) {
      console.log(`\n${story.id}: ${story.wouldWrite!.claims.length} claims, topics ${story.wouldWrite!.topics.join(', ') || '-'}`);
      console.log(`  entities: ${story.wouldWrite!.entities.join(', ')}`);
      for (const c of story.wouldWrite!.claims)
        console.log(`  [${c.kind}] ${c.text}\n      about ${c.about.join(', ') || '-'}; cites ${c.cites.join(', ') || '-'}`);
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  if (args.help || args.version) {
    console.log(args.help ? usage() : JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')).version);
    return 0;
  }
  if (!args.paths.length) {
    console.error(`ingest: no files or folders given\n${usage()}`);
    return EX_USAGE;
  }
  const files = collectInputFiles(args.paths);
  const config = loadConfig();
  // With --json, stdout carries the report only: logs stay quiet, progress and errors go to stderr.
  setLogLevel(args.json ? 'error' : 'warn');

  const db = await connectDatabase(config);
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const bar = ingestProgress(files.length);
    const report = await ingestFiles(executor, files, {
      dryRun: args.dryRun,
      workers: args.workers,
      batchSize: args.batchSize,
      marking: args.marking,
      onProgress: (done, outcome) => {
        if (!outcome.ok && bar) bar.log(outcome.error!);
        else if (!outcome.ok) console.error(outcome.error);
        bar?.update(done, outcome);
      },
    });
    bar?.stop();
    if (args.output) fs.writeFileSync(args.output, `${JSON.stringify(report, null, 2)}\n`);
    else if (args.json) writeWholeStdout(`${JSON.stringify(report, null, 2)}\n`);
    else printSummary(report);
    return report.failedFiles ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof UsageError) {
      console.error(`ingest: ${err.message}\nTry --help.`);
      process.exit(EX_USAGE);
    }
    if (err instanceof ConfigError) console.error(`storygraph: configuration error: ${err.message}`);
    else if (err instanceof InputFileError) console.error(err.message);
    else console.error(`ingest failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  });
