import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../src/config/paths';
import { freePort } from '../src/db/embedded';
import { checkGraph } from './soak/graph-check';
import { killNeo4j, readyzBecomes, startService } from './soak/service';
import { Tally } from './soak/stats';
import { INGEST, READS, storyInput } from './soak/workload';

/**
 * npm run bench:soak [-- --seconds 60 --clients 50]: the 80/20 read/ingest mix against the built
 * service, with its embedded Neo4j killed (SIGKILL) once half way. Clients retry a write that failed
 * with a retryable code (same input: ingestStory is idempotent), as a well-behaved client would.
 * Passes when every acknowledged story is in the graph once and nothing else landed.
 */
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'TRANSIENT', 'TIMEOUT', 'NETWORK']);

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** The writers' credential: production has no anonymous writes (reads are opened to anonymous readers below). */
const WRITE_TOKEN = crypto.randomBytes(24).toString('base64url');

async function send(port: number, query: string, variables?: Record<string, unknown>): Promise<{ ms: number; code?: string }> {
  const began = Date.now();
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.length ? (body.errors[0].extensions?.code ?? `HTTP_${res.status}`) : res.ok ? undefined : `HTTP_${res.status}`;
    return { ms: Date.now() - began, code };
  } catch {
    return { ms: Date.now() - began, code: 'NETWORK' };
  }
}

async function main(): Promise<void> {
  const seconds = option('seconds', 60);
  const clients = option('clients', 50);
  const runId = crypto.randomBytes(4).toString('hex');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-soak-'));
  const dataDir = path.join(work, 'data');
  const env = {
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    QUERY_STATS: 'false',
    ANONYMOUS_ROLE: 'reader',
    API_WRITE_TOKEN: WRITE_TOKEN,
  };
  const service = await startService(env, await freePort());
  process.stderr.write(`soak ${runId}: ${clients} clients for ${seconds} s, Neo4j killed at ${seconds / 2} s\n`);

  const reads = new Tally();
  const writes = new Tally();
  const acknowledged = new Set<string>();
  let next = 0;
  let gaveUp = 0;
  const began = Date.now();
  const end = began + seconds * 1000;

  const client = async () => {
    while (Date.now() < end) {
      if (Math.random() < 0.8) {
        const r = await send(service.port, READS[Math.floor(Math.random() * READS.length)]);
        reads.record(r.ms, r.code);
        // Like any client told "unavailable, retry": back off instead of spinning on a fast refusal.
        if (r.code && RETRYABLE.has(r.code)) await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      const input = storyInput(runId, next++);
      for (let attempt = 1; ; attempt++) {
        const w = await send(service.port, INGEST, { input });
        writes.record(w.ms, w.code);
        if (!w.code) {
          acknowledged.add(input.title as string);
          break;
        }
        if (!RETRYABLE.has(w.code) || attempt === 240) {
          gaveUp += 1;
          break;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };

  const crash = (async () => {
    await new Promise((r) => setTimeout(r, (seconds / 2) * 1000));
    const at = Date.now();
    const pid = killNeo4j(dataDir);
    const detectedMs = await readyzBecomes(service.port, 503, at);
    const recoveredMs = await readyzBecomes(service.port, 200, at);
    process.stderr.write(`killed Neo4j (pid ${pid}): /readyz 503 after ${detectedMs} ms, ready again after ${recoveredMs} ms\n`);
    return { atSecond: Math.round((at - began) / 1000), pid, readyz503AfterMs: detectedMs, recoveredAfterMs: recoveredMs };
  })();

  await Promise.all(Array.from({ length: clients }, client));
  const crashed = await crash;
  const graph = await checkGraph(dataDir, runId, acknowledged);
  const exitCode = await service.stop();
  fs.rmSync(work, { recursive: true, force: true });

  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    seconds,
    clients,
    mix: '80% reads / 20% ingestStory',
    crash: crashed,
    reads: reads.summary(),
    writes: { ...writes.summary(), acknowledged: acknowledged.size, gaveUp },
    graph,
    serviceExitCode: exitCode,
    pass: graph.storiesInGraph === acknowledged.size && graph.duplicates === 0 && graph.acknowledgedMissing === 0,
  };
  fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
  fs.writeFileSync(fromRoot('bench', 'results', 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`soak: ${report.pass ? 'PASS' : 'FAIL'}
  acknowledged writes ${acknowledged.size}, stories in graph ${graph.storiesInGraph}, duplicates ${graph.duplicates}, landed unacknowledged ${graph.landedUnacknowledged}, gave up ${gaveUp}
  reads  ${report.reads.requests} (p50 ${report.reads.p50Ms} ms, p99 ${report.reads.p99Ms} ms) errors ${JSON.stringify(report.reads.errors)}
  writes ${report.writes.requests} (p50 ${report.writes.p50Ms} ms, p99 ${report.writes.p99Ms} ms) errors ${JSON.stringify(report.writes.errors)}
  crash at ${crashed.atSecond} s: /readyz 503 after ${crashed.readyz503AfterMs} ms, recovered after ${crashed.recoveredAfterMs} ms
  results: bench/results/soak.json`);
  if (!report.pass) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
