import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/db/driver';
import { freePort, startEmbedded } from '../../src/db/embedded';
import { Executor } from '../../src/db/executor';
import { applyMigrations } from '../../src/db/migrations';

/**
 * Unless NEO4J_URI is given, starts a throwaway embedded Neo4j on a free port with a temporary
 * data directory. It is tied to this process (stdin watch), so even a killed test run cannot leak it.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NEO4J_URI) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-test-'));
    const port = await freePort();
    const neo4j = await startEmbedded({ port, dataDir, exitWithParent: true, javaOpts: '-Xms256m -Xmx1500m', pageCache: '64m' });
    process.env.NEO4J_URI = neo4j.uri;
    // The throwaway Neo4j has auth like any embedded one; tests log in with its generated password.
    process.env.NEO4J_USER = neo4j.credentials.user;
    process.env.NEO4J_PASSWORD = neo4j.credentials.password;
    process.env.STORYGRAPH_TEST_THROWAWAY = '1';
    (globalThis as Record<string, unknown>).__NEO4J__ = { stop: neo4j.stop, dataDir };
    process.stderr.write(`\ntest Neo4j ready at ${neo4j.uri} in ${neo4j.startupMs} ms (data: ${dataDir})\n`);
  } else if (process.env.STORYGRAPH_TEST_ALLOW_RESET !== 'true') {
    throw new Error('integration tests delete the graph between suites: set STORYGRAPH_TEST_ALLOW_RESET=true to run them against NEO4J_URI');
  }
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  try {
    await applyMigrations(new Executor(driver, process.env.NEO4J_DATABASE || 'neo4j'));
  } finally {
    await driver.close();
  }
}
