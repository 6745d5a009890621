import { Driver } from 'neo4j-driver';
import { Config } from '../config/env';
import { logger } from '../logger';
import { DatabaseState, guardDriver } from './availability';
import { createDriver, waitForConnectivity } from './driver';
import { embeddedCredentials } from './embedded-auth';
import { clearState, readState, writeState } from './embedded-state';
import { EmbeddedSupervisor } from './supervisor';

export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  /**
   * The embedded Neo4j this process owns, as its supervisor sees it. A Neo4j we only joined or
   * an external server reports 'up': queries and /readyz find out the truth for those.
   */
  state(): DatabaseState;
  /** Closes the driver, then stops the Neo4j this process started (never one it merely joined). */
  close(): Promise<void>;
}

/**
 * NEO4J_URI set: use that server with NEO4J_USER/NEO4J_PASSWORD. Unset: join the Neo4j of
 * `npm run db:start` if one runs, else start a supervised embedded Neo4j owned by this process;
 * both embedded cases log in with the password kept in the data directory.
 */
export async function connectDatabase(config: Config): Promise<Database> {
  const { database } = config.neo4j;
  if (config.neo4j.uri)
    return joined(createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password }), config.neo4j.uri, database);

  const { dataDir, port } = config.embedded;
  const credentials = embeddedCredentials(dataDir);
  const running = readState(dataDir);
  if (running) {
    logger.info('using the embedded Neo4j started by db:start', { uri: running.uri, pid: running.pid });
    return joined(createDriver({ uri: running.uri, ...credentials }), running.uri, database);
  }

  logger.info('starting embedded Neo4j', { port, dataDir });
  const uri = `bolt://127.0.0.1:${port}`;
  const driver = createDriver({ uri, ...credentials });
  const supervisor = new EmbeddedSupervisor({
    embedded: { ...config.embedded, exitWithParent: true },
    probe: () => waitForConnectivity(driver, database),
    // Recorded like db:start's (and again after each restart, with the new pid), so
    // `npm run ingest` and db:status find this instance while it runs.
    onStarted: (neo4j) => writeState({ pid: neo4j.pid, port, dataDir, uri, startedAt: new Date().toISOString() }),
  });
  try {
    const embedded = await supervisor.start();
    logger.info('embedded Neo4j ready', { uri, startupMs: embedded.startupMs });
  } catch (err) {
    await driver.close();
    await supervisor.stop();
    clearState(dataDir);
    throw err;
  }
  return {
    driver: guardDriver(driver, supervisor.state, supervisor.onDown),
    database,
    uri,
    state: supervisor.state,
    close: async () => {
      await driver.close();
      await supervisor.stop();
      clearState(dataDir);
    },
  };
}

async function joined(driver: Driver, uri: string, database: string): Promise<Database> {
  try {
    await waitForConnectivity(driver, database);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return { driver, database, uri, state: () => 'up', close: () => driver.close() };
}
