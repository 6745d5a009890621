import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/**
 * What a parse worker costs, and whether a change to it changed anything, comparing two builds
 * (the `dist/` folder of a checkout each; a detached worktree of the base commit gives the other):
 *
 *   node dist/bench/parse-cpu.js dump <dist> <out.json> <file or folder...>
 *     every file's ParsedFile (stories or `file:line: reason`) as the worker would send it, one JSON
 *     line per file, so `diff` of two builds' dumps proves the outputs identical.
 *   node dist/bench/parse-cpu.js ab <distA> <distB> <folder> [pairs] [out.json]
 *     CPU ms per card of each build: two child processes, one per build, warm (one untimed pass
 *     each), then `pairs` interleaved timed passes over the folder (A then B, B then A, ...). A pass
 *     does what a worker does: read, parse, recognise, validate, serialise the chunk for postMessage.
 *     Prints the median of B/A ratios per pair, for the whole process and for its main thread (WARM_PASSES
 *     untimed passes first, default 3); only the ratio means much on a shared machine.
 */
type ParseInputFile = (file: string) => Promise<unknown>;

/** Each build's own modules (and its own class metadata), loaded from its dist folder at run time. */
const loadParser = (dist: string): ParseInputFile => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.resolve(dist, '../node_modules/reflect-metadata'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(path.resolve(dist, 'src/ingest/load/input-file')) as { parseInputFile: ParseInputFile }).parseInputFile;
};

function filesIn(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (p: string) => {
    if (fs.statSync(p).isDirectory()) for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    else if (/\.(txt|json)$/i.test(p)) found.push(p);
  };
  paths.forEach(visit);
  return found;
}

async function dump(dist: string, out: string, paths: string[]): Promise<void> {
  const parse = loadParser(dist);
  const lines: string[] = [];
  // structuredClone: what the main thread receives from postMessage (class instances arrive as plain objects).
  for (const file of filesIn(paths)) lines.push(JSON.stringify(structuredClone(await parse(file))));
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} files -> ${out}`);
}

const CHUNK = 25;

/** CPU ns of this process's main thread (Linux): without V8's compiler and GC helper threads, which a busy machine slows most. */
const mainThreadNs = () => Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);

/** Child side of `ab`: WARM_PASSES untimed passes (JIT settled), then one timed pass per message; answers CPU ms of the pass. */
async function serve(dist: string, folder: string): Promise<void> {
  const parse = loadParser(dist);
  const files = filesIn([folder]);
  const pass = async () => {
    const before = process.cpuUsage();
    const thread = mainThreadNs();
    for (let i = 0; i < files.length; i += CHUNK) {
      const parsed = [];
      for (const file of files.slice(i, i + CHUNK)) parsed.push(await parse(file));
      v8.serialize({ id: i, parsed });
    }
    const used = process.cpuUsage(before);
    return { ms: (used.user + used.system) / 1000, threadMs: (mainThreadNs() - thread) / 1e6 };
  };
  for (let i = 0; i < Number(process.env.WARM_PASSES ?? 3); i++) await pass();
  process.on('message', async () => process.send!({ ...(await pass()), cards: files.length }));
  process.send!({ ready: true });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function ab(distA: string, distB: string, folder: string, pairs: number, out?: string): Promise<void> {
  const start = (dist: string) => {
    const child = fork(__filename, ['serve', dist, folder]);
    const next = () => new Promise<{ ms: number; threadMs: number; cards: number; ready?: boolean }>((resolve) => child.once('message', resolve as never));
    return { child, next, ready: next() };
  };
  const a = start(distA);
  const b = start(distB);
  await Promise.all([a.ready, b.ready]);
  const run = async (c: typeof a) => {
    const answer = c.next();
    c.child.send('go');
    const { ms, threadMs, cards } = await answer;
    return { ms: ms / cards, threadMs: threadMs / cards };
  };
  const rows: { a: number; b: number; ratio: number; threadA: number; threadB: number; threadRatio: number }[] = [];
  for (let i = 0; i < pairs; i++) {
    const [ra, rb] = i % 2 ? [await run(a), await run(b)] : await run(b).then(async (rb) => [await run(a), rb]);
    const row = { a: ra.ms, b: rb.ms, ratio: rb.ms / ra.ms, threadA: ra.threadMs, threadB: rb.threadMs, threadRatio: rb.threadMs / ra.threadMs };
    rows.push(row);
    console.log(
      `pair ${i + 1}: process A ${row.a.toFixed(3)} B ${row.b.toFixed(3)} ms/card, B/A ${row.ratio.toFixed(3)}; ` +
        `main thread A ${row.threadA.toFixed(3)} B ${row.threadB.toFixed(3)}, B/A ${row.threadRatio.toFixed(3)}`,
    );
  }
  a.child.kill();
  b.child.kill();
  const summary = {
    distA,
    distB,
    folder,
    pairs,
    medianA: median(rows.map((r) => r.a)),
    medianB: median(rows.map((r) => r.b)),
    medianRatio: median(rows.map((r) => r.ratio)),
    medianThreadA: median(rows.map((r) => r.threadA)),
    medianThreadB: median(rows.map((r) => r.threadB)),
    medianThreadRatio: median(rows.map((r) => r.threadRatio)),
    load: fs.readFileSync('/proc/loadavg', 'utf8').trim(),
    rows,
  };
  console.log(
    `median process A ${summary.medianA.toFixed(3)} B ${summary.medianB.toFixed(3)} ms/card, B/A ${summary.medianRatio.toFixed(3)}; ` +
      `main thread A ${summary.medianThreadA.toFixed(3)} B ${summary.medianThreadB.toFixed(3)}, B/A ${summary.medianThreadRatio.toFixed(3)} (load ${summary.load})`,
  );
  if (out) fs.writeFileSync(out, JSON.stringify(summary, null, 2) + '\n');
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'dump' && args.length >= 3) return dump(args[0], args[1], args.slice(2));
  if (mode === 'serve') return serve(args[0], args[1]);
  if (mode === 'ab' && args.length >= 3) return ab(args[0], args[1], args[2], Number(args[3] ?? 8), args[4]);
  console.error('usage: parse-cpu.js dump <dist> <out.json> <paths...> | ab <distA> <distB> <folder> [pairs] [out.json]');
  process.exit(64);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
