import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../src/config/paths';
import { freePort } from '../src/db/embedded';

/**
 * npm run bench:lifecycle [-- runs]: times `npm start` from launch to "API ready" and from SIGTERM
 * to exit (the README promises < 10 s), on a fresh data directory and then on existing data.
 * Results go to bench/results/lifecycle.json.
 */
interface Run {
  dataDir: 'fresh' | 'existing';
  startToReadyMs: number;
  sigtermToExitMs: number;
  exitCode: number | null;
}

async function once(dataDir: string, label: Run['dataDir']): Promise<Run> {
  const { NEO4J_URI, ...env } = process.env;
  const ports = { PORT: String(await freePort()), NEO4J_EMBEDDED_PORT: String(await freePort()) };
  const began = Date.now();
  const child = spawn('node', [fromRoot('dist', 'src', 'main.js')], {
    env: { ...env, ...ports, NEO4J_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('GraphQL API ready') && resolve());
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
  const ready = Date.now();
  child.removeAllListeners('exit');
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return { dataDir: label, startToReadyMs: ready - began, sigtermToExitMs: Date.now() - ready, exitCode };
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-lifecycle-'));
    try {
      results.push(await once(path.join(dataDir, 'data'), 'fresh'));
      results.push(await once(path.join(dataDir, 'data'), 'existing'));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    process.stderr.write(`run ${i + 1}/${runs} done\n`);
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    runs: results,
  };
  fs.writeFileSync(fromRoot('bench', 'results', 'lifecycle.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  if (results.some((r) => r.exitCode !== 0 || r.sigtermToExitMs >= 10000)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
