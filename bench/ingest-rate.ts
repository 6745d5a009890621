import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/env';
import { fromRoot } from '../src/config/paths';
import { connectDatabase } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { collectInputFiles, ingestFiles } from '../src/ingest/bulk-ingest';
import { generateCard } from './card-generator';

/**
 * npm run bench:ingest [-- count]: generates `count` cards (default 1000), imports them twice
 * (first run creates, replay must create nothing) and records cards per second in bench/results/.
 * Uses NEO4J_URI when set; otherwise a fresh embedded Neo4j in a temporary directory.
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-bench-'));
  const cards = path.join(work, 'cards');
  fs.mkdirSync(cards);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(cards, `card-${String(i).padStart(5, '0')}.txt`), generateCard(i));

  const env = process.env.NEO4J_URI
    ? process.env
    : { ...process.env, NEO4J_DATA_DIR: path.join(work, 'data'), NEO4J_EMBEDDED_PORT: process.env.NEO4J_EMBEDDED_PORT ?? '7699' };
  const db = await connectDatabase(loadConfig(env));
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const files = collectInputFiles([cards]);
    const progress = (label: string) => (done: number) => {
      if (process.stderr.isTTY && (done % 25 === 0 || done === files.length)) process.stderr.write(`\r${label} ${done}/${files.length}`);
    };
    const first = await ingestFiles(executor, files, { onProgress: progress('import') });
    if (process.stderr.isTTY) process.stderr.write('\n');
    const replay = await ingestFiles(executor, files, { onProgress: progress('replay') });
    if (process.stderr.isTTY) process.stderr.write('\n');

    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
      node: process.version,
      neo4j: db.uri.startsWith('bolt://127.0.0.1') ? 'embedded 5.26 (same machine)' : db.uri,
      cards: count,
      failedFiles: first.failedFiles,
      firstImport: { seconds: first.seconds, cardsPerSecond: first.storiesPerSecond, created: first.created },
      replay: { seconds: replay.seconds, cardsPerSecond: replay.storiesPerSecond, created: replay.created },
    };
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(fromRoot('bench', 'results', 'ingest-rate.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    if (first.failedFiles || replay.created.claims || replay.created.entities) process.exitCode = 1;
  } finally {
    await db.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
