import { loadConfig } from '../config/env';
import { setLogLevel } from '../logger';
import { connectDatabase } from './connect';
import { Executor } from './executor';
import { applyMigrations } from './migrations';

/** For command-line tools: connects as the service would (config, embedded or external Neo4j, migrations), runs `work`, and always closes. */
export async function withDatabase<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const config = loadConfig();
  setLogLevel('warn');
  const db = await connectDatabase(config);
  try {
    const executor = new Executor(db.driver, db.database);
    await applyMigrations(executor);
    return await work(executor);
  } finally {
    await db.close();
  }
}
