import { Executor } from '../src/db/executor';
import { BulkOptions, BulkReport, ingestFiles, ingestProgress } from '../src/ingest/load';

/**
 * A warm server for the ingest benchmarks: in production the database has been running when an
 * archive is imported, so its JIT has compiled Neo4j's write path and its page cache and heap are in
 * use. `warmUp` imports cards that share no story with the measured ones, then removes every node
 * and relationship they created, so the measured import starts on a graph with exactly what a fresh
 * database has (the migrations' nodes, constraints and indexes) and creates what it would create there.
 */

/** Labels deleted first, in this order, through their label index (claims carry most relationships). */
const BULK_LABELS = ['Claim', 'CitationGrade', 'Story', 'Source'] as const;
/** Nodes (and their relationships) per clean-up transaction. */
const DELETE_BATCH = 10000;

/** What the graph holds besides the migrations' own nodes. */
export async function graphContents(executor: Executor): Promise<{ nodes: number; relationships: number; migrations: number }> {
  const [row] = await executor.read<{ nodes: number; relationships: number; migrations: number }>(
    `CALL () { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (m:Migration) RETURN count(m) AS migrations }
     RETURN nodes, relationships, migrations`,
  );
  return row;
}

/**
 * Deletes every node but the migrations' (and so every relationship), DELETE_BATCH nodes per
 * transaction: the bulk labels through their label index, then whatever else (entities, topics,
 * marking tallies). Returns the number of nodes deleted.
 */
export async function removeAllButMigrations(executor: Executor): Promise<number> {
  let deleted = 0;
  const batch = async (cypher: string) => {
    for (;;) {
      const [row] = await executor.write<{ n: number }>(cypher, { batch: DELETE_BATCH });
      deleted += row.n;
      if (row.n < DELETE_BATCH) return;
    }
  };
  // Labels from the fixed list above, never from input.
  for (const label of BULK_LABELS) await batch(`MATCH (n:${label}) WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS n`);
  await batch('MATCH (n) WHERE NOT n:Migration WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS n');
  return deleted;
}

export interface WarmUpReport {
  cards: number;
  seconds: number;
  claimsPerSecond: number;
  created: BulkReport['created'];
  /** Nodes the clean-up deleted. */
  removed: number;
  cleanUpSeconds: number;
}

/**
 * Imports `files` (cards that share no story with the measured ones), then removes all they created
 * and checks the graph holds what it held before: nothing but the migrations' nodes. Refuses a graph
 * that holds anything else to begin with (the clean-up deletes everything but migrations).
 */
export async function warmUp(executor: Executor, files: string[], options: Omit<BulkOptions, 'onProgress'> = {}): Promise<WarmUpReport> {
  const before = await graphContents(executor);
  if (before.nodes || before.relationships) {
    throw new Error(`--warm-up needs a graph with nothing but migrations; this one has ${before.nodes} nodes and ${before.relationships} relationships`);
  }
  const bar = ingestProgress(files.length, 'warm-up');
  const report = await ingestFiles(executor, files, { ...options, onProgress: (done, outcome) => bar?.update(done, outcome) });
  bar?.stop();
  if (report.failedFiles) throw new Error(`warm-up: ${report.failedFiles} of ${files.length} cards failed`);
  const began = Date.now();
  const removed = await removeAllButMigrations(executor);
  const after = await graphContents(executor);
  if (after.nodes || after.relationships || after.migrations !== before.migrations) {
    throw new Error(`warm-up clean-up left ${JSON.stringify(after)} where the graph held ${JSON.stringify(before)}`);
  }
  return {
    cards: files.length,
    seconds: report.seconds,
    claimsPerSecond: report.claimsPerSecond,
    created: report.created,
    removed,
    cleanUpSeconds: (Date.now() - began) / 1000,
  };
}
