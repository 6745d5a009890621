import 'reflect-metadata';
import fs from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/env';
import { connectDatabase } from '../src/db/connect';
import { readState } from '../src/db/embedded-state';
import { Executor, WriteTx } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { STABLE_PLANS } from '../src/db/stable-plans';
import { storyFromCard } from '../src/ingest/assemble';
import { parseFiles } from '../src/ingest/load/parse-pool';
import { NameMemory, storyService } from '../src/modules/story/story.service';
import { buildWritePlan } from '../src/modules/story/story.plan';
import { writeStories } from '../src/modules/story/story.write.repository';
import { recordToPlain } from '../src/db/convert';
import { StoryInput } from '../src/modules/story/story.input';
import { generateCard } from './card-generator';

/**
 * npm run bench:ingest-profile [-- prefill measure batch]: where the first import's time goes, in
 * numbers a busy machine distorts little. Imports `prefill` generated cards (default 5000), then
 * `measure` more (default 2000) and replays them, printing CPU time per card of this process and of
 * the embedded Neo4j's JVM, wall time per statement and commit, and write-transaction attempts
 * (more attempts than transactions = retries after deadlocks). Switches (environment):
 * PROFILE=1 prints the PROFILE plan and db hits of every statement of one batch (rolled back);
 * JFR=1 records a Java Flight Recording of the measured import in /tmp/p.jfr;
 * AB=<cards> instead imports three rounds of <cards> with 1 and 2 writers, interleaved.
 */
const jvmCpu = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10; // ms (clock ticks 100/s)
};
let attempts = 0;
let calls = 0;
const stats = new Map<string, { n: number; ms: number; rows: number }>();

class Timed extends Executor {
  override async writeTx<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const t0 = performance.now();
    let inner = 0;
    const out = await super.writeTx((tx) => {
      attempts += 1;
      return work({
        run: async <R>(cypher: string, params?: Record<string, unknown>) => {
          const key = (cypher.startsWith(STABLE_PLANS) ? cypher.slice(STABLE_PLANS.length) : cypher).replace(/\s+/g, ' ').slice(0, 90);
          const began = performance.now();
          const rows = await tx.run<R>(cypher, params);
          const s = stats.get(key) ?? { n: 0, ms: 0, rows: 0 };
          s.n += 1;
          s.ms += performance.now() - began;
          s.rows += Object.values(params ?? {}).reduce<number>((m, v) => (Array.isArray(v) ? m + v.length : m), 0);
          stats.set(key, s);
          return rows;
        },
      }).then((r) => ((inner = performance.now()), r));
    });
    calls += 1;
    const s = stats.get('(commit)') ?? { n: 0, ms: 0, rows: 0 };
    s.n += 1;
    s.ms += performance.now() - inner;
    stats.set('(commit)', s);
    void t0;
    return out;
  }
}

async function main() {
  const [prefill, measure, batch] = [Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 1000)];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-prof-'));
  const cardsDir = path.join(work, 'cards');
  fs.mkdirSync(cardsDir);
  const total = prefill + measure;
  const files: string[] = [];
  for (let i = 0; i < total; i++) {
    const f = path.join(cardsDir, `card-${String(i).padStart(6, '0')}.txt`);
    fs.writeFileSync(f, generateCard(i));
    files.push(f);
  }
  // Parse CPU per card on the main thread.
  let cpu = process.cpuUsage();
  for (let i = 0; i < 500; i++) await storyFromCard(generateCard(i), 'x');
  cpu = process.cpuUsage(cpu);
  console.log(`parse+recognise main thread: ${((cpu.user + cpu.system) / 1000 / 500).toFixed(2)} ms CPU/card`);

  const env = { ...process.env, NEO4J_DATA_DIR: path.join(work, 'data'), NEO4J_EMBEDDED_PORT: process.env.NEO4J_EMBEDDED_PORT ?? '7698' };
  const db = await connectDatabase(loadConfig(env));
  const pid = readState(env.NEO4J_DATA_DIR)!.pid;
  try {
    const executor = new Timed(db.driver, db.database);
    await applyMigrations(executor);
    const inputs: StoryInput[] = [];
    for await (const parsed of parseFiles(files, { workers: 2, chunk: 50 })) for (const p of parsed) inputs.push(...(p.stories ?? []));
    const names = new NameMemory();
    let began = Date.now();
    for (let i = 0; i < prefill; i += batch * 2)
      await storyService.ingestMany(executor, inputs.slice(i, Math.min(prefill, i + batch * 2)), { names, batchSize: batch });
    console.log(`prefill ${prefill}: ${((Date.now() - began) / 1000).toFixed(1)} s`);
    if (process.env.PROFILE) {
      const session = db.driver.session({ database: db.database });
      const tx = session.beginTransaction();
      const plans = inputs.slice(prefill, prefill + batch).map((i) => buildWritePlan(i));
      const show = (op: any, depth: number): string =>
        `${'  '.repeat(depth)}${op.operatorType} rows=${op.rows} hits=${op.dbHits} ${String(op.arguments?.Details ?? '').slice(0, 100)}\n` +
        (op.children ?? []).map((c: any) => show(c, depth + 1)).join('');
      const total = (op: any): number => op.dbHits + (op.children ?? []).reduce((m: number, c: any) => m + total(c), 0);
      await writeStories(
        {
          run: async <R>(cypher: string, params?: Record<string, unknown>) => {
            const res = await tx.run('PROFILE ' + cypher, { clearance: 4, ...params });
            console.log(`--- ${cypher.replace(/\s+/g, ' ').slice(0, 80)}\n total dbHits ${total(res.summary.profile)}\n${show(res.summary.profile, 1)}`);
            return res.records.map((r) => recordToPlain<R>(r));
          },
        },
        plans,
      );
      await tx.rollback();
      await session.close();
    }
    if (process.env.JFR) execSync(`jcmd ${pid} JFR.start name=p settings=profile filename=/tmp/p.jfr`);
    if (process.env.AB) {
      let at = prefill;
      const size = Number(process.env.AB);
      for (const round of [1, 2, 3]) {
        for (const writers of [1, 2]) {
          const j0 = jvmCpu(pid);
          const n0 = process.cpuUsage();
          const t0 = Date.now();
          await storyService.ingestMany(executor, inputs.slice(at, at + size), { names, batchSize: batch, writers });
          const n1 = process.cpuUsage(n0);
          console.log(
            `round ${round} writers ${writers}: ${size} cards in ${Date.now() - t0} ms (${((size / (Date.now() - t0)) * 1000).toFixed(0)} cards/s), JVM ${((jvmCpu(pid) - j0) / size).toFixed(2)} ms/card, node ${((n1.user + n1.system) / 1000 / size).toFixed(2)} ms/card`,
          );
          at += size;
          console.log(`  tx attempts ${attempts} for ${calls} transactions`);
        }
      }
      return;
    }
    stats.clear();
    const jvm0 = jvmCpu(pid);
    const node0 = process.cpuUsage();
    began = Date.now();
    for (let i = prefill; i < total; i += batch * 2)
      await storyService.ingestMany(executor, inputs.slice(i, Math.min(total, i + batch * 2)), { names, batchSize: batch });
    const wall = Date.now() - began;
    const node = process.cpuUsage(node0);
    const jvm = jvmCpu(pid) - jvm0;
    if (process.env.JFR) execSync(`jcmd ${pid} JFR.stop name=p`);
    console.log(
      `measure ${measure} cards: wall ${wall} ms (${((measure / wall) * 1000).toFixed(0)} cards/s), node CPU ${((node.user + node.system) / 1000 / measure).toFixed(2)} ms/card, JVM CPU ${(jvm / measure).toFixed(2)} ms/card`,
    );
    const sumMs = [...stats.values()].reduce((m, s) => m + s.ms, 0);
    for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms))
      console.log(`${s.ms.toFixed(0).padStart(7)} ms ${((s.ms / sumMs) * 100).toFixed(0).padStart(3)}% x${s.n} rows ${s.rows}  ${k}`);
    began = Date.now();
    const r0 = jvmCpu(pid);
    const n0 = process.cpuUsage();
    for (let i = prefill; i < total; i += batch * 2)
      await storyService.ingestMany(executor, inputs.slice(i, Math.min(total, i + batch * 2)), { names, batchSize: batch });
    const n1 = process.cpuUsage(n0);
    console.log(
      `replay ${measure}: wall ${Date.now() - began} ms, node CPU ${((n1.user + n1.system) / 1000 / measure).toFixed(2)} ms/card, JVM CPU ${((jvmCpu(pid) - r0) / measure).toFixed(2)} ms/card`,
    );
  } finally {
    await db.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
