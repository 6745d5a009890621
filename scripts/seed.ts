import 'reflect-metadata';
import { loadConfig } from '../src/config/env';
import { connectDatabase } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { loadSampleStory } from '../src/ingest/load';

/** npm run seed: applies migrations and (re)loads the sample story; safe to repeat. */
async function main(): Promise<void> {
  const db = await connectDatabase(loadConfig());
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    const outcome = await loadSampleStory(executor);
    console.log(`seeded ${outcome.story.id}: created ${JSON.stringify(outcome.created)}, reused ${JSON.stringify(outcome.reused)}`);
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(`seed failed: ${(err as Error).message}`);
  process.exit(1);
});
