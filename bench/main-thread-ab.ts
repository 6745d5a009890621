import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/env';
import { connectDatabase } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { collectInputFiles } from '../src/ingest/load';
import { parseFiles } from '../src/ingest/load/parse-pool';
import { StoryInput } from '../src/modules/story/story.input';

/**
 * node dist/bench/main-thread-ab.js <cards dir> <rounds> <build dir>...: CPU ms per card of Node's
 * main thread (its own /proc task, not the workers' or the JVM's) spent by `storyService.ingestMany`
 * of each build (a compiled `dist` folder) on the same parsed cards, rounds alternating between the
 * builds in one process against one warm embedded Neo4j (NEO4J_DATA_DIR). Each pass is a dry run
 * (written, then rolled back), so every round is a first import; only the ratio between builds of
 * one run means something on a shared machine. Pass copies of both builds (`cp -a dist /tmp/...` is
 * not enough: the copies must sit in the repository to find node_modules, e.g. `cp -a dist dist-b`):
 * the running build's own modules (executor, parse pool) are shared with the harness, which made
 * `dist` itself read 1.16-1.19x the cost of an identical copy. Rounds go to
 * bench/results/main-thread-ab.json.
 */
const mainThreadMs = () => {
  const f = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

async function main([dir, roundsArg, ...builds]: string[]): Promise<void> {
  const inputs: StoryInput[] = [];
  for await (const parsed of parseFiles(collectInputFiles([dir]), { workers: 2 })) for (const p of parsed) inputs.push(...(p.stories ?? []));
  type Service = typeof import('../src/modules/story/story.service');
  const services = await Promise.all(builds.map((b) => import(path.resolve(b, 'src/modules/story/story.service.js')) as Promise<Service>));
  const db = await connectDatabase(loadConfig());
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const pass = async (s: (typeof services)[number]) => {
      const before = mainThreadMs();
      const group = 4000;
      const [names, written] = [new s.NameMemory(), new Set<string>()];
      for (let i = 0; i < inputs.length; i += group) {
        await s.storyService.ingestMany(executor, inputs.slice(i, i + group), { dryRun: true, batchSize: 1000, writers: 2, names, written });
      }
      return (mainThreadMs() - before) / inputs.length;
    };
    for (const s of services) await pass(s); // warm-up of both builds and of Neo4j
    const rows: number[][] = [];
    for (let r = 0; r < Number(roundsArg); r++) {
      const order = r % 2 ? [...services.keys()].reverse() : [...services.keys()];
      const row: number[] = [];
      for (const i of order) row[i] = await pass(services[i]);
      rows.push(row);
      console.log(`round ${r + 1}: ${row.map((ms, i) => `${builds[i]} ${ms.toFixed(3)}`).join('  ')}  ratio ${(row[1] / row[0]).toFixed(3)}`);
    }
    const ratios = rows.map((r) => r[1] / r[0]).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)];
    console.log(`median ratio ${builds[1]}/${builds[0]}: ${median.toFixed(3)} over ${rows.length} rounds, ${inputs.length} cards`);
    const result = { date: new Date().toISOString(), cards: inputs.length, builds, msPerCard: rows, medianRatio: median, loadAverage: os.loadavg() };
    fs.writeFileSync(path.resolve('bench/results/main-thread-ab.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
