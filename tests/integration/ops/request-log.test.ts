import { ChildProcess, spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { fromRoot } from '../../../src/config/paths';
import { createDriver } from '../../../src/db/driver';
import { freePort } from '../../../src/db/embedded';
import { createLogger } from '../../../src/logger';
import { Role } from '../../../src/modules/identity/identity.roles';
import { startServer } from '../../../src/server';
import { database } from '../../support/app';

/** Collects what a logger writes, one parsed object per line (a line that is not JSON fails the parse). */
function logSink(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const lines = () =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, lines };
}

describe('request log', () => {
  it('writes one JSON line per request to /graphql: operation, outcome, duration, round trips', async () => {
    const sink = logSink();
    const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    const server = await startServer({
      config: { host: '127.0.0.1', port: 0, nodeEnv: 'test', queryStats: true, writeToken: undefined, metrics: false, auth: { anonymousRole: Role.reader } },
      driver,
      database: database(),
      logger: createLogger({ level: 'info', destination: sink.stream }),
    });
    const post = (body: Record<string, unknown>) =>
      fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    try {
      await post({ query: 'query LogStories { stories(first: 1) { totalCount } }' });
      await post({ query: 'query LogBadPage { stories(first: -1) { totalCount } }', operationName: 'LogBadPage' });
      await post({ query: '{ storiez }' });
      // Refused before Apollo runs anything: still one line, with the code the client got.
      await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-known-key' },
        body: JSON.stringify({ query: 'query LogNoKey { stories(first: 1) { totalCount } }', operationName: 'LogNoKey' }),
      });
      await post({ query: 'x'.repeat(3 * 1024 * 1024) });
    } finally {
      await server.stop();
      await driver.close();
    }
    const requests = sink.lines().filter((l) => l.message === 'graphql request');
    expect(requests).toHaveLength(5);
    expect(requests[0]).toMatchObject({
      level: 'info',
      operation: 'LogStories',
      operationType: 'query',
      outcome: 'ok',
      cypherRoundTrips: 1,
      identity: 'anonymous',
    });
    expect(requests[1]).toMatchObject({ operation: 'LogBadPage', outcome: 'BAD_USER_INPUT', cypherRoundTrips: 0 });
    expect(requests[2]).toMatchObject({ operation: null, operationType: null, outcome: 'GRAPHQL_VALIDATION_FAILED' });
    expect(requests[3]).toMatchObject({ operation: 'LogNoKey', operationType: null, outcome: 'UNAUTHENTICATED', cypherRoundTrips: 0, identity: null });
    expect(requests[4]).toMatchObject({ operation: null, outcome: 'LIMIT_EXCEEDED', status: 413 });
    for (const line of requests) {
      expect(typeof line.durationMs).toBe('number');
      expect(line.durationMs as number).toBeGreaterThan(0);
      expect(new Date(line.time as string).toISOString()).toBe(line.time);
    }
  });
});

describe('stderr of the service in production', () => {
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill('SIGKILL'));

  it('is JSON lines only, from start to shutdown', async () => {
    const port = await freePort();
    child = spawn('node', [fromRoot('dist', 'src', 'main.js')], {
      cwd: fromRoot(),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        SEED_ON_EMPTY: 'false',
        LOG_LEVEL: 'info',
        ANONYMOUS_ROLE: 'reader',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    for (let waited = 0; !stdout.includes('GraphQL API ready') && waited < 120000; waited += 200) await new Promise((r) => setTimeout(r, 200));
    expect(stdout).toContain('GraphQL API ready');
    await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ProdLogProbe { stories(first: 1) { totalCount } }' }),
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const lines = stderr.split('\n').filter(Boolean);
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line on stderr: ${line}`);
      }
    });
    expect(parsed.every((l) => typeof l.level === 'string' && typeof l.message === 'string' && typeof l.time === 'string')).toBe(true);
    expect(parsed.map((l) => l.message)).toEqual(expect.arrayContaining(['storygraph ready', 'graphql request', 'stopped']));
    expect(parsed.find((l) => l.message === 'graphql request')).toMatchObject({ operation: 'ProdLogProbe', outcome: 'ok' });
  }, 180000);
});
