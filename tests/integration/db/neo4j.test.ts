import { createDriver } from '../../../src/db/driver';
import { Executor } from '../../../src/db/executor';
import { applyMigrations, loadMigrations, pendingMigrations } from '../../../src/db/migrations';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';

describe('the real Neo4j', () => {
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const executor = new Executor(driver, database());

  afterAll(async () => {
    await resetGraph(executor);
    await driver.close();
  });

  it('is a Neo4j 5.26 server that enforces uniqueness constraints with its own error', async () => {
    const info = await driver.getServerInfo({ database: database() });
    expect(info.agent).toMatch(/^Neo4j\/5\.26/);

    await executor.write('CREATE (:Story {id: $id, title: "first"})', { id: 'story:constraint-probe' });
    // Bypass the Executor's translation to see Neo4j's own error.
    const session = driver.session({ database: database() });
    try {
      await expect(session.executeWrite((tx) => tx.run('CREATE (:Story {id: $id})', { id: 'story:constraint-probe' }))).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
    } finally {
      await session.close();
    }
    await expect(executor.write('CREATE (:Story {id: $id})', { id: 'story:constraint-probe' })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('has applied every migration once and records them', async () => {
    expect(await pendingMigrations(executor)).toEqual([]);
    expect(await applyMigrations(executor)).toEqual([]);
    const rows = await executor.read<{ id: string; checksum: string }>('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum ORDER BY id');
    expect(rows).toEqual(loadMigrations().map((m) => ({ id: m.id, checksum: m.checksum })));
  });

  it('refuses a migration that changed after it was applied', async () => {
    const [first] = loadMigrations();
    await expect(applyMigrations(executor, [{ ...first, checksum: 'changed' }])).rejects.toThrow(/changed after it was applied/);
  });

  it('converts driver integers and temporals to plain values', async () => {
    const [row] = await executor.read<{ n: number; d: string; dt: string }>("RETURN 42 AS n, date('2025-12-08') AS d, datetime('2025-12-08T10:00:00Z') AS dt");
    expect(row).toEqual({ n: 42, d: '2025-12-08', dt: '2025-12-08T10:00:00.000Z' });
  });
});
