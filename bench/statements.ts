import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j, { Driver, RecordShape } from 'neo4j-driver';
import { loadConfig } from '../src/config/env';
import { createLogger } from '../src/logger';
import { recordToPlain } from '../src/db/convert';
import { Executor } from '../src/db/executor';
import { readState } from '../src/db/embedded-state';
import { startServer } from '../src/server';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';
import { CYPHER } from './peers/cypher-statements';
import { peerEnv } from './suite/peers';
import { QUERIES } from './suite/query-set';

/**
 * npm run bench:statements -- --stories 10000 --data-dir D [--runs 200] [--only Q2,search] [--clearance RED] [--print]
 * The statements behind each benchmark query, storygraph's (sg0, sg1…: captured from a real request)
 * beside the hand-written Cypher peer's, on the same Neo4j and data: PROFILE db hits and rows, the
 * size of what comes back, and, over `runs` executions alternating in blocks, the Node CPU per
 * execution (driver decoding plus the conversion to plain JS), the Neo4j JVM's CPU per execution and
 * the wall time; then `runs` whole GraphQL requests (gql) for what the statement alone does not
 * explain. Throughput on a shared machine is noise; db hits, bytes and CPU per execution are what
 * this compares. --print shows the statements.
 */
interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

function options() {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string', default: '1000' },
      'data-dir': { type: 'string' },
      runs: { type: 'string', default: '200' },
      only: { type: 'string' },
      clearance: { type: 'string', default: 'RED' },
      print: { type: 'boolean', default: false },
    },
  });
  return {
    stories: Number(values.stories),
    dataDir: values['data-dir'],
    runs: Number(values.runs),
    only: values.only ? values.only.split(',') : QUERIES.map((q) => q.id),
    clearance: values.clearance!,
    print: values.print!,
  };
}

interface PlanNode {
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}
/** CPU ms of a process so far (utime + stime from /proc, USER_HZ 100); 0 off Linux or without a pid. */
function cpuMs(pid: number | undefined): number {
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) return 0;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const dbHits = (p: PlanNode): number => Number(p.dbHits ?? 0) + p.children.reduce((s, c) => s + dbHits(c), 0);

async function runOnce(driver: Driver, s: Captured, prefix = ''): Promise<{ records: Record<string, unknown>[]; summary: unknown }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run<RecordShape>(prefix + s.cypher, s.params));
    return { records: result.records.map((r) => recordToPlain(r)), summary: result.summary };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const opts = options();
  const db = await openBenchDatabase(opts.dataDir);
  try {
    const executor = new Executor(db.driver, db.database);
    const graph = await ensureGraph(executor, opts.stories, 1, () => undefined);
    const jvm = db.dataDir ? readState(db.dataDir)?.pid : undefined;
    let capturing: Captured[] | null = null;
    const read = Executor.prototype.read;
    Executor.prototype.read = function (this: Executor, cypher: string, params: Record<string, unknown> = {}) {
      capturing?.push({ cypher, params: { clearance: this.clearance, ...params } });
      return read.call(this, cypher, params) as never;
    };
    const env = { ...peerEnv(db), ANONYMOUS_ROLE: 'reader', ANONYMOUS_CLEARANCE: opts.clearance };
    const server = await startServer({
      config: { ...loadConfig(env), host: '127.0.0.1', port: 0, nodeEnv: 'production', queryStats: true, writeToken: undefined },
      driver: db.driver,
      database: db.database,
      logger: createLogger({ level: 'warn' }),
    });
    try {
      for (const q of QUERIES.filter((x) => opts.only.includes(x.id))) {
        const sg = q.request('storygraph', graph.targets);
        capturing = [];
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sg.body) });
        const body = (await res.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${q.id}: ${JSON.stringify(body.errors)}`);
        const ours = capturing;
        capturing = null;
        const peerReq = q.request('cypher', graph.targets);
        const peerParams = { ...peerReq.body };
        for (const key of ['first', 'limit']) if (typeof peerParams[key] === 'number') peerParams[key] = neo4j.int(peerParams[key] as number);
        const peer: Captured = { cypher: CYPHER[peerReq.path.slice(1)], params: peerParams };
        const all: [string, Captured][] = [...ours.map((s, i) => [`sg${i}`, s] as [string, Captured]), ['peer', peer]];
        const stats: Record<string, { hits: number; rows: number; bytes: number; cpu: number; wall: number; jvm: number }> = {};
        for (const [name, s] of all) {
          if (opts.print) console.log(`--- ${q.id} ${name}\n${s.cypher}\n${JSON.stringify(s.params)}`);
          const { summary, records } = await runOnce(db.driver, s, 'PROFILE ');
          const plan = (summary as { profile: PlanNode & { rows?: number } }).profile;
          stats[name] = { hits: dbHits(plan), rows: Number(plan.rows ?? 0), bytes: JSON.stringify(records).length, cpu: 0, wall: 0, jvm: 0 };
        }
        for (const [, s] of all) for (let i = 0; i < 20; i++) await runOnce(db.driver, s);
        // The JVM's CPU is read per block of executions (its clock ticks are 10 ms), statements alternating block by block.
        const block = 20;
        for (let i = 0; i < opts.runs; i += block) {
          for (const [name, s] of all) {
            const jvm0 = cpuMs(jvm);
            for (let k = 0; k < block; k++) {
              const cpu0 = process.cpuUsage();
              const t0 = process.hrtime.bigint();
              await runOnce(db.driver, s);
              const wall = Number(process.hrtime.bigint() - t0) / 1e6;
              const cpu = process.cpuUsage(cpu0);
              stats[name].cpu += (cpu.user + cpu.system) / 1000;
              stats[name].wall += wall;
            }
            stats[name].jvm += cpuMs(jvm) - jvm0;
          }
        }
        // The whole request through storygraph's server, for the Neo4j CPU the statement alone does not explain.
        const jvmGql = cpuMs(jvm);
        const cpuGql = process.cpuUsage();
        for (let i = 0; i < opts.runs; i++) {
          const r = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sg.body) });
          await r.arrayBuffer();
        }
        const gqlCpu = process.cpuUsage(cpuGql);
        stats.gql = { hits: 0, rows: 0, bytes: 0, cpu: (gqlCpu.user + gqlCpu.system) / 1000, wall: 0, jvm: cpuMs(jvm) - jvmGql };
        for (const [name, st] of Object.entries(stats)) {
          console.log(
            `${q.id.padEnd(14)} ${name.padEnd(5)} dbHits ${String(st.hits).padStart(7)}  rows ${String(st.rows).padStart(5)}  bytes ${String(st.bytes).padStart(7)}  node cpu ${(st.cpu / opts.runs).toFixed(3)} ms  neo4j cpu ${(st.jvm / opts.runs).toFixed(2)} ms  wall ${(st.wall / opts.runs).toFixed(3)} ms`,
          );
        }
      }
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
