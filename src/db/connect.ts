import { Driver } from 'neo4j-driver';
import { Config } from '../config/env';
import { logger } from '../logger';
import { createDriver, waitForConnectivity } from './driver';
import { startEmbedded } from './embedded';
import { clearState, readState, writeState } from './embedded-state';

export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  /** Closes the driver, then stops the Neo4j this process started (never one it merely joined). */
  close(): Promise<void>;
}

/**
 * NEO4J_URI set: use that server. Unset: join the Neo4j of `npm run db:start` if one runs,
 * else start an embedded Neo4j owned by this process.
 */
export async function connectDatabase(config: Config): Promise<Database> {
  let uri = config.neo4j.uri;
  let stopOwned: (() => Promise<void>) | undefined;
  if (!uri) {
    const running = readState(config.embedded.dataDir);
    if (running) {
      uri = running.uri;
      logger.info('using the embedded Neo4j started by db:start', { uri, pid: running.pid });
    } else {
      logger.info('starting embedded Neo4j', { port: config.embedded.port, dataDir: config.embedded.dataDir });
      const embedded = await startEmbedded({
        ...config.embedded,
        exitWithParent: true,
        // /readyz turns to 503 on its own; the log says why.
        onUnexpectedExit: (code, lastOutput) => logger.error('embedded Neo4j exited unexpectedly', { code, lastOutput }),
      });
      logger.info('embedded Neo4j ready', { uri: embedded.uri, startupMs: embedded.startupMs });
      uri = embedded.uri;
      // Recorded like db:start's, so `npm run ingest` and db:status find this instance while it runs.
      writeState({ pid: embedded.pid, port: config.embedded.port, dataDir: config.embedded.dataDir, uri, startedAt: new Date().toISOString() });
      stopOwned = async () => {
        await embedded.stop();
        clearState(config.embedded.dataDir);
      };
    }
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  try {
    await waitForConnectivity(driver, config.neo4j.database);
  } catch (err) {
    await driver.close();
    await stopOwned?.();
    throw err;
  }
  return {
    driver,
    database: config.neo4j.database,
    uri,
    close: async () => {
      await driver.close();
      await stopOwned?.();
    },
  };
}
