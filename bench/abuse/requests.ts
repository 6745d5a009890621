/**
 * The normal query and the abusive operations of issue 9 (cases 1 and 2), and how an answer to
 * an abusive operation is classified: refused (errors, no data) or answered with data.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Request } from '../suite/query-set';

const gql = (query: string, variables: Record<string, unknown> = {}): Request => ({ path: '/graphql', body: { query, variables } });

/** What a newsroom client asks all day: claims about RU and MX, first page. */
export const NORMAL: { title: string; request: Request } = {
  title: 'claims about RU and MX, first 20 + totalCount, id and text',
  request: gql('query Normal($codes: [String!]!) { claims(filter: { aboutCountries: $codes }, first: 20) { totalCount edges { node { id text } } } }', {
    codes: ['RU', 'MX'],
  }),
};

export type AbuseKind = 'neighborhood100' | 'nestedClaims' | 'story250' | 'story1500';

export interface Abuse {
  kind: AbuseKind;
  issueCase: string;
  title: string;
  request: Request;
}

const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`)
    .join('\n')
    .concat('\n');

export function abusiveRequests(storyId: string): Abuse[] {
  const story = `story(id: ${JSON.stringify(storyId)}) { claims { text } }`;
  return [
    {
      kind: 'neighborhood100',
      issueCase: '1',
      title: '100 aliases of neighborhood(id:"country:MX", depth:3, limit:500){ nodes { id } }',
      request: gql(`{\n${aliases(100, 'neighborhood(id: "country:MX", depth: 3, limit: 500) { nodes { id } }')}}`),
    },
    {
      kind: 'nestedClaims',
      issueCase: '2',
      title: 'claims(first:100) > about > claims(first:100) > about > claims(first:100)',
      request: gql(
        '{ claims(first: 100) { edges { node { about { claims(first: 100) { edges { node { about { claims(first: 100) { edges { node { id } } } } } } } } } } } }',
      ),
    },
    { kind: 'story250', issueCase: '2', title: `250 aliases of story(id) { claims { text } }`, request: gql(`{\n${aliases(250, story)}}`) },
    { kind: 'story1500', issueCase: '2', title: `1,500 aliases of story(id) { claims { text } }`, request: gql(`{\n${aliases(1500, story)}}`) },
  ];
}

export interface AbuseAnswer {
  ms: number;
  status: number;
  bytes: number;
  /** extensions.code of the first error, "NETWORK" when no answer came, "NONE" when there was no error. */
  code: string;
  limit?: string;
  message?: string;
  /** The answer carried data (a non-null `data` with at least one non-null field): not a refusal. */
  gotData: boolean;
}

/** Sends one request and reads the whole answer; latency is client-side, request sent to body read. */
export async function send(baseUrl: string, request: Request, timeoutMs = 120000): Promise<AbuseAnswer> {
  const started = performance.now();
  try {
    const res = await fetch(baseUrl + request.path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const error = body?.errors?.[0] ?? body?.error;
    const data = body?.data;
    const gotData = data !== null && typeof data === 'object' && Object.values(data).some((v) => v !== null);
    return {
      ms,
      status: res.status,
      bytes: Buffer.byteLength(text),
      code: error ? String(error.extensions?.code ?? error.code ?? 'UNCODED') : body ? 'NONE' : `NOT_JSON`,
      limit: error?.extensions?.limit,
      message: error ? String(error.message ?? '').slice(0, 300) : body ? undefined : text.slice(0, 300),
      gotData,
    };
  } catch (err) {
    return { ms: performance.now() - started, status: 0, bytes: 0, code: 'NETWORK', message: String(err).slice(0, 300), gotData: false };
  }
}

/**
 * Sends `request` back to back, one at a time, from a worker thread (probe-worker.ts) until
 * `stop()`; `done` gives every answer.
 */
export function abuseLoop(baseUrl: string, request: Request): { done: Promise<AbuseAnswer[]>; stop: () => void } {
  const worker = new Worker(path.join(__dirname, 'probe-worker.js'), { workerData: { baseUrl, request } });
  const done = new Promise<AbuseAnswer[]>((resolve, reject) => {
    worker.once('message', (answers: AbuseAnswer[]) => void worker.terminate().then(() => resolve(answers)));
    worker.once('error', reject);
  });
  return { done, stop: () => worker.postMessage('stop') };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export interface AbuseSummary {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Count of each error code (with the limit it named) among the answers. */
  codes: Record<string, number>;
  statuses: Record<string, number>;
  gotData: number;
  meanBytes: number;
  example?: string;
}

export function summariseAbuse(answers: AbuseAnswer[]): AbuseSummary {
  const ms = answers.map((a) => a.ms).sort((x, y) => x - y);
  const round = (n: number) => Math.round(n * 10) / 10;
  const count = (keys: string[]) => keys.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
  return {
    requests: answers.length,
    p50: round(percentile(ms, 50)),
    p99: round(percentile(ms, 99)),
    max: round(ms[ms.length - 1] ?? NaN),
    codes: count(answers.map((a) => (a.limit ? `${a.code} (${a.limit})` : a.code))),
    statuses: count(answers.map((a) => String(a.status))),
    gotData: answers.filter((a) => a.gotData).length,
    meanBytes: answers.length ? Math.round(answers.reduce((s, a) => s + a.bytes, 0) / answers.length) : 0,
    example: answers.find((a) => a.message)?.message,
  };
}
