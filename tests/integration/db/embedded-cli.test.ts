import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { freePort, launcherIsStale, processAlive } from '../../../src/db/embedded';

const DB = fromRoot('dist', 'scripts', 'db.js');

/** npm run db:start | db:status | db:stop, on a data directory of their own. */
describe('db:start, db:status, db:stop', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-db-'));
  let env: NodeJS.ProcessEnv;
  const db = (command: string, extra: NodeJS.ProcessEnv = {}) =>
    spawnSync('node', [DB, command], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 120000 });

  beforeAll(async () => {
    const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, ...inherited } = process.env;
    env = { ...inherited, NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: String(await freePort()) };
  });
  afterAll(() => {
    db('stop');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('uses the cached launcher build: nothing to resolve again', () => {
    expect(launcherIsStale()).toBe(false);
  });

  it('starts once, does not start twice, reports status, and stops cleanly', () => {
    const started = db('start');
    expect(started.status).toBe(0);
    expect(started.stdout).toMatch(new RegExp(`neo4j: ready at bolt://127\\.0\\.0\\.1:${env.NEO4J_EMBEDDED_PORT} \\(pid \\d+`));
    const pid = Number(/pid (\d+)/.exec(started.stdout)![1]);
    expect(processAlive(pid)).toBe(true);

    expect(db('start').stdout).toMatch(/already running/);
    const status = db('status');
    expect(status.status).toBe(0);
    expect(status.stdout).toContain(`data in ${dataDir}`);

    const stopped = db('stop');
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toMatch(/stopped .* data kept/);
    expect(processAlive(pid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'data', 'databases', 'neo4j'))).toBe(true);
    expect(db('status').status).toBe(3);
  });

  it('refuses a port that is already taken, with a clear message', () => {
    const port = new URL(process.env.NEO4J_URI!.replace('bolt:', 'http:')).port;
    const result = db('start', { NEO4J_EMBEDDED_PORT: port });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  });
});
