import { SingleBar, Presets } from 'cli-progress';
import { BACKFILL_TIMEOUT_MS, Executor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';
import { RECOUNT_ALL_TALLIES, RECOUNT_PAIR_TALLIES, RECOUNT_TALLIES } from '../../src/modules/marking/marking.tally';
import { seeded } from './random';
import { buildReference } from './reference';
import { StoryRows, StoryStream } from './stories';
import { writeReference, writeStories } from './write';

export interface GraphSummary {
  stories: number;
  seed: number;
  /** Stories already there (a reused or extended graph) and how many this run wrote. */
  existing: number;
  written: number;
  seconds: number;
  counts: Record<string, number>;
  /** Ids the query benchmark uses: a claim with a deep DERIVED_FROM chain and its story. */
  targets: { claimId: string; storyId: string; agencyId: string };
}

const BATCH = 200;

/** A graph from another seed or generator version would make the benchmark's targets miss: refuse it. */
async function checkStored(executor: Executor, storyIds: string[]): Promise<void> {
  const [{ found }] = await executor.read<{ found: number }>('UNWIND $ids AS id MATCH (s:Story {id: id}) RETURN count(s) AS found', { ids: storyIds });
  if (found !== storyIds.length) {
    throw new Error(
      'the stories in this database were not written by this generator with this seed (another version or --seed): use a new --data-dir or an empty database',
    );
  }
}

/**
 * Brings the graph to exactly `stories` stories of the seeded stream. The stream is deterministic
 * and every write is a MERGE, so a graph of fewer stories (an earlier, smaller or interrupted run
 * with the same seed) is extended rather than rebuilt; a bigger one is refused.
 */
export async function ensureGraph(executor: Executor, stories: number, seed: number, log: (line: string) => void): Promise<GraphSummary> {
  const started = Date.now();
  await applyMigrations(executor);
  const [{ existing }] = await executor.read<{ existing: number }>('MATCH (s:Story) RETURN count(s) AS existing');
  if (existing > stories)
    throw new Error(`the graph already has ${existing} stories, more than the ${stories} asked for: use another --data-dir (or an empty database)`);

  const random = seeded(seed);
  const ref = buildReference(random);
  const stream = new StoryStream(ref, random);
  if (existing < stories) {
    log(existing ? `extending the graph from ${existing} to ${stories} stories` : `writing ${stories} stories`);
    await writeReference(executor, ref);
    log(`reference entities written (${Math.round((Date.now() - started) / 1000)} s with migrations)`);
  } else log(`reusing the graph of ${stories} stories`);

  const bar =
    process.stderr.isTTY && existing < stories
      ? new SingleBar({ format: 'graph [{bar}] {value}/{total} stories | {eta_formatted} left', stream: process.stderr }, Presets.shades_classic)
      : undefined;
  bar?.start(stories, existing);
  let batch: StoryRows[] = [];
  let lastLog = Date.now();
  const stored: string[] = [];
  for (let n = 0; n < stories; n++) {
    const rows = stream.next(n);
    if (n < existing) {
      // Identical to what is stored (same seed, same generator): the stream only has to advance.
      if (n === 0 || n === existing - 1) stored.push(rows.story.id);
      if (n === existing - 1) await checkStored(executor, stored);
      continue;
    }
    batch.push(rows);
    if (batch.length === BATCH || n === stories - 1) {
      await writeStories(executor, batch);
      batch = [];
      bar?.update(n + 1);
      if (!bar && Date.now() - lastLog > 10000) {
        log(`  ${n + 1}/${stories} stories`);
        lastLog = Date.now();
      }
    }
  }
  bar?.stop();
  // The writes above are raw Cypher, not the story writer: the entity tallies it keeps are counted once here.
  if (existing < stories) {
    for (const recount of [RECOUNT_TALLIES, RECOUNT_ALL_TALLIES, RECOUNT_PAIR_TALLIES])
      await executor.writeTx((tx) => tx.run(recount), { timeoutMs: BACKFILL_TIMEOUT_MS });
  }
  if (!stream.showcase) throw new Error('no claim with a DERIVED_FROM chain of depth 3 was generated; use more stories');

  const [counts] = await executor.read<Record<string, number>>(
    `RETURN COUNT { (:Story) } AS stories, COUNT { (:Claim) } AS claims, COUNT { (:Source) } AS sources,
            COUNT { (:Country) } AS countries, COUNT { (:Agency) } AS agencies, COUNT { (:Person) } AS people,
            COUNT { (:Organization) } AS organizations, COUNT { (:Group) } AS groups, COUNT { (:Topic) } AS topics,
            COUNT { ()-[]->() } AS relationships`,
  );
  return {
    stories,
    seed,
    existing,
    written: stories - existing,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    counts,
    targets: { ...stream.showcase, agencyId: stream.agencyZipf.items[0] }, // agency:us-cia
  };
}
