import { ChildProcess, spawn } from 'node:child_process';
import { fromRoot } from '../../../src/config/paths';
import { createDriver } from '../../../src/db/driver';
import { freePort } from '../../../src/db/embedded';
import { Executor } from '../../../src/db/executor';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';

/** The built service (npm test builds first), on the test Neo4j, as `npm start` runs it in development. */
const MAIN = fromRoot('dist', 'src', 'main.js');

async function start(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const { NODE_ENV: _ignored, ANONYMOUS_ROLE: _unset, ...inherited } = process.env;
  const env = { ...inherited, NODE_ENV: 'development', PORT: String(port), SEED_ON_EMPTY: 'false', LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 60000);
    child.stdout!.on('data', () => output.includes('GraphQL API ready') && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`exited with ${code}:\n${output}`))));
  });
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function post(port: number, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return res.json() as Promise<{ data?: any; errors?: { extensions: { code: string } }[] }>;
}

describe('development quick start: anonymous reads, and an admin key printed at the first start', () => {
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const executor = new Executor(driver, database());
  let child: ChildProcess | undefined;
  beforeAll(() => resetGraph(executor));
  afterAll(async () => {
    if (child && child.exitCode === null) await stop(child);
    await resetGraph(executor);
    await driver.close();
  });

  it('prints a working admin key once; later starts print none', async () => {
    const port = await freePort();
    const first = await start(port);
    child = first.child;
    const key = /development admin key \(shown once\): (sg_\S+)/.exec(first.output())?.[1];
    expect(key).toBeDefined();
    expect((await post(port, '{ stories { totalCount } }')).data).toEqual({ stories: { totalCount: 0 } });
    const anonymousWrite = await post(port, 'mutation { createApiKey(input: { name: "x", role: reader, clearance: CLEAR }) { key } }');
    expect(anonymousWrite.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const viewer = await post(port, '{ viewer { kind role name } }', { authorization: `Bearer ${key}` });
    expect(viewer.data.viewer).toEqual({ kind: 'apiKey', role: 'admin', name: 'development admin (first start)' });
    await stop(first.child);

    const second = await start(port);
    child = second.child;
    expect(second.output()).not.toContain('development admin key');
    expect((await post(port, '{ viewer { role } }', { authorization: `Bearer ${key}` })).data.viewer.role).toBe('admin');
    await stop(second.child);
  }, 180000);
});
