import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../src/config/env';
import { connectDatabase } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { BulkReport, collectInputFiles, ingestFiles } from '../src/ingest/bulk-ingest';
import { InputFileError } from '../src/ingest/story-source';
import { setLogLevel } from '../src/logger';

const USAGE = `usage: npm run ingest -- [--dry-run] [--json] <files or folders>...
  Imports story cards (.txt) and ingestStory JSON (.json), one story per transaction.
  --dry-run  validate and print what would be written, write nothing
  --json     print a machine-readable report on stdout`;

function counts(c: BulkReport['created']): string {
  return `${c.stories} stories, ${c.claims} claims, ${c.sources} sources, ${c.entities} entities`;
}

function printSummary(report: BulkReport): void {
  const verb = report.dryRun ? 'would create' : 'created';
  console.log(
    `\n${report.dryRun ? 'Dry run: nothing written. ' : ''}${report.files} files, ${report.stories} stories in ${report.seconds.toFixed(1)} s (${report.storiesPerSecond} stories/s)`,
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
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--dry-run', '--json', '--help'].includes(f));
  if (flags.has('--help') || unknown.length || !paths.length) {
    console.error(unknown.length ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return flags.has('--help') ? 0 : 64;
  }
  const json = flags.has('--json');
  const files = collectInputFiles(paths);
  const config = loadConfig();
  setLogLevel(json ? 'error' : 'warn');

  const db = await connectDatabase(config);
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const bar =
      process.stderr.isTTY && !json
        ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {rate} files/s | {failed} failed', etaBuffer: 50 }, Presets.shades_classic)
        : undefined;
    const began = Date.now();
    let failed = 0;
    bar?.start(files.length, 0, { rate: '0', failed });
    const report = await ingestFiles(executor, files, {
      dryRun: flags.has('--dry-run'),
      onProgress: (done, outcome) => {
        if (!outcome.ok) {
          failed += 1;
          // Errors go above the bar so they stay readable after it finishes.
          if (bar) bar.stop();
          console.error(outcome.error);
          if (bar) bar.start(files.length, done, { rate: '', failed });
        }
        bar?.update(done, { rate: (done / Math.max((Date.now() - began) / 1000, 0.001)).toFixed(1), failed });
      },
    });
    bar?.stop();
    if (json) console.log(JSON.stringify(report, null, 2));
    else printSummary(report);
    return report.failedFiles ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof ConfigError) console.error(`storygraph: configuration error: ${err.message}`);
    else if (err instanceof InputFileError) console.error(err.message);
    else console.error(`ingest failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  });
