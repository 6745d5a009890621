import 'reflect-metadata';
import fs from 'node:fs';
import { fromRoot } from '../src/config/paths';
import { Executor } from '../src/db/executor';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';
import { askOnce, LoadResult, runLoad, settle } from './suite/load';
import { peerGroup, startSystems } from './suite/peers';
import { machine, revision } from './suite/revision';
import { Answer, QUERIES, SystemName, SYSTEMS } from './suite/query-set';
import { markdownTable, ratios, Results, summarise } from './suite/report';
import { queryBenchOptions } from './suite/options';

/**
 * npm run bench:queries -- --stories 10000 --seconds 5 --rounds 3 --connections 10 [--data-dir D] [--only Q1,Q2]
 * Generates (or reuses) the graph, starts storygraph, the Neo4j GraphQL Library peer and the
 * hand-written Cypher peer on the same Neo4j, checks that they answer alike, then measures each
 * query on each system in interleaved rounds. Writes bench/results/queries-<stories>.json.
 */
const log = (line: string) => console.error(line);

function sameAnswer(a: Answer, b: Answer): boolean {
  return a.total === b.total && JSON.stringify(a.ids) === JSON.stringify(b.ids);
}

async function main(): Promise<void> {
  const opts = queryBenchOptions();
  const queries = QUERIES.filter((q) => opts.only.includes(q.id));
  const db = await openBenchDatabase(opts.dataDir);
  const { peers, cleanup } = peerGroup(db);
  try {
    log(`neo4j: ${db.description}`);
    const executor = new Executor(db.driver, db.database);
    const graph = await ensureGraph(executor, opts.stories, opts.seed, log);
    log(`graph: ${JSON.stringify(graph.counts)}`);
    const [{ version }] = await executor.read<{ version: string }>(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
    );

    await startSystems(db, peers, log);
    const peer = (s: SystemName) => peers.find((p) => p.system === s)!;

    // 1. Same question, same answer? Mismatches are printed and recorded, never hidden.
    const results: Results = {};
    const check: Record<string, unknown> = {};
    for (const q of queries) {
      const answers: Partial<Record<SystemName, Answer | { error: string }>> = {};
      let roundTrips: number | null = null;
      for (const s of SYSTEMS) {
        const { status, body, ms } = await askOnce(peer(s).base, q.request(s, graph.targets));
        if (status !== 200 || body.errors || body.error) {
          answers[s] = { error: `HTTP ${status}: ${JSON.stringify(body.errors ?? body.error).slice(0, 400)}` };
        } else {
          try {
            answers[s] = q.answer(s, body.data);
          } catch (err) {
            answers[s] = { error: `unexpected answer shape: ${(err as Error).message}` };
          }
        }
        if (s === 'storygraph') roundTrips = body.extensions?.queryStats?.cypherRoundTrips ?? null;
        log(
          `check ${q.id} ${s}: ${'error' in answers[s]! ? (answers[s] as { error: string }).error : `total ${(answers[s] as Answer).total}, ${(answers[s] as Answer).ids.length} ids`} (${ms} ms)`,
        );
      }
      const reference = answers.cypher;
      const agree = SYSTEMS.every(
        (s) => reference && !('error' in reference) && answers[s] && !('error' in answers[s]!) && sameAnswer(answers[s] as Answer, reference),
      );
      if (!agree) log(`MISMATCH ${q.id}: ${JSON.stringify(answers).slice(0, 1500)}`);
      results[q.id] = { roundTrips, agree };
      check[q.id] = { agree, answers };
    }

    // 2. Warm-up (not recorded), then interleaved rounds: every query on every system once per round,
    // the order of the systems rotating so none is always first after a switch.
    if (opts.warmup > 0) {
      log(`warm-up: ${opts.warmup} s per query and system`);
      for (const q of queries)
        for (const s of SYSTEMS) await settle(await runLoad(peer(s).base, q.request(s, graph.targets), opts.warmup, opts.connections), opts.warmup, db);
    }
    const measured: Record<string, Partial<Record<SystemName, LoadResult[]>>> = {};
    for (let round = 0; round < opts.rounds; round++) {
      for (const q of queries) {
        for (let k = 0; k < SYSTEMS.length; k++) {
          const s = SYSTEMS[(k + round) % SYSTEMS.length];
          const r = await runLoad(peer(s).base, q.request(s, graph.targets), opts.seconds, opts.connections);
          ((measured[q.id] ??= {})[s] ??= []).push(r);
          const terminated = await settle(r, opts.seconds, db);
          log(
            `round ${round + 1}/${opts.rounds} ${q.id} ${s}: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors` +
              (terminated ? `; ${terminated} of its statements still running in Neo4j afterwards were terminated` : ''),
          );
        }
      }
    }
    for (const q of queries) for (const s of SYSTEMS) results[q.id][s] = summarise(measured[q.id][s]!);

    const file = fromRoot('bench', 'results', `queries-${opts.stories}.json`);
    const output = {
      date: new Date().toISOString(),
      machine: machine(),
      node: process.version,
      storygraph: revision(),
      neo4j: { version, setup: db.description },
      graph: { stories: opts.stories, seed: opts.seed, counts: graph.counts, targets: graph.targets },
      settings: {
        seconds: opts.seconds,
        rounds: opts.rounds,
        connections: opts.connections,
        warmupSeconds: opts.warmup,
        statistic: 'median over rounds',
        pairedStatistic: "ratios.paired*: median over rounds of storygraph's req/s in round i / the peer's in round i",
      },
      queries: Object.fromEntries(queries.map((q) => [q.id, q.title])),
      check,
      results,
      ratios: ratios(results),
    };
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
    console.log(
      `\n${opts.stories} stories, ${opts.rounds} rounds × ${opts.seconds} s, ${opts.connections} connections; req/s (p50 / p99), medians over rounds\n`,
    );
    console.log(markdownTable(results));
    console.log(`\nwritten to ${file}`);
    printScaling();
  } finally {
    await cleanup();
  }
}

/** Q1's storygraph median latency across the result files present (target: 100k at most 1.5× 1k). */
function printScaling(): void {
  const dir = fromRoot('bench', 'results');
  const rows = fs
    .readdirSync(dir)
    .filter((f) => /^queries-\d+\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8')))
    .filter((r) => r.results?.Q1?.storygraph)
    .sort((a, b) => a.graph.stories - b.graph.stories);
  if (rows.length < 2) return;
  console.log('\nQ1 storygraph p50 by graph size: ' + rows.map((r) => `${r.graph.stories} stories ${r.results.Q1.storygraph.p50} ms`).join(', '));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
