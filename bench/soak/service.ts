import { ChildProcess, spawn } from 'node:child_process';
import { fromRoot } from '../../src/config/paths';
import { readState } from '../../src/db/embedded-state';

/** The built service (what `npm start` runs) with its own supervised embedded Neo4j on `dataDir`. */
export interface Service {
  port: number;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

export async function startService(env: Record<string, string>, port: number): Promise<Service> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, ...inherited } = process.env;
  const child = spawn('node', [fromRoot('dist', 'src', 'main.js')], {
    env: { ...inherited, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => String(d).includes('GraphQL API ready') && resolve());
    child.once('exit', (code) => reject(new Error(`the service exited early with ${code}`)));
  });
  child.removeAllListeners('exit');
  return {
    port,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** SIGKILL to the JVM, as the OOM killer or a crash would end it; returns its pid. */
export function killNeo4j(dataDir: string): number {
  const state = readState(dataDir);
  if (!state) throw new Error(`no running embedded Neo4j recorded for ${dataDir}`);
  process.kill(state.pid, 'SIGKILL');
  return state.pid;
}

/** Resolves with the ms from `since` until /readyz answers `status`. */
export async function readyzBecomes(port: number, status: number, since: number, timeoutMs = 300000): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === status) return Date.now() - since;
    } catch {
      // the HTTP server itself must stay up; a refused connection is simply "not yet"
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`/readyz did not answer ${status} within ${timeoutMs} ms`);
}
