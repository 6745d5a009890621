import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { parseInputFile } from './input-file';

/** A parse-pool worker: receives `{ id, files }`, answers `{ id, parsed }` (or `{ id, failure }` for an unexpected error). */
parentPort!.on('message', async ({ id, files }: { id: number; files: string[] }) => {
  try {
    const parsed = [];
    for (const file of files) parsed.push(await parseInputFile(file));
    parentPort!.postMessage({ id, parsed });
  } catch (err) {
    parentPort!.postMessage({ id, failure: (err as Error).stack ?? String(err) });
  }
});
