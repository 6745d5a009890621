import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../src/config/paths';
import { readState } from '../src/db/embedded-state';
import { ingestFiles } from '../src/ingest/load';
import { freshIngest } from './fresh-ingest';
import { warmUp } from './warm-up';

/**
 * npm run bench:ingest-threads [-- count] [--every N] [--warm-up N]: the first import of `count` generated cards
 * (default 20000) into a fresh embedded Neo4j, with CPU time per card of every thread group, per
 * `every` cards (default 4000: one write group, see below) and for the whole run. CPU time hardly moves with other work on the
 * machine (wall-clock rates do), so this says where a card's CPU goes and what a JVM option or a code
 * change moved. Node: the main thread, V8's platform threads (those alive before the parse pool
 * starts: concurrent JIT compilation and GC helpers) and the parse workers (the rest of the process
 * CPU; a worker's own thread is gone from /proc once the pool closes). The JVM: grouped by thread name
 * (C2/C1 compilers, GC, Bolt workers, ...). NEO4J_EMBEDDED_JAVA_OPTS and NEO4J_EMBEDDED_PAGE_CACHE
 * apply as for every embedded start; NEO4J_URI is refused (its JVM is not ours to read). Writes
 * bench/results/ingest-threads.json (ingest-threads-warm.json after `--warm-up N`: see warm-up.ts).
 * Linux only (/proc).
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU ms of each thread of a process, keyed `tid name`. */
function threads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(`${tid} ${name}`, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/**
 * Bytes the JVM read and wrote through system calls (/proc/PID/io rchar, wchar): page-cache faults
 * read store pages, flushes and checkpoints write them, the transaction log is appended.
 */
function io(pid: number): { read: number; written: number } {
  const text = fs.readFileSync(`/proc/${pid}/io`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { read: field('rchar'), written: field('wchar') };
}

/** JVM thread names without their number ("GC Thread#1" and "GC Thread#0" are one group). */
const jvmGroup = (name: string) => name.replace(/#?\d+$/, '').trim() || name;

type Groups = Record<string, number>;

/**
 * Neo4j's debug.log lines about checkpoints and transaction-log rotation, with their time in ms:
 * what the store did in the background while an interval ran.
 */
function storeEvents(dataDir: string): { at: number; line: string }[] {
  const file = path.join(dataDir, 'logs', 'debug.log');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /checkpoint|rotat|prealloc/i.test(line))
    .map((line) => ({ at: Date.parse(line.slice(0, 23).replace(' ', 'T') + line.slice(23, 28).replace(/^([+-]\d\d)(\d\d)$/, '$1:$2')), line: line.slice(29) }))
    .filter((event) => Number.isFinite(event.at));
}

function jvmDelta(before: Map<string, number>, after: Map<string, number>): Groups {
  const groups: Groups = {};
  for (const [key, ms] of after) {
    const group = jvmGroup(key.slice(key.indexOf(' ') + 1));
    groups[group] = (groups[group] ?? 0) + ms - (before.get(key) ?? 0);
  }
  return groups;
}

const perCard = (groups: Groups, cards: number) =>
  Object.fromEntries(
    Object.entries(groups)
      .filter(([, ms]) => ms / cards >= 0.005)
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => [name, Math.round((ms / cards) * 1000) / 1000]),
  );

async function main(): Promise<void> {
  if (!fs.existsSync('/proc/self/task')) throw new Error('bench:ingest-threads reads /proc and runs on Linux only');
  const args = process.argv.slice(2);
  const flag = args.indexOf('--every');
  const every = flag >= 0 ? Number(args.splice(flag, 2)[1]) : 4000;
  const warmFlag = args.indexOf('--warm-up');
  const warmUpCards = warmFlag >= 0 ? Number(args.splice(warmFlag, 2)[1]) : 0;
  const count = Number(args[0] ?? 20000);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(every) || every < 1 || !Number.isInteger(warmUpCards) || warmUpCards < 0) {
    console.error('usage: npm run bench:ingest-threads [-- count] [--every N] [--warm-up N]');
    process.exit(64);
  }
  if (process.env.NEO4J_URI) {
    console.error('bench:ingest-threads reads the CPU time of the embedded Neo4j it starts: unset NEO4J_URI');
    process.exit(64);
  }
  const { files, warmUpFiles, config, executor, dataDir, close } = await freshIngest(count, 'threads', 7697, warmUpCards);
  try {
    const warm = warmUpCards ? await warmUp(executor, warmUpFiles) : undefined;
    const state = dataDir === undefined ? undefined : readState(dataDir);
    if (!state) throw new Error(`no embedded Neo4j started in ${dataDir}: another one on port ${config.embedded.port} answered?`);
    const jvm = state.pid;
    const mainThread = `${process.pid} `;
    // Threads alive now, other than the main thread: V8's platform threads (the parse workers start later).
    const helpers = [...threads(process.pid).keys()].filter((k) => !k.startsWith(mainThread));
    const nodeSplit = (before: { cpu: NodeJS.CpuUsage; threads: Map<string, number> }) => {
      const cpu = process.cpuUsage(before.cpu);
      const now = threads(process.pid);
      const delta = (key: string) => (now.get(key) ?? before.threads.get(key) ?? 0) - (before.threads.get(key) ?? 0);
      const mainMs = [...now.keys()].filter((k) => k.startsWith(mainThread)).reduce((m, k) => m + delta(k), 0);
      const helperMs = helpers.reduce((m, k) => m + delta(k), 0);
      const total = (cpu.user + cpu.system) / 1000;
      return { 'main thread': mainMs, 'V8 platform threads': helperMs, 'parse workers and other': total - mainMs - helperMs, total };
    };
    const snapshot = () => ({ cpu: process.cpuUsage(), threads: threads(process.pid), jvm: threads(jvm), io: io(jvm), at: Date.now() });
    const intervals: unknown[] = [];
    const start = snapshot();
    let last = { ...start, done: 0 };
    const record = (done: number) => {
      const cards = done - last.done;
      if (!cards) return;
      const node = nodeSplit(last);
      const jvmGroups = jvmDelta(last.jvm, threads(jvm));
      const jvmTotal = Object.values(jvmGroups).reduce((m, v) => m + v, 0);
      const jvmIo = io(jvm);
      const row = {
        cards: `${last.done}-${done}`,
        from: last.at,
        to: Date.now(),
        cardsPerSecond: Math.round(cards / ((Date.now() - last.at) / 1000)),
        nodeMsPerCard: perCard(node, cards),
        jvmMsPerCard: { total: Math.round((jvmTotal / cards) * 1000) / 1000, ...perCard(jvmGroups, cards) },
        jvmKbPerCard: { read: Math.round((jvmIo.read - last.io.read) / 1024 / cards), written: Math.round((jvmIo.written - last.io.written) / 1024 / cards) },
      };
      intervals.push(row);
      console.error(JSON.stringify(row));
      last = { ...snapshot(), done };
    };
    // Outcomes arrive a write group at a time (4000 cards by default), all in one synchronous burst
    // after the group's last transaction: an interval ends after the burst that crosses a multiple of
    // `every`, and counts the cards really written since the last one. (Ending it at the crossing card
    // itself, as before session 9, charged a whole group's CPU to part of it: 5,000-card intervals on
    // 4,000-card groups read 0.8x the true cost per card, and every fifth 1.6x, the "dip".)
    let latest = 0;
    let closing = false;
    const onProgress = (done: number) => {
      latest = done;
      if (closing || Math.floor(done / every) === Math.floor(last.done / every) || done >= files.length) return;
      closing = true;
      queueMicrotask(() => {
        closing = false;
        record(latest);
      });
    };
    const report = await ingestFiles(executor, files, { onProgress });
    record(files.length);
    // Checkpoints and log rotations land in the interval they started in.
    const events = dataDir === undefined ? [] : storeEvents(dataDir);
    for (const row of intervals as { from: number; to: number; storeEvents?: string[] }[]) {
      const inside = events.filter((e) => e.at >= row.from && e.at < row.to).map((e) => `+${((e.at - row.from) / 1000).toFixed(1)}s ${e.line}`);
      if (inside.length) row.storeEvents = inside;
    }
    const node = nodeSplit(start);
    const jvmGroups = jvmDelta(start.jvm, threads(jvm));
    const result = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load average ${os.loadavg()[0].toFixed(1)} at the end`,
      node: process.version,
      javaOpts: config.embedded.javaOpts,
      pageCache: config.embedded.pageCache,
      cards: count,
      ...(warm ? { warmUp: warm } : {}),
      seconds: report.seconds,
      claimsPerSecond: report.claimsPerSecond,
      created: report.created,
      wholeRun: {
        nodeMsPerCard: perCard(node, count),
        jvmMsPerCard: { total: Math.round((Object.values(jvmGroups).reduce((m, v) => m + v, 0) / count) * 1000) / 1000, ...perCard(jvmGroups, count) },
      },
      intervals,
    };
    fs.mkdirSync(fromRoot('bench', 'results'), { recursive: true });
    fs.writeFileSync(fromRoot('bench', 'results', warm ? 'ingest-threads-warm.json' : 'ingest-threads.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify({ ...result, intervals: undefined }, null, 2));
    if (report.failedFiles) process.exitCode = 1;
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
