import { ChildProcess, spawn } from 'node:child_process';
import { fromRoot } from '../../src/config/paths';
import { SystemName, SYSTEMS } from './query-set';

export interface RunningPeer {
  system: SystemName;
  /** Base URL: storygraph and NGL answer on <base>/graphql, the Cypher peer on <base>/<statement>. */
  base: string;
  child: ChildProcess;
}

const SCRIPT: Record<SystemName, string> = { storygraph: 'storygraph-server.js', ngl: 'ngl-server.js', cypher: 'cypher-server.js' };

/** Each system runs in its own Node process (its own event loop), joining the same database. */
export function startPeer(system: SystemName, env: NodeJS.ProcessEnv): Promise<RunningPeer> {
  // NODE_ENV=production as deployed (the Dockerfile sets it): graphql-js reads it once at load and otherwise runs
  // its development checks (a slower instanceOf on every type test during execution) in every system.
  const childEnv: NodeJS.ProcessEnv = { ...env, BENCH_PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  delete childEnv.PORT; // the service's own PORT variable must not decide where a peer listens
  const child = spawn(process.execPath, [fromRoot('dist', 'bench', 'peers', SCRIPT[system])], {
    env: childEnv,
    // The IPC channel answers eventLoop() (peer-process.ts).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-3000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`${system}: not ready within 120 s: ${stderr}`))), 120000);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ system, base: m[1].replace(/\/graphql$/, ''), child });
      }
    });
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${system}: exited with code ${code}: ${stderr.trim()}`))));
  });
}

/** A peer's cumulative event-loop time (ms): busy in callbacks, and idle waiting for I/O. */
export interface EventLoopTime {
  active: number;
  idle: number;
}

/** Asks a running peer for its event-loop time (perf_hooks' eventLoopUtilization, cumulative since start). */
export function eventLoop(peer: RunningPeer): Promise<EventLoopTime> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (peer.child.off('message', onMessage), reject(new Error(`${peer.system}: no event-loop answer within 5 s`))), 5000);
    const onMessage = (message: unknown) => {
      const m = message as { eventLoop?: EventLoopTime };
      if (!m?.eventLoop) return;
      clearTimeout(timer);
      peer.child.off('message', onMessage);
      resolve(m.eventLoop);
    };
    peer.child.on('message', onMessage);
    peer.child.send('eventLoop');
  });
}

/** The share of wall time the event loop was busy between two readings (0..1). */
export const busyShare = (before: EventLoopTime, after: EventLoopTime) => {
  const active = after.active - before.active;
  const total = active + after.idle - before.idle;
  return total > 0 ? active / total : 0;
};

export async function stopPeer(peer: RunningPeer): Promise<void> {
  peer.child.removeAllListeners('exit');
  if (peer.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => (peer.child.kill('SIGKILL'), resolve()), 10000);
    peer.child.once('exit', () => (clearTimeout(timer), resolve()));
    peer.child.kill('SIGTERM');
  });
}

/** The environment peers join the benchmark's database with: NEO4J_URI as given, else the embedded one's data directory. */
export function peerEnv(db: { dataDir?: string }): NodeJS.ProcessEnv {
  return process.env.NEO4J_URI ? process.env : { ...process.env, NEO4J_DATA_DIR: db.dataDir };
}

/**
 * Starts storygraph, the Neo4j GraphQL Library peer and the hand-written Cypher peer on the
 * benchmark's database, one after the other, into `peers` (so a failure part way still stops the
 * ones started). The peers see every node, so storygraph reads as an anonymous reader cleared for
 * every marking.
 */
export async function startSystems(db: { dataDir?: string }, peers: RunningPeer[], log: (line: string) => void): Promise<void> {
  const joinEnv = peerEnv(db);
  for (const system of SYSTEMS) {
    peers.push(await startPeer(system, system === 'storygraph' ? { ...joinEnv, ANONYMOUS_ROLE: 'reader', ANONYMOUS_CLEARANCE: 'RED' } : joinEnv));
    log(`${system}: ${peers[peers.length - 1].base}`);
  }
}

/**
 * The peers a benchmark starts on `db` (push them into `peers`), and the cleanup that stops them and
 * closes the database, run in its `finally` and on Ctrl-C or a kill.
 */
export function peerGroup(db: { close(): Promise<void> }): { peers: RunningPeer[]; cleanup: () => Promise<void> } {
  const peers: RunningPeer[] = [];
  const cleanup = async () => {
    await Promise.all(peers.map(stopPeer));
    await db.close();
  };
  cleanUpOnSignal(cleanup);
  return { peers, cleanup };
}

/** Ctrl-C or a kill still stops the peers and the database before the benchmark exits. */
export function cleanUpOnSignal(cleanup: () => Promise<void>): void {
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().finally(() => process.exit(143)));
}
