import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { ModelSpan } from './model-span';

export const TOOL_DIR = path.resolve('tools/statistical-ner');
export const BUILD_COMMAND = 'mvn -B -q -f tools/statistical-ner/pom.xml package';

export const MODELS = {
  '3class': 'edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz',
  '4class': 'edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz',
  '7class': 'edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz',
} as const;
export type ModelName = keyof typeof MODELS;

/** Bounded heap, one processor: the tool shares a 2-core machine, and one thread is what a sidecar per parse worker would get. */
export const JAVA_OPTIONS = ['-Xmx3g', '-XX:+UseSerialGC', '-XX:ActiveProcessorCount=1'];

export interface ModelRun {
  model: string;
  javaOptions: string[];
  /** Classifier load as the JVM measured it, and the heap in use after a GC once loaded and at the end. */
  load: { wallMs: number; cpuMs: number; heapMb: number };
  spans: Map<string, ModelSpan[]>;
  /** JVM CPU of the classifying thread per text id (ThreadMXBean). */
  cpuMs: Map<string, number>;
  summary: { texts: number; cpuMs: number; wallMs: number; processCpuMs: number; heapMb: number };
}

/** Runs tools/statistical-ner once over these texts (id → text) and collects its lines. */
export async function runModel(texts: ReadonlyMap<string, string>, model: ModelName): Promise<ModelRun> {
  const jar = path.join(TOOL_DIR, 'target/statistical-ner.jar');
  const classpathFile = path.join(TOOL_DIR, 'target/classpath.txt');
  if (!fs.existsSync(jar) || !fs.existsSync(classpathFile)) throw new Error(`tools/statistical-ner is not built: ${BUILD_COMMAND}`);
  const classpath = [jar, fs.readFileSync(classpathFile, 'utf8').trim()].join(path.delimiter);
  const child = spawn('java', [...JAVA_OPTIONS, '-cp', classpath, 'storygraph.ner.StatisticalNer', MODELS[model]], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  // Written as the JVM reads, so a large set never sits twice in memory.
  void (async () => {
    for (const [id, text] of texts) if (!child.stdin.write(`${JSON.stringify({ id, text })}\n`)) await new Promise((r) => child.stdin.once('drain', r));
    child.stdin.end();
  })();
  const run: Partial<ModelRun> & Pick<ModelRun, 'spans' | 'cpuMs'> = { model: MODELS[model], javaOptions: JAVA_OPTIONS, spans: new Map(), cpuMs: new Map() };
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const record = JSON.parse(line) as Record<string, unknown>;
    if ('loadMs' in record) run.load = { wallMs: Number(record.loadMs), cpuMs: Number(record.loadCpuMs), heapMb: Number(record.heapMb) };
    else if (record.summary) run.summary = record as unknown as ModelRun['summary'];
    else {
      run.spans.set(String(record.id), record.entities as ModelSpan[]);
      run.cpuMs.set(String(record.id), Number(record.cpuMs));
    }
  }
  const code = await exited;
  if (code !== 0 || !run.load || !run.summary) throw new Error(`tools/statistical-ner exited with ${code}`);
  return run as ModelRun;
}
