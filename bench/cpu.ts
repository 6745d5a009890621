import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { fromRoot } from '../src/config/paths';
import { Executor } from '../src/db/executor';
import { readState } from '../src/db/embedded-state';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';
import { askOnce, runLoad } from './suite/load';
import { busyShare, eventLoop, peerGroup, RunningPeer, startSystems } from './suite/peers';
import { QUERIES, SystemName, SYSTEMS } from './suite/query-set';
import { revision } from './suite/revision';
import { queryBenchOptions } from './suite/options';
// Of two rounds, the mean: picking the upper one let one disturbed round decide (search at 10k: 3.06 and 0.98 ms gave 3.06).
import { median } from './suite/report';

/**
 * npm run bench:cpu -- --stories 10000 --data-dir D [--seconds 5] [--rounds 3] [--only Q2,search]
 * CPU time per answered request, per system and query: the system's own Node process and the Neo4j
 * JVM they share, read from /proc before and after each measurement. Unlike requests per second,
 * CPU time per request hardly moves when other work shares the machine, so this is the figure to
 * compare while others run. Same graph, peers and interleaving as bench:queries. Beside it, the share of
 * the wall time each system's event loop was busy: a system whose loop is near 100% while the machine
 * has CPU to spare is held back by its one Node thread, and then its Node ms per request, not the
 * sum with Neo4j's, sets its requests per second.
 * Writes bench/results/cpu-<stories>.json.
 */
const log = (line: string) => console.error(line);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function cpuMs(pid: number): number {
  // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

interface Sample {
  requests: number;
  nodeMs: number;
  neo4jMs: number;
  /** Share of the measurement's wall time the system's event loop was busy (0..1). */
  eventLoopBusy: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const opts = queryBenchOptions();
  if (!fs.existsSync('/proc/self/stat')) throw new Error('bench:cpu reads /proc and runs on Linux only');
  const queries = QUERIES.filter((q) => opts.only.includes(q.id));
  const db = await openBenchDatabase(opts.dataDir);
  const { peers, cleanup } = peerGroup(db);
  try {
    const jvm = db.dataDir ? readState(db.dataDir)?.pid : undefined;
    if (!jvm) log('neo4j: not the embedded instance, its CPU is not measured');
    const graph = await ensureGraph(new Executor(db.driver, db.database), opts.stories, opts.seed, log);
    await startSystems(db, peers, log);
    const peer = (s: SystemName) => peers.find((p) => p.system === s)!;

    const samples: Record<string, Partial<Record<SystemName, Sample[]>>> = {};
    for (const q of queries)
      for (const s of SYSTEMS) {
        const { status, body } = await askOnce(peer(s).base, q.request(s, graph.targets));
        if (status !== 200 || body.errors || body.error) throw new Error(`${q.id} on ${s}: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
        await runLoad(peer(s).base, q.request(s, graph.targets), Math.max(1, opts.warmup), opts.connections); // warm-up, not recorded
      }
    for (let round = 0; round < opts.rounds; round++)
      for (const q of queries)
        for (let k = 0; k < SYSTEMS.length; k++) {
          const s = SYSTEMS[(k + round) % SYSTEMS.length];
          const pid = peer(s).child.pid!;
          const [node0, jvm0, loop0] = [cpuMs(pid), jvm ? cpuMs(jvm) : 0, await eventLoop(peer(s))];
          const r = await runLoad(peer(s).base, q.request(s, graph.targets), opts.seconds, opts.connections);
          const loop1 = await eventLoop(peer(s));
          await new Promise((resolve) => setTimeout(resolve, Math.min(5000, Math.max(200, r.maxLatency))));
          const sample = {
            requests: r.requests,
            nodeMs: cpuMs(pid) - node0,
            neo4jMs: jvm ? cpuMs(jvm) - jvm0 : 0,
            eventLoopBusy: round2(busyShare(loop0, loop1)),
          };
          ((samples[q.id] ??= {})[s] ??= []).push(sample);
          log(
            `round ${round + 1}/${opts.rounds} ${q.id} ${s}: ${r.requests} requests, node ${(sample.nodeMs / r.requests).toFixed(3)} ms/request, neo4j ${(sample.neo4jMs / r.requests).toFixed(3)} ms/request, event loop busy ${Math.round(sample.eventLoopBusy * 100)}%`,
          );
        }

    // The floor of the GraphQL stack: a request that reads nothing (Express, helmet, limits, Apollo, log, metrics).
    const floor = await measureFloor(peer('storygraph'), opts);
    log(`storygraph { __typename }: node ${floor} ms/request`);

    const results = Object.fromEntries(
      queries.map((q) => [
        q.id,
        Object.fromEntries(
          SYSTEMS.map((s) => {
            const xs = samples[q.id][s]!;
            return [
              s,
              {
                nodeMsPerRequest: round2(median(xs.map((x) => x.nodeMs / x.requests))),
                neo4jMsPerRequest: round2(median(xs.map((x) => x.neo4jMs / x.requests))),
                eventLoopBusy: median(xs.map((x) => x.eventLoopBusy)),
                rounds: xs,
              },
            ];
          }),
        ),
      ]),
    );
    const file = fromRoot('bench', 'results', `cpu-${opts.stories}.json`);
    fs.writeFileSync(
      file,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: `${os.cpus().length} cores, load average at end ${os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}`,
          node: process.version,
          storygraph: revision(),
          settings: { ...opts, statistic: 'median over rounds of CPU ms / requests answered' },
          storygraphTypenameNodeMsPerRequest: floor,
          results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(
      '\n| query | storygraph node | NGL node | Cypher peer node | storygraph neo4j | NGL neo4j | Cypher peer neo4j | event loop busy (sg / NGL / Cypher) |\n|---|---|---|---|---|---|---|---|',
    );
    for (const q of queries) {
      const r = results[q.id] as unknown as Record<SystemName, { nodeMsPerRequest: number; neo4jMsPerRequest: number; eventLoopBusy: number }>;
      console.log(
        `| ${q.id} | ${SYSTEMS.map((s) => r[s].nodeMsPerRequest).join(' | ')} | ${SYSTEMS.map((s) => r[s].neo4jMsPerRequest).join(' | ')} | ${SYSTEMS.map((s) => `${Math.round(r[s].eventLoopBusy * 100)}%`).join(' / ')} |`,
      );
    }
    console.log(`\nstorygraph answering { __typename } (no database): node ${floor} ms/request`);
    console.log(`\nCPU ms per request (medians over rounds); written to ${file}`);
  } finally {
    await cleanup();
  }
}

async function measureFloor(storygraph: RunningPeer, opts: { seconds: number; rounds: number; connections: number }): Promise<number> {
  const request = { path: '/graphql', body: { query: '{ __typename }' } };
  const pid = storygraph.child.pid!;
  await runLoad(storygraph.base, request, 1, opts.connections);
  const perRequest: number[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    const before = cpuMs(pid);
    const r = await runLoad(storygraph.base, request, opts.seconds, opts.connections);
    await new Promise((resolve) => setTimeout(resolve, 200));
    perRequest.push((cpuMs(pid) - before) / r.requests);
  }
  return round2(median(perRequest));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
