import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { freePort } from '../../../src/db/embedded';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8'));

/**
 * What `npm ci --omit=dev` leaves over a tree that ships dist/: the files `npm start` may read, and
 * node_modules with exactly the packages the lock file does not mark dev (linked, not installed,
 * which takes minutes on this machine). Whatever the start path requires beyond them fails to load.
 */
function productionTree(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-prod-'));
  for (const part of ['package.json', 'package-lock.json', 'scripts/ensure-built.mjs', 'dist', 'schema', 'seeds']) {
    fs.cpSync(fromRoot(part), path.join(dir, part), { recursive: true });
  }
  const lock = JSON.parse(fs.readFileSync(fromRoot('package-lock.json'), 'utf8'));
  for (const [where, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean; devOptional?: boolean }>)) {
    // Top-level packages only: nested ones come along inside their parent.
    if (!/^node_modules\/(@[^/]+\/)?[^/]+$/.test(where) || entry.dev || entry.devOptional || !fs.existsSync(fromRoot(where))) continue;
    fs.mkdirSync(path.dirname(path.join(dir, where)), { recursive: true });
    fs.symlinkSync(fromRoot(where), path.join(dir, where), 'dir');
  }
  return dir;
}

describe('a production install: npm ci --omit=dev && npm start', () => {
  let child: ChildProcess | undefined;
  let dir: string | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts from shipped dist/ with production dependencies only, and stops cleanly', async () => {
    dir = productionTree();
    expect(fs.existsSync(path.join(dir, 'node_modules', 'typescript'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'node_modules', 'pino'))).toBe(true);
    const port = await freePort();
    child = spawn(NPM, ['start'], {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), SEED_ON_EMPTY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    for (let waited = 0; !output.includes('GraphQL API ready') && child.exitCode === null && waited < 120000; waited += 200) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output).toContain('GraphQL API ready');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180000);

  it('refuses to start without dist/ or a toolchain to build it, saying what to do, in one JSON line', async () => {
    dir = productionTree();
    fs.rmSync(path.join(dir, 'dist'), { recursive: true });
    child = spawn(NPM, ['start', '--silent'], { cwd: dir, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child!.once('exit', resolve));
    expect(code).not.toBe(0);
    const line = JSON.parse(stderr.trim().split('\n')[0]);
    expect(line).toMatchObject({ level: 'error' });
    expect(line.message).toMatch(/dist\/ is missing .* npm run build/);
  });
});

describe('package.json', () => {
  it('runs the service with node alone: start and prestart need no devDependency', () => {
    expect(pkg.scripts.start).toBe('exec node dist/src/main.js');
    expect(pkg.scripts.prestart).toBe('node scripts/ensure-built.mjs');
  });

  it('has a bin entry for the ingest CLI pointing at a built file', () => {
    const file = pkg.bin['storygraph-ingest'];
    expect(file).toBe('dist/scripts/ingest.js');
    expect(fs.existsSync(fromRoot(file))).toBe(true);
  });
});
