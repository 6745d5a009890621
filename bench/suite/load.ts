import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { Request } from './query-set';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and 2xx answers carrying GraphQL `errors`. */
  errors: number;
  /** Slowest answer (ms); requests still running at the end may take as long again. */
  maxLatency: number;
}

/** The Neo4j a run measures, for `settle` to watch. */
export interface Neo4jTarget {
  driver: Driver;
  database: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Transactions Neo4j is running, except the one asking. */
async function running(neo4j: Neo4jTarget): Promise<string[]> {
  const { records } = await neo4j.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId`,
    {},
    { database: neo4j.database },
  );
  return records.map((r) => r.get('transactionId') as string);
}

/**
 * Requests still in flight when a measurement ends keep the server and Neo4j busy after the
 * client has gone; waiting for them keeps that work out of the next measurement. With `neo4j`, the
 * wait ends as soon as Neo4j runs nothing, and statements still running when it is over (a peer's
 * query that outlasts its measurement: at 100k stories the library's Q1 runs for minutes, a
 * client long gone) are terminated, so they cannot slow down the next system's measurement.
 * Returns how many were terminated.
 */
export async function settle(result: LoadResult, seconds: number, neo4j?: Neo4jTarget): Promise<number> {
  const ms = result.requests ? Math.min(30000, Math.max(500, result.maxLatency)) : Math.min(30000, seconds * 1000);
  if (!neo4j) return sleep(ms).then(() => 0);
  const deadline = Date.now() + ms;
  for (;;) {
    const ids = await running(neo4j);
    if (!ids.length) return 0;
    if (Date.now() >= deadline) {
      await neo4j.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: neo4j.database });
      return ids.length;
    }
    await sleep(200);
  }
}

/** `connections` clients send the same request back to back for `seconds`; latencies in ms. */
export async function runLoad(baseUrl: string, request: Request, seconds: number, connections: number): Promise<LoadResult> {
  let answerErrors = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 120,
    requests: [
      {
        method: 'POST',
        path: request.path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request.body),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors":')) answerErrors += 1;
        },
      },
    ],
  });
  const completed = result.requests.total;
  return {
    requestsPerSecond: Math.round((completed / result.duration) * 100) / 100,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: completed,
    errors: result.errors + result.timeouts + result.non2xx + answerErrors,
    maxLatency: result.latency.max,
  };
}

/** One request, its parsed body and (for storygraph) the Cypher round trips it reported. */
export async function askOnce(baseUrl: string, request: Request): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  const res = await fetch(baseUrl + request.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text.slice(0, 300) }] };
  }
  return { status: res.status, body, ms: Date.now() - started };
}
