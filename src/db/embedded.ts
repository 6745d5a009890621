import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DEFAULT_JAVA_OPTS } from '../config/env';
import { fromRoot } from '../config/paths';
import { Credentials, embeddedCredentials, passwordFile } from './embedded-auth';

/** Where the JVM launcher lives and what it builds to. */
export const LAUNCHER_DIR = fromRoot('neo4j-launcher');
export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target/neo4j-launcher.jar');
const READY_PREFIX = 'NEO4J_READY ';

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  /** As the launcher's --page-cache takes it ("512m"); config.embedded.pageCache holds the validated setting or its default. */
  pageCache: string;
  javaOpts?: string;
  /**
   * Neo4j's db.transaction.timeout: no transaction outlives it, whoever started it and whether or
   * not its client still waits (a closed session or dropped connection already stops it at once).
   */
  transactionTimeout?: string;
  /** Stop the JVM when this Node process dies, even by SIGKILL (stdin pipe watch). */
  exitWithParent?: boolean;
  /** Detach (db:start): logs go to this file and the JVM outlives us. */
  logFile?: string;
  /** Called if Neo4j exits on its own after it was ready (a crash, or killed from outside). */
  onUnexpectedExit?: (code: number | null, lastOutput: string) => void;
  timeoutMs?: number;
}

/** Above the executor's per-transaction limit, so this only catches statements that bypass it. */
export const DEFAULT_TRANSACTION_TIMEOUT = '60s';

export interface EmbeddedNeo4j {
  uri: string;
  credentials: Credentials;
  pid: number;
  startupMs: number;
  stop(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when the jar is older than the pom or any Java source. */
export function launcherIsStale(): boolean {
  if (!fs.existsSync(LAUNCHER_JAR) || !fs.existsSync(path.join(LAUNCHER_DIR, 'target/lib'))) return true;
  const jar = fs.statSync(LAUNCHER_JAR).mtimeMs;
  const inputs = Math.max(fs.statSync(path.join(LAUNCHER_DIR, 'pom.xml')).mtimeMs, newestMtime(path.join(LAUNCHER_DIR, 'src')));
  return inputs > jar;
}

/** Builds the launcher with Maven only when its inputs changed, so a second start resolves nothing. */
export function ensureLauncherBuilt(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  if (!launcherIsStale()) return;
  log('neo4j: building the embedded Neo4j launcher with Maven (first run downloads Neo4j 5.26)...');
  const result = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: 'inherit' });
  if (result.error) throw new Error(`neo4j: could not run Maven (is it installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`neo4j: the Maven build of ${LAUNCHER_DIR} failed (exit ${result.status})`);
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function javaArgs(options: EmbeddedOptions): string[] {
  const javaOpts = options.javaOpts ?? DEFAULT_JAVA_OPTS;
  const args = [...javaOpts.split(/\s+/).filter(Boolean), '-jar', LAUNCHER_JAR];
  args.push('--port', String(options.port), '--data', options.dataDir, '--page-cache', options.pageCache);
  args.push('--password-file', passwordFile(options.dataDir), '--transaction-timeout', options.transactionTimeout ?? DEFAULT_TRANSACTION_TIMEOUT);
  if (options.exitWithParent) args.push('--exit-with-parent');
  return args;
}

export function waitForExit(child: ChildProcess | number, timeoutMs: number): Promise<boolean> {
  const pid = typeof child === 'number' ? child : child.pid!;
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const tick = () => {
      if (!processAlive(pid)) return resolve(true);
      if (Date.now() > deadline) return resolve(false);
      setTimeout(tick, 100);
    };
    tick();
  });
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM, waits for a clean store shutdown, and only then escalates. */
export async function stopPid(pid: number, timeoutMs = 30000): Promise<void> {
  if (!processAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, timeoutMs)) return;
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5000);
}

/** Starts Neo4j embedded and resolves once it printed its ready line. */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt();
  if (!(await portIsFree(options.port))) {
    throw new Error(`neo4j: port ${options.port} on 127.0.0.1 is already in use; set NEO4J_EMBEDDED_PORT to another port`);
  }
  const credentials = embeddedCredentials(options.dataDir);
  const toLogFile = Boolean(options.logFile);
  const logFd = options.logFile ? fs.openSync(options.logFile, 'a') : undefined;
  // Always its own process group: a Ctrl-C in the terminal must reach only Node, which finishes
  // in-flight requests and then stops Neo4j in order (a direct SIGINT would stop the store first).
  const child = spawn('java', javaArgs(options), {
    stdio: [options.exitWithParent ? 'pipe' : 'ignore', toLogFile ? logFd! : 'pipe', toLogFile ? logFd! : 'pipe'],
    detached: true,
  });
  // Generous: 7–9 s is usual, but a busy 2-core machine has needed minutes; a hung JVM is still caught.
  const timeoutMs = options.timeoutMs ?? 300000;
  // The tail of stderr explains a failed start now, or an unexpected exit later.
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString()).slice(-4000)));

  const startupMs = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`neo4j: not ready within ${timeoutMs / 1000} s`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    const onLine = (line: string) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      resolve(Number(/startup_ms=(\d+)/.exec(line)?.[1] ?? 0));
    };
    if (toLogFile) {
      // Logging to a file (db:start): the ready line lands in the log file; poll it from the offset we started at.
      const offset = fs.statSync(options.logFile!).size;
      const poll = setInterval(() => {
        const text = fs.readFileSync(options.logFile!, 'utf8').slice(offset);
        const line = text.split('\n').find((l) => l.startsWith(READY_PREFIX));
        if (line) {
          clearInterval(poll);
          onLine(line);
        }
      }, 200);
      child.once('exit', (code) => {
        clearInterval(poll);
        const text = fs.readFileSync(options.logFile!, 'utf8').slice(offset).trim();
        fail(new Error(`neo4j: launcher exited with code ${code}: ${text.split('\n').slice(-3).join(' | ')}`));
      });
    } else {
      let buffered = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        lines.forEach(onLine);
      });
      child.once('exit', (code) => fail(new Error(`neo4j: launcher exited with code ${code}: ${stderrTail.trim()}`)));
    }
  });
  child.removeAllListeners('exit');
  if (toLogFile) child.unref();
  let stopping = false;
  child.once('exit', (code) => {
    if (!stopping) options.onUnexpectedExit?.(code, stderrTail.trim());
  });

  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    credentials,
    pid: child.pid!,
    startupMs,
    stop: () => {
      stopping = true;
      return stopPid(child.pid!, 15000);
    },
  };
}
