import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fromRoot } from '../src/config/paths';
import { Executor } from '../src/db/executor';
import { abuseLoop, abusiveRequests, AbuseSummary, NORMAL, send, summariseAbuse } from './abuse/requests';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';
import { LoadResult, runLoad, settle } from './suite/load';
import { cleanUpOnSignal, peerEnv, RunningPeer, startPeer, stopPeer } from './suite/peers';
import { revision } from './suite/revision';

/**
 * npm run bench:abuse -- --stories 1000 --seconds 10 --connections 10 [--data-dir D]
 * Issue 9's acceptance line "the abusive requests in 1 and 2 are refused in under 50 ms and a
 * concurrent normal query is unaffected": storygraph (production config) on the generated graph;
 * the normal query alone (baseline), then the same load while one client sends one kind of abusive
 * operation back to back, per kind, then the baseline again (the machine may drift). Writes
 * bench/results/abuse.json; exit code 1 when any abusive request got data instead of a refusal.
 */
const log = (line: string) => console.error(line);
const REFUSAL_BUDGET_MS = 50;

function options() {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
    },
  });
  const num = (name: 'stories' | 'seconds' | 'connections' | 'seed', min: number) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min} (got "${values[name]}")`);
    return n;
  };
  return { stories: num('stories', 100), seconds: num('seconds', 1), connections: num('connections', 1), seed: num('seed', 0), dataDir: values['data-dir'] };
}

interface Phase {
  phase: string;
  normal: LoadResult;
  abuse?: { kind: string; issueCase: string; title: string; bodyBytes: number } & AbuseSummary;
}

async function main(): Promise<void> {
  const opts = options();
  const db = await openBenchDatabase(opts.dataDir);
  let peer: RunningPeer | undefined;
  const cleanup = async () => {
    if (peer) await stopPeer(peer);
    await db.close();
  };
  cleanUpOnSignal(cleanup);
  try {
    log(`neo4j: ${db.description}`);
    const executor = new Executor(db.driver, db.database);
    const graph = await ensureGraph(executor, opts.stories, opts.seed, log);
    log(`graph: ${JSON.stringify(graph.counts)}`);
    peer = await startPeer('storygraph', peerEnv(db));
    const base = peer.base;
    log(`storygraph: ${base}`);
    const abuses = abusiveRequests(graph.targets.storyId);

    // The normal query must answer with data, or its "errors" column means nothing.
    const first = await send(base, NORMAL.request);
    log(`check normal: HTTP ${first.status}, ${first.code}, ${first.bytes} bytes, ${Math.round(first.ms)} ms`);
    if (!first.gotData || first.code !== 'NONE') throw new Error(`the normal query did not answer with data: ${JSON.stringify(first)}`);

    // Each abusive operation alone, a few times: the refusal latency with nothing else running.
    const alone: Record<string, AbuseSummary> = {};
    for (const a of abuses) {
      const answers = [];
      const until = Date.now() + 3000;
      while (answers.length < 20 && (answers.length === 0 || Date.now() < until)) answers.push(await send(base, a.request));
      alone[a.kind] = summariseAbuse(answers);
      log(`alone ${a.kind}: ${JSON.stringify(alone[a.kind])}`);
    }

    const warmup = Math.min(2, opts.seconds);
    log(`warm-up: ${warmup} s of the normal query`);
    await settle(await runLoad(base, NORMAL.request, warmup, opts.connections), warmup);

    const phases: Phase[] = [];
    const measureBaseline = async (phase: string) => {
      const normal = await runLoad(base, NORMAL.request, opts.seconds, opts.connections);
      await settle(normal, opts.seconds);
      phases.push({ phase, normal });
      log(`${phase}: normal ${normal.requestsPerSecond} req/s, p50 ${normal.p50} ms, p99 ${normal.p99} ms, ${normal.errors} errors`);
    };
    await measureBaseline('baseline (before)');
    for (const a of abuses) {
      const loop = abuseLoop(base, a.request);
      const normal = await runLoad(base, NORMAL.request, opts.seconds, opts.connections);
      loop.stop();
      const summary = summariseAbuse(await loop.done);
      await settle(normal, opts.seconds);
      phases.push({
        phase: `with ${a.kind}`,
        normal,
        abuse: { kind: a.kind, issueCase: a.issueCase, title: a.title, bodyBytes: Buffer.byteLength(JSON.stringify(a.request.body)), ...summary },
      });
      log(
        `with ${a.kind}: normal ${normal.requestsPerSecond} req/s, p50 ${normal.p50} ms, p99 ${normal.p99} ms, ${normal.errors} errors; ` +
          `abuse ${summary.requests} sent, p50 ${summary.p50} / p99 ${summary.p99} / max ${summary.max} ms, ${JSON.stringify(summary.codes)}, data ${summary.gotData}`,
      );
    }
    await measureBaseline('baseline (after)');

    const ready = await fetch(`${base}/readyz`)
      .then((r) => r.status)
      .catch(() => 0);
    log(`readyz after the run: ${ready}`);

    const baseline = phases.filter((p) => !p.abuse).map((p) => p.normal);
    const baseRps = Math.max(...baseline.map((b) => b.requestsPerSecond));
    const baseP99 = Math.min(...baseline.map((b) => b.p99));
    const withAbuse = phases.filter((p) => p.abuse);
    const gotData = withAbuse.reduce((s, p) => s + p.abuse!.gotData, 0) + Object.values(alone).reduce((s, a) => s + a.gotData, 0);
    const verdict = {
      allRefused: gotData === 0,
      answersWithData: gotData,
      refusedWithin50msAtP99: Object.fromEntries(withAbuse.map((p) => [p.abuse!.kind, p.abuse!.p99 < REFUSAL_BUDGET_MS])),
      normalUnderAbuse: Object.fromEntries(
        withAbuse.map((p) => [
          p.abuse!.kind,
          {
            reqPerSecondVsBestBaseline: Math.round((p.normal.requestsPerSecond / baseRps) * 100) / 100,
            p99VsBestBaseline: Math.round((p.normal.p99 / baseP99) * 100) / 100,
            errors: p.normal.errors,
          },
        ]),
      ),
    };

    const output = {
      date: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
      },
      node: process.version,
      commit: revision(),
      neo4j: db.description,
      graph: { stories: opts.stories, seed: opts.seed, counts: graph.counts, storyId: graph.targets.storyId },
      settings: {
        seconds: opts.seconds,
        connections: opts.connections,
        warmupSeconds: warmup,
        service: 'bench/peers/storygraph-server (production, query stats on), own Node process on the same Neo4j',
        normal: NORMAL.title,
        abuseClient: 'one client in the benchmark process, one request at a time, back to back; latency from send to full body read',
        refusalBudgetMs: REFUSAL_BUDGET_MS,
      },
      normalQuery: NORMAL.request.body,
      abusive: abuses.map((a) => ({ kind: a.kind, issueCase: a.issueCase, title: a.title, bodyBytes: Buffer.byteLength(JSON.stringify(a.request.body)) })),
      results: { alone, phases, readyzAfter: ready },
      verdict,
    };
    const file = fromRoot('bench', 'results', 'abuse.json');
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);

    console.log(
      `\n${opts.stories} stories, ${opts.seconds} s per phase, ${opts.connections} connections of the normal query; ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    console.log(markdown(phases));
    console.log(`\nalone (no load): ${abuses.map((a) => `${a.kind} p50 ${alone[a.kind].p50} / max ${alone[a.kind].max} ms`).join('; ')}`);
    console.log(`\nwritten to ${file}`);
    if (gotData > 0) {
      console.error(`FAIL: ${gotData} abusive request(s) got data instead of a refusal`);
      process.exitCode = 1;
    }
  } finally {
    await cleanup();
  }
}

function markdown(phases: Phase[]): string {
  const rows = [
    '| phase | normal req/s | normal p50 / p99 ms | normal errors | abusive sent | refusal p50 / p99 / max ms | answer | got data |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const p of phases) {
    const a = p.abuse;
    rows.push(
      `| ${p.phase} | ${p.normal.requestsPerSecond} | ${p.normal.p50} / ${p.normal.p99} | ${p.normal.errors} | ${a ? a.requests : ''} | ${a ? `${a.p50} / ${a.p99} / ${a.max}` : ''} | ${
        a
          ? Object.entries(a.codes)
              .map(([c, n]) => `${c} ×${n}`)
              .join(', ')
          : ''
      } | ${a ? a.gotData : ''} |`,
    );
  }
  return rows.join('\n');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
