import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ParsedFile, parseInputFile } from './input-file';

export interface ParsePoolOptions {
  /** Worker threads (default: one per core, at most 8). 0 parses on the main thread. */
  workers?: number;
  /** Files per message to a worker. */
  chunk?: number;
  /** Chunks parsed ahead of the consumer, so workers keep going while a batch is written. */
  ahead?: number;
}

/** One per core: the main thread mostly waits for Neo4j (on 2 cores, 2 workers beat 1 by 10-50% in bench:ingest). */
export const defaultWorkers = () => Math.max(1, Math.min(8, os.availableParallelism()));

/** Compiled worker next to this file; under ts-jest (no .js) the pool parses on the main thread. */
const WORKER_FILE = path.join(__dirname, 'parse-worker.js');

interface Task {
  id: number;
  files: string[];
  resolve: (parsed: ParsedFile[]) => void;
  reject: (err: Error) => void;
}

/** A fixed set of worker threads fed from one queue; each message is a chunk of files. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, Task>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_FILE);
      worker.on('message', (msg: { id: number; parsed?: ParsedFile[]; failure?: string }) => {
        const task = this.running.get(worker)!;
        this.running.delete(worker);
        if (msg.failure) task.reject(new Error(`parse worker failed: ${msg.failure}`));
        else task.resolve(msg.parsed!);
        this.idle.push(worker);
        this.pump();
      });
      worker.on('error', (err) => {
        this.running.get(worker)?.reject(err);
        for (const task of this.queue.splice(0)) task.reject(err);
      });
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  parse(id: number, files: string[]): Promise<ParsedFile[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id, files, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage({ id: task.id, files: task.files });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}

/**
 * Parses, recognises and validates files in worker threads, yielding chunks of results in input
 * order. Parsing runs ahead of the consumer (bounded, so memory stays flat on a large archive).
 */
export async function* parseFiles(files: string[], options: ParsePoolOptions = {}): AsyncGenerator<ParsedFile[]> {
  const chunk = options.chunk ?? 25;
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += chunk) chunks.push(files.slice(i, i + chunk));
  const workers = fs.existsSync(WORKER_FILE) ? (options.workers ?? defaultWorkers()) : 0;
  if (workers === 0) {
    for (const part of chunks) {
      const parsed: ParsedFile[] = [];
      for (const file of part) parsed.push(await parseInputFile(file));
      yield parsed;
    }
    return;
  }
  const pool = new WorkerPool(Math.min(workers, chunks.length || 1));
  const ahead = options.ahead ?? Math.max(8, workers * 4);
  const pending = new Map<number, Promise<ParsedFile[]>>();
  let submitted = 0;
  try {
    for (let i = 0; i < chunks.length; i++) {
      while (submitted < chunks.length && submitted < i + ahead) {
        const parsing = pool.parse(submitted, chunks[submitted]);
        parsing.catch(() => undefined); // awaited in order below; this only keeps an early failure from going unhandled
        pending.set(submitted, parsing);
        submitted += 1;
      }
      const parsed = await pending.get(i)!;
      pending.delete(i);
      yield parsed;
    }
  } finally {
    await pool.close();
  }
}
