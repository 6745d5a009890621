import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { fromRoot } from '../../../src/config/paths';
import { createDriver } from '../../../src/db/driver';
import { freePort } from '../../../src/db/embedded';
import { Executor } from '../../../src/db/executor';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';
import { blockedTransactions, holdStoryId, storyExists, until } from './story-lock';

/** The built service (npm test builds first), on the test Neo4j. */
const MAIN = fromRoot('dist', 'src', 'main.js');

function startService(env: Record<string, string>): Promise<{ child: ChildProcess; exit: Promise<number | null> }> {
  const { NODE_ENV, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 60000);
    child.stdout!.on('data', () => {
      if (output.includes('GraphQL API ready')) {
        clearTimeout(timer);
        resolve({ child, exit });
      }
    });
    void exit.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

/** A fresh connection (no keep-alive pool), so "refused" means the listener is closed. */
function connect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      resolve(`status ${res.statusCode}`);
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

describe('SIGTERM drains: in-flight requests finish and commit, then the process exits 0', () => {
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const executor = new Executor(driver, database());
  beforeAll(() => resetGraph(executor));
  afterAll(async () => {
    await resetGraph(executor);
    await driver.close();
  });

  it('a write held longer than 10 s after SIGTERM still completes, is acknowledged and is in the graph', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);
    const port = await freePort();
    const { child, exit } = await startService({
      PORT: String(port),
      ANONYMOUS_ROLE: 'editor',
      SEED_ON_EMPTY: 'false',
      SHUTDOWN_GRACE_MS: '30000',
      LOG_LEVEL: 'warn',
    });
    const id = 'story:2025-03-06-written-while-shutting-down';
    const lock = await holdStoryId(driver, id);
    let released = false;
    try {
      const answer = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: INGEST, variables: { input: otherStory({ id, title: 'Written while shutting down' }) } }),
      }).then((res) => res.json() as Promise<any>);
      expect(await until(async () => (await blockedTransactions(driver)) > 0, 15000)).toBe(true);

      child.kill('SIGTERM');
      expect(await until(async () => (await connect(port)) === 'ECONNREFUSED', 5000)).toBe(true);
      // Longer than Apollo's default drain (10 s), well within SHUTDOWN_GRACE_MS.
      await new Promise((r) => setTimeout(r, 12000));
      expect(child.exitCode).toBeNull();

      await lock.release();
      released = true;
      const body = await answer;
      expect(body.errors).toBeUndefined();
      expect(body.data.ingestStory.story.id).toBe(id);
      expect(await exit).toBe(0);
      expect(await storyExists(driver, id)).toBe(true);
    } finally {
      if (!released) await lock.release();
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120000);
});
