import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/env';
import { connectDatabase, Database } from './db/connect';
import { Executor } from './db/executor';
import { applyMigrations } from './db/migrations';
import { loadSampleStory } from './ingest/load';
import { storyService } from './modules/story/story.service';
import { firstStartAdminKey } from './modules/identity/first-start-key';
import { logger, setLogLevel } from './logger';
import { RunningServer, startServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      logger.error(`configuration error: ${err.message}`, { variable: err.variable });
      process.exit(78);
    }
    throw err;
  }
  setLogLevel(config.logLevel);

  let db: Database | undefined;
  let server: RunningServer | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down: no new connections, in-flight requests may finish', { signal, graceMs: config.shutdownGraceMs });
    // The server cuts what is still running once the grace period is over; this only catches a hang after that.
    const force = setTimeout(() => {
      logger.error('shutdown did not complete; exiting', { graceMs: config.shutdownGraceMs });
      process.exit(1);
    }, config.shutdownGraceMs + 15000).unref();
    await server?.stop();
    logger.info('http server stopped');
    await db?.close();
    clearTimeout(force);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  db = await connectDatabase(config);
  const executor = new Executor(db.driver, db.database);
  const ran = await applyMigrations(executor);
  logger.info('migrations applied', { ran });
  if (config.seedOnEmpty && (await storyService.isGraphEmpty(executor))) {
    const outcome = await loadSampleStory(executor);
    logger.info('loaded the sample story', { storyId: outcome.story.id, claims: outcome.plan.claims.length });
  }
  if (config.nodeEnv === 'development') {
    const key = await firstStartAdminKey(executor);
    // Shown once (only its hash is kept); README "Access control" says how to make more or revoke it.
    if (key) process.stdout.write(`storygraph: first start, development admin key (shown once): ${key}\n`);
  }
  if (stopping) return;
  server = await startServer({ config, driver: db.driver, database: db.database });
  logger.info('storygraph ready', { graphql: server.url, neo4j: db.uri, metrics: config.metrics ? server.url.replace(/\/graphql$/, '/metrics') : null });
  // For the person at the terminal (and scripts waiting for it); stderr stays JSON only.
  process.stdout.write(`storygraph: GraphQL API ready at ${server.url}\n`);
}

main().catch((err) => {
  logger.error(`failed to start: ${(err as Error).message}`, { stack: (err as Error).stack });
  process.exit(1);
});
