import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { freePort, processAlive } from '../../../src/db/embedded';
import { readState } from '../../../src/db/embedded-state';

/** The built service with its own embedded Neo4j, whose JVM we kill from outside. */
const MAIN = fromRoot('dist', 'src', 'main.js');

interface Reply {
  status: number;
  body: any;
  ms: number;
}

async function get(port: number, route: string): Promise<Reply> {
  const began = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}${route}`);
  return { status: res.status, body: await res.json(), ms: Date.now() - began };
}

async function post(port: number, query: string): Promise<Reply> {
  const began = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: await res.json(), ms: Date.now() - began };
}

async function poll(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('the supervised embedded Neo4j', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-supervisor-'));
  const dataDir = path.join(dir, 'data');
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('after kill -9 of the JVM: not ready at once, fails fast with SERVICE_UNAVAILABLE, restarts by itself with its data', async () => {
    const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, ...inherited } = process.env;
    const port = await freePort();
    const env = {
      ...inherited,
      PORT: String(port),
      NEO4J_EMBEDDED_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NODE_ENV: 'test',
      ANONYMOUS_ROLE: 'editor',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
    };
    child = spawn('node', [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    expect(await poll(async () => output.includes('GraphQL API ready'), 240000)).toBe(true);

    const marker = await post(port, 'mutation { ingestStory(input: { title: "Survives a crash", summary: "", publishedAt: "2026-02-01" }) { story { id } } }');
    expect(marker.body.errors).toBeUndefined();
    expect((await get(port, '/healthz')).body).toMatchObject({ status: 'ok', neo4j: 'up' });

    const before = readState(dataDir)!;
    expect(processAlive(before.pid)).toBe(true);
    process.kill(before.pid, 'SIGKILL');

    // The supervisor hears the JVM's exit (no polling), so the probes flip within a moment.
    expect(await poll(async () => (await get(port, '/readyz')).status === 503, 2000)).toBe(true);
    const health = await get(port, '/healthz');
    expect(health.status).toBe(200);
    expect(['down', 'starting']).toContain(health.body.neo4j);

    // Not the driver's retry window (15 s): refused before any connection attempt.
    const refused = await post(port, '{ stories { totalCount } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.ms).toBeLessThan(1000);

    expect(await poll(async () => (await get(port, '/readyz')).status === 200, 240000)).toBe(true);
    expect((await get(port, '/healthz')).body.neo4j).toBe('up');
    const after = readState(dataDir)!;
    expect(after.pid).not.toBe(before.pid);
    const stories = await post(port, '{ stories { totalCount edges { node { title } } } }');
    expect(stories.body.data.stories.edges.map((e: any) => e.node.title)).toEqual(['Survives a crash']);

    const code = await new Promise<number | null>((resolve) => {
      child!.once('exit', resolve);
      child!.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(processAlive(after.pid)).toBe(false);
  }, 600000);
});
