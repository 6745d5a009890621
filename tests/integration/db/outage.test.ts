import { DatabaseState, guardDriver } from '../../../src/db/availability';
import { createDriver } from '../../../src/db/driver';
import { Gauge } from 'prom-client';
import { Executor } from '../../../src/db/executor';
import { countTransactions } from '../../../src/observability/transactions-in-flight';

/** Long enough that it is still running when the outage is announced (a few seconds on these machines). */
const SLOW_READ = 'UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n';

describe('a supervised Neo4j going down', () => {
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  let state: DatabaseState = 'up';
  const listeners: (() => void)[] = [];
  guardDriver(
    driver,
    () => state,
    (listener) => listeners.push(listener),
  );
  // Through the metrics wrapper, as the server runs it.
  const counted = countTransactions(driver, new Gauge({ name: 'outage_test_sessions', help: 'open sessions', registers: [] }));
  const executor = new Executor(counted, process.env.NEO4J_DATABASE || 'neo4j');
  afterAll(() => driver.close());

  it('fails a read in flight with SERVICE_UNAVAILABLE instead of leaving it to the driver’s retries', async () => {
    const running = executor.read(SLOW_READ);
    await new Promise((resolve) => setTimeout(resolve, 300));
    state = 'down';
    listeners.forEach((listener) => listener());
    await expect(running).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    // New reads are refused before they open a session, and come back once the database is up.
    await expect(executor.read('RETURN 1 AS one')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    state = 'up';
    expect(await executor.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('leaves writes to the driver (a write in flight is retried after a restart, not reported lost)', async () => {
    const write = executor.write<{ n: number }>('CREATE (t:OutageProbe) WITH t DELETE t RETURN 1 AS n');
    listeners.forEach((listener) => listener());
    expect(await write).toEqual([{ n: 1 }]);
  });
});
