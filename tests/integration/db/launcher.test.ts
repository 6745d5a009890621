import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { createDriver } from '../../../src/db/driver';
import { passwordFile } from '../../../src/db/embedded-auth';
import { EmbeddedNeo4j, freePort, startEmbedded } from '../../../src/db/embedded';

/** The launcher's own limits, on a Neo4j of its own (the shared test one keeps the defaults). */
describe('the embedded Neo4j launcher', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-launcher-'));
  const dataDir = path.join(dir, 'data');
  let running: EmbeddedNeo4j | undefined;
  const start = async () =>
    (running = await startEmbedded({
      port: await freePort(),
      dataDir,
      exitWithParent: true,
      javaOpts: '-Xms128m -Xmx512m',
      pageCache: '16m',
      transactionTimeout: '2s',
    }));
  afterAll(async () => {
    await running?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ends a transaction at db.transaction.timeout even when the client set no limit', async () => {
    const { uri, credentials } = await start();
    const driver = createDriver({ uri, ...credentials });
    try {
      const session = driver.session();
      const error = await session.run('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n').then(
        () => undefined,
        (err: { code?: string }) => err,
      );
      await session.close();
      expect(error).toMatchObject({ code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.Transaction(TimedOut|TimedOutClientConfiguration)$/) });
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS "range(1, 2000000000)" AND NOT currentQuery STARTS WITH "SHOW" RETURN count(*) AS n',
      );
      expect(records[0].get('n').toNumber()).toBe(0);
    } finally {
      await driver.close();
    }
  }, 180000);

  it('applies a regenerated password file at the next start; the old password stops working', async () => {
    const old = running!.credentials;
    await running!.stop();
    fs.rmSync(passwordFile(dataDir));
    const { uri, credentials } = await start();
    expect(credentials.password).not.toBe(old.password);

    const stale = neo4j.driver(uri, neo4j.auth.basic(old.user, old.password));
    await expect(stale.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await stale.close();
    const fresh = createDriver({ uri, ...credentials });
    expect((await fresh.executeQuery('RETURN 1 AS one')).records[0].get('one').toNumber()).toBe(1);
    await fresh.close();
    // The initial-user file Neo4j reads at its first start is gone: the password file is the only copy.
    expect(fs.existsSync(path.join(dataDir, 'data', 'dbms', 'auth.ini'))).toBe(false);
  }, 180000);
});
