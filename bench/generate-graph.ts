import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Executor } from '../src/db/executor';
import { openBenchDatabase } from './graph/database';
import { ensureGraph } from './graph/generate';

/**
 * npm run bench:graph -- --stories 10000 [--seed 1] [--data-dir DIR]: writes a realistic, seeded
 * graph straight into Neo4j (NEO4J_URI, or an embedded Neo4j over DIR or a temporary directory).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { stories: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, 'data-dir': { type: 'string' } },
  });
  const stories = Number(values.stories);
  if (!Number.isInteger(stories) || stories < 100) throw new Error(`--stories must be an integer of at least 100 (got "${values.stories}")`);
  const db = await openBenchDatabase(values['data-dir']);
  try {
    console.error(`neo4j: ${db.description}`);
    const summary = await ensureGraph(new Executor(db.driver, db.database), stories, Number(values.seed), (l) => console.error(l));
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
