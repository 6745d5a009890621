import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../src/db/embedded';
import { fromRoot } from '../../../src/config/paths';

/** `npm start` as a user runs it: npm, then the built service starting its own embedded Neo4j. */
const MAIN = fromRoot('dist', 'src', 'main.js');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Started {
  child: ChildProcess;
  output: () => string;
}

function start(env: Record<string, string>): Promise<Started> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, ...inherited } = process.env;
  // SIGTERM goes to npm itself, as a process manager would send it: it must reach the service.
  const child = spawn(NPM, ['start'], { cwd: fromRoot(), env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 150000);
    child.stdout!.on('data', () => {
      if (output.includes('GraphQL API ready')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM to npm; resolves with the exit code (the shutdown time is measured in bench/, not asserted). */
function stop(child: ChildProcess): Promise<{ code: number | null }> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve({ code }));
    child.kill('SIGTERM');
  });
}

function javaPidsFor(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `neo4j-launcher.jar.*${dataDir}`])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function post(port: number, query: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json() as Promise<{ data?: any; errors?: unknown[] }>;
}

describe('npm start with the embedded Neo4j', () => {
  // npm start builds first (prestart), so the first start includes a TypeScript build.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts, seeds, serves, stops cleanly on SIGTERM and keeps its data across restarts', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);
    const env = {
      PORT: String(await freePort()),
      NEO4J_EMBEDDED_PORT: String(await freePort()),
      NEO4J_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      ANONYMOUS_ROLE: 'editor',
    };

    const first = await start(env);
    const ready = await fetch(`http://127.0.0.1:${env.PORT}/readyz`);
    expect(ready.status).toBe(200);
    expect((await post(Number(env.PORT), '{ __typename }')).data).toEqual({ __typename: 'Query' });
    const seeded = await post(Number(env.PORT), '{ stories { totalCount } }');
    expect(seeded.data.stories.totalCount).toBe(1);
    const marker = await post(
      Number(env.PORT),
      'mutation { ingestStory(input: { title: "Restart marker", summary: "", publishedAt: "2026-01-01" }) { story { id } } }',
    );
    expect(marker.errors).toBeUndefined();
    expect(javaPidsFor(dataDir)).toHaveLength(1);

    const stopped = await stop(first.child);
    expect(stopped.code).toBe(0);
    expect(javaPidsFor(dataDir)).toEqual([]);

    const second = await start(env);
    const after = await post(Number(env.PORT), '{ stories { totalCount edges { node { title } } } }');
    expect(after.data.stories.totalCount).toBe(2);
    expect(after.data.stories.edges.map((e: any) => e.node.title)).toContain('Restart marker');
    const { code } = await stop(second.child);
    expect(code).toBe(0);
    expect(javaPidsFor(dataDir)).toEqual([]);
  }, 300000);

  it('fails fast on bad configuration, naming the variable', () => {
    const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, ...inherited } = process.env;
    for (const [name, value] of [
      ['PORT', 'abc'],
      ['NEO4J_URI', 'http://x'],
    ]) {
      let stderr = '';
      let status: number | null = 0;
      try {
        execFileSync('node', [MAIN], { env: { ...inherited, [name]: value }, stdio: 'pipe', timeout: 20000 });
      } catch (err) {
        stderr = String((err as { stderr: Buffer }).stderr);
        status = (err as { status: number | null }).status;
      }
      expect(status).not.toBe(0);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(`configuration error: ${name} `);
    }
  });
});
