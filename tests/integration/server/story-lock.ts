import { Driver } from 'neo4j-driver';
import { database } from '../../support/app';

/**
 * Holds a request of the service on a Neo4j lock, deterministically: an uncommitted
 * `CREATE (:Story {id})` in the test's own transaction makes any MERGE of that story id (an
 * ingestStory with this id) wait on the uniqueness lock until `release()` rolls it back.
 */
export async function holdStoryId(driver: Driver, id: string): Promise<{ release(): Promise<void> }> {
  const session = driver.session({ database: database() });
  const tx = session.beginTransaction();
  await tx.run('CREATE (:Story {id: $id, title: "held by a test"})', { id });
  return {
    release: async () => {
      await tx.rollback();
      await session.close();
    },
  };
}

/** Transactions waiting on a lock (the service's, while a test holds one). */
export async function blockedTransactions(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
    {},
    { database: database() },
  );
  return records[0].get('n').toNumber();
}

/** Polls `check` until it holds or `ms` pass; returns whether it held. */
export async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

export async function storyExists(driver: Driver, id: string): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (s:Story {id: $id}) RETURN count(s) AS n', { id }, { database: database() });
  return records[0].get('n').toNumber() > 0;
}
