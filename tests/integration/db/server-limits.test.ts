import neo4j, { Driver, Session } from 'neo4j-driver';
import { createDriver } from '../../../src/db/driver';
const database = () => process.env.NEO4J_DATABASE || 'neo4j';

/** Long enough to still run when we look for it, cheap in memory: it only counts. */
const HEAVY = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n // storygraph-abandon-probe';

async function running(observer: Driver): Promise<number> {
  const { records } = await observer.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'storygraph-abandon-probe' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n",
    {},
    { database: database() },
  );
  return records[0].get('n').toNumber();
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe('Bolt of the embedded Neo4j', () => {
  const uri = process.env.NEO4J_URI!;
  const observer = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  afterAll(() => observer.close());

  it.each([
    ['no credentials', undefined],
    ['the default password', neo4j.auth.basic('neo4j', 'neo4j')],
    ['a wrong password', neo4j.auth.basic('neo4j', 'not-the-generated-one')],
  ])('refuses a connection with %s', async (_label, auth) => {
    const intruder = neo4j.driver(uri, auth);
    try {
      await expect(intruder.executeQuery('CREATE (:Intruder) RETURN 1', {}, { database: database() })).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await intruder.close();
    }
    const { records } = await observer.executeQuery('MATCH (n:Intruder) RETURN count(n) AS n', {}, { database: database() });
    expect(records[0].get('n').toNumber()).toBe(0);
  });

  // What the executor does at a request's deadline (session close = RESET), and what a crashed or
  // killed client looks like to Neo4j (its connections close). Neither may leave the query running.
  it.each([
    ['its session is closed', (_driver: Driver, session: Session) => void session.close()],
    ['its connection is closed', (driver: Driver) => void driver.close()],
  ])('stops a transaction in Neo4j when %s mid-query', async (_label, abandon) => {
    const client = createDriver({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    const session = client.session({ database: database() });
    let finished = false;
    session
      .executeRead((tx) => tx.run(HEAVY))
      .then(
        () => (finished = true),
        () => undefined,
      );
    expect(await until(async () => (await running(observer)) === 1, 20000)).toBe(true);

    abandon(client, session);
    expect(await until(async () => (await running(observer)) === 0, 2000)).toBe(true);
    expect(finished).toBe(false);
    await client.close();
  });
});
