import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fromRoot } from '../src/config/paths';
import { DEFAULT_WRITERS, defaultWorkers, ingestFiles, ingestProgress } from '../src/ingest/load';
import { DEFAULT_BATCH_SIZE } from '../src/modules/story/story.service';
import { freshIngest } from './fresh-ingest';
import { warmUp } from './warm-up';

/**
 * npm run bench:ingest [-- count] [--workers N] [--writers N] [--batch-size N] [--warm-up N]: generates `count` cards (default 1000), imports them twice
 * through the CLI's bulk path (first run creates, replay must create nothing) and records cards and
 * claims per second in bench/results/ingest-rate.json.
 * Uses NEO4J_URI when set; otherwise a fresh embedded Neo4j in a temporary directory.
 * `--warm-up N`: before the clock starts, imports N other cards and removes all they created (warm-up.ts),
 * so the first import runs on a warm server; the result goes to ingest-rate-warm.json instead.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { workers: { type: 'string' }, writers: { type: 'string' }, 'batch-size': { type: 'string' }, 'warm-up': { type: 'string' } },
    allowPositionals: true,
  });
  const count = Number(positionals[0] ?? 1000);
  const tuning = {
    workers: values.workers === undefined ? defaultWorkers() : Number(values.workers),
    writers: values.writers === undefined ? DEFAULT_WRITERS : Number(values.writers),
    batchSize: values['batch-size'] === undefined ? DEFAULT_BATCH_SIZE : Number(values['batch-size']),
  };
  const warmUpCards = values['warm-up'] === undefined ? 0 : Number(values['warm-up']);
  if (!Number.isInteger(warmUpCards) || warmUpCards < 0) {
    console.error(`--warm-up must be a whole number of cards, got "${values['warm-up']}"`);
    process.exit(64);
  }
  const { files, warmUpFiles, config, db, executor, dataDir, close } = await freshIngest(count, 'bench', 7699, warmUpCards);
  try {
    const warm = warmUpCards ? await warmUp(executor, warmUpFiles, tuning) : undefined;
    const pass = async (label: string) => {
      const bar = ingestProgress(files.length, label);
      const report = await ingestFiles(executor, files, { ...tuning, onProgress: (done, outcome) => bar?.update(done, outcome) });
      bar?.stop();
      return report;
    };
    const first = await pass('import');
    const replay = await pass('replay');
    const rates = (r: typeof first) => ({
      seconds: r.seconds,
      cardsPerSecond: r.storiesPerSecond,
      claimsPerSecond: r.claimsPerSecond,
      claims: r.claims,
      created: r.created,
    });

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
      node: process.version,
      neo4j: db.uri.startsWith('bolt://127.0.0.1') ? 'embedded 5.26 (same machine)' : db.uri,
      ...(dataDir ? { pageCache: config.embedded.pageCache, javaOpts: config.embedded.javaOpts } : {}),
      cards: count,
      parseWorkers: tuning.workers,
      writers: tuning.writers,
      batchSize: tuning.batchSize,
      ...(warm ? { warmUp: warm } : {}),
      failedFiles: first.failedFiles,
      firstImport: rates(first),
      replay: rates(replay),
    };
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(fromRoot('bench', 'results', warm ? 'ingest-rate-warm.json' : 'ingest-rate.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    if (first.failedFiles || replay.created.claims || replay.created.entities) process.exitCode = 1;
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
