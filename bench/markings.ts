import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fromRoot } from '../src/config/paths';
import { Executor } from '../src/db/executor';
import { Tlp } from '../src/modules/shared/tlp';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';
import { applyMarkings } from './graph/markings';
import { askOnce, LoadResult, runLoad, settle } from './suite/load';
import { peerEnv, peerGroup, startPeer } from './suite/peers';
import { machine, revision } from './suite/revision';
import { QUERIES, Request, Targets } from './suite/query-set';
import { summarise } from './suite/report';

/**
 * npm run bench:markings -- --stories 10000 --seconds 5 --rounds 3 --connections 10 [--warmup S] [--data-dir D]
 * The cost of enforcing markings: the same queries asked of two storygraph processes on one marked
 * graph, one reading as RED (sees everything: the count-store shortcuts apply) and one as AMBER
 * (a fifth of the stories and every twentieth source, with what inherits from them, hidden), in
 * interleaved rounds. Target: AMBER at most 20% slower (throughput ratio >= 0.83).
 * Writes bench/results/markings-<stories>.json.
 */
const log = (line: string) => console.error(line);
const gql = (query: string): Request => ({ path: '/graphql', body: { query, variables: {} } });

/** The query benchmark's storygraph requests, and the lists whose totals lose their count-store shortcut below RED. */
const CASES: { id: string; title: string; request: (t: Targets) => Request }[] = [
  ...QUERIES.map((q) => ({ id: q.id, title: q.title, request: (t: Targets) => q.request('storygraph', t) })),
  { id: 'L1', title: 'claims, first 20 + totalCount, no filter', request: () => gql('{ claims(first: 20) { totalCount edges { node { id text } } } }') },
  {
    id: 'L2',
    title: 'stories, first 20 with their claims + totalCount, no filter',
    request: () => gql('{ stories(first: 20) { totalCount edges { node { id title claims { id } } } } }'),
  },
  { id: 'S1', title: 'search over every type, first 20', request: () => gql('{ search(query: "Russian embassy Mexico", first: 20) { id score } }') },
  { id: 'A1', title: 'analytics counts, no filter', request: () => gql('{ analytics { counts { stories claims sources topics countries } } }') },
];
const IDENTITIES = [Tlp.RED, Tlp.AMBER] as const;

function options() {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
    },
  });
  const num = (name: keyof typeof values, min: number) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min} (got "${values[name]}")`);
    return n;
  };
  const seconds = num('seconds', 1);
  return {
    stories: num('stories', 100),
    seconds,
    rounds: num('rounds', 1),
    connections: num('connections', 1),
    seed: num('seed', 0),
    // As bench:queries: without it the first identity measured in round 1 pays for the JIT and plan caches.
    warmup: values.warmup !== undefined ? num('warmup', 0) : Math.min(2, seconds),
    dataDir: values['data-dir'],
  };
}

async function main(): Promise<void> {
  const opts = options();
  const db = await openBenchDatabase(opts.dataDir);
  const { peers, cleanup } = peerGroup(db);
  try {
    log(`neo4j: ${db.description}`);
    const executor = new Executor(db.driver, db.database);
    const graph = await ensureGraph(executor, opts.stories, opts.seed, log);
    const markings = await applyMarkings(executor);
    log(`markings (effective): ${JSON.stringify(markings)}`);

    // Two storygraph processes on the same database; anonymous requests read as the given clearance.
    const baseEnv = peerEnv(db);
    for (const clearance of IDENTITIES) {
      peers.push(await startPeer('storygraph', { ...baseEnv, ANONYMOUS_ROLE: 'reader', ANONYMOUS_CLEARANCE: clearance }));
      log(`${clearance}: ${peers[peers.length - 1].base}`);
    }

    const answers: Record<string, Record<string, unknown>> = {};
    for (const c of CASES) {
      for (const [i, clearance] of IDENTITIES.entries()) {
        const { status, body, ms } = await askOnce(peers[i].base, c.request(graph.targets));
        const summary =
          status === 200 && !body.errors ? JSON.stringify(body.data).slice(0, 160) : `error: ${JSON.stringify(body.errors ?? status).slice(0, 300)}`;
        (answers[c.id] ??= {})[clearance] = { ms, roundTrips: body.extensions?.queryStats?.cypherRoundTrips ?? null, answer: summary };
        log(`check ${c.id} ${clearance}: ${summary} (${ms} ms)`);
      }
    }

    if (opts.warmup > 0) {
      log(`warm-up: ${opts.warmup} s per query and identity`);
      for (const c of CASES)
        for (const peer of peers) await settle(await runLoad(peer.base, c.request(graph.targets), opts.warmup, opts.connections), opts.warmup, db);
    }

    const measured: Record<string, Record<string, LoadResult[]>> = {};
    for (let round = 0; round < opts.rounds; round++) {
      for (const c of CASES) {
        for (let k = 0; k < IDENTITIES.length; k++) {
          const i = (k + round) % IDENTITIES.length;
          const r = await runLoad(peers[i].base, c.request(graph.targets), opts.seconds, opts.connections);
          ((measured[c.id] ??= {})[IDENTITIES[i]] ??= []).push(r);
          await settle(r, opts.seconds, db);
          log(`round ${round + 1}/${opts.rounds} ${c.id} ${IDENTITIES[i]}: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors`);
        }
      }
    }
    const results = Object.fromEntries(
      CASES.map((c) => {
        const red = summarise(measured[c.id][Tlp.RED]);
        const amber = summarise(measured[c.id][Tlp.AMBER]);
        const ratio = red.requestsPerSecond ? Math.round((amber.requestsPerSecond / red.requestsPerSecond) * 100) / 100 : null;
        return [
          c.id,
          {
            RED: red,
            AMBER: amber,
            throughputAmberVsRed: ratio,
            p50AmberVsRed: red.p50 ? Math.round((amber.p50 / red.p50) * 100) / 100 : null,
            meetsTarget: ratio === null ? null : ratio >= 1 / 1.2,
          },
        ];
      }),
    );
    const output = {
      date: new Date().toISOString(),
      machine: machine(),
      node: process.version,
      storygraph: revision(),
      neo4j: db.description,
      graph: { stories: opts.stories, seed: opts.seed, counts: graph.counts, markings },
      settings: {
        seconds: opts.seconds,
        rounds: opts.rounds,
        warmupSeconds: opts.warmup,
        connections: opts.connections,
        statistic: 'median over rounds',
        target: 'AMBER throughput >= RED / 1.2',
      },
      queries: Object.fromEntries(CASES.map((c) => [c.id, c.title])),
      check: answers,
      results,
    };
    const file = fromRoot('bench', 'results', `markings-${opts.stories}.json`);
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
    console.log(
      `\n${opts.stories} stories, ${opts.rounds} rounds × ${opts.seconds} s, ${opts.connections} connections; req/s (p50 / p99 ms), medians over rounds\n`,
    );
    console.log('| query | RED (sees all) | AMBER | AMBER/RED req/s | within 20% |\n|---|---|---|---|---|');
    for (const c of CASES) {
      const r = results[c.id];
      const cell = (x: LoadResult) => `${x.requestsPerSecond} (${x.p50} / ${x.p99})${x.errors ? `, ${x.errors} err` : ''}`;
      console.log(
        `| ${c.id} | ${cell(r.RED)} | ${cell(r.AMBER)} | ${r.throughputAmberVsRed ?? 'n/a'}× | ${r.meetsTarget === null ? 'n/a' : r.meetsTarget ? 'yes' : 'no'} |`,
      );
    }
    console.log(`\nwritten to ${file}`);
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
