import neo4j, { Driver } from 'neo4j-driver';
import { Executor } from '../../../src/db/executor';
import { AppError } from '../../../src/errors/app-error';
import { database, TestApp } from '../../support/app';
import { startEmptyApp, stopAndClearGraph } from '../../support/sample';

/** Running transactions whose query text contains `probe` (the probe comes in as a parameter, so this query never lists itself). */
async function transactionsWith(app: TestApp, probe: string): Promise<{ status: string }[]> {
  return app.executor.read('SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS $probe RETURN status', { probe });
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Polls until `check` holds, at most `tries` times: for states Neo4j reaches asynchronously. */
async function eventually(check: () => Promise<boolean>, tries = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('transactions under abort, locks and deadlocks', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startEmptyApp();
  });
  afterAll(() => stopAndClearGraph(app));

  it('an aborted read fails with TIMEOUT and leaves no transaction running in Neo4j', async () => {
    const controller = new AbortController();
    const executor = new Executor(app.driver, database(), { signal: controller.signal });
    // Minutes of work unless stopped.
    const slow = executor.read("WITH 'abort-read-probe' AS probe UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n");
    const outcome = slow.catch((e: unknown) => e);
    expect(await eventually(async () => (await transactionsWith(app, 'abort-read-probe')).length > 0)).toBe(true);

    controller.abort(new Error('request deadline'));
    const err = await outcome;
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).extensions).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(await eventually(async () => (await transactionsWith(app, 'abort-read-probe')).length === 0)).toBe(true);
  });

  it('an aborted write waiting for a lock fails with TIMEOUT, is gone from Neo4j and wrote nothing', async () => {
    await app.executor.write("CREATE (:LockProbe {id: 'held'})");
    const session = app.driver.session();
    const holder = session.beginTransaction();
    try {
      await holder.run("MATCH (n:LockProbe {id: 'held'}) SET n.by = 'holder'");
      const controller = new AbortController();
      const executor = new Executor(app.driver, database(), { signal: controller.signal });
      const write = executor
        .write("MATCH (n:LockProbe {id: 'held'}) SET n.by = 'abort-write-probe' CREATE (:LockProbe {id: 'written'})")
        .catch((e: unknown) => e);
      expect(await eventually(async () => (await transactionsWith(app, 'abort-write-probe')).some((t) => t.status.startsWith('Blocked')))).toBe(true);

      controller.abort();
      expect(((await write) as AppError).extensions.code).toBe('TIMEOUT');
      expect(await eventually(async () => (await transactionsWith(app, 'abort-write-probe')).length === 0)).toBe(true);
    } finally {
      await holder.rollback();
      await session.close();
    }
    expect(await app.executor.read('MATCH (n:LockProbe) RETURN n.id AS id, n.by AS by')).toEqual([{ id: 'held', by: null }]);
  });

  it('a deadlock that outlasts the driver retries reaches the client as TRANSIENT, retryable', async () => {
    await app.executor.write(
      "UNWIND ['own-0', 'own-1', 'contested-0', 'contested-1'] + [i IN range(1, 20) | 'extra-' + i] AS id CREATE (:DeadlockProbe {id: id})",
    );
    // A driver that retries once at most: the first retry starts after the retry time (1 ms) has passed.
    const impatient: Driver = neo4j.driver(
      process.env.NEO4J_URI!,
      process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined,
      { maxTransactionRetryTime: 1 },
    );
    const session = app.driver.session();
    const other = session.beginTransaction();
    try {
      // Of two deadlocked transactions Neo4j aborts the one holding fewer locks: the other one holds 22.
      await other.run("MATCH (n:DeadlockProbe) WHERE NOT n.id STARTS WITH 'own-' SET n.by = 'other'");
      const heldOwn = [deferred(), deferred()];
      const proceed = [deferred(), deferred()];
      let attempts = 0;
      const write = new Executor(impatient, database())
        .writeTx(async (tx) => {
          const k = attempts++;
          if (k > 1) throw new Error('the driver was expected to give up after one retry');
          await tx.run('MATCH (n:DeadlockProbe {id: $id}) SET n.by = $by', { id: `own-${k}`, by: 'executor' });
          heldOwn[k].resolve();
          await proceed[k].promise;
          await tx.run("MATCH (n:DeadlockProbe {id: $id}) SET n.by = 'executor-deadlock-probe'", { id: `contested-${k}` });
        })
        .catch((e: unknown) => e);
      for (const k of [0, 1]) {
        await heldOwn[k].promise;
        proceed[k].resolve();
        expect(await eventually(async () => (await transactionsWith(app, 'executor-deadlock-probe')).some((t) => t.status.startsWith('Blocked')))).toBe(true);
        // Closes the cycle: the executor's transaction holds own-k and wants contested-k, the other one the reverse.
        await other.run('MATCH (n:DeadlockProbe {id: $id}) SET n.by = $by', { id: `own-${k}`, by: 'other' });
      }

      const err = await write;
      expect(attempts).toBe(2);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).extensions).toMatchObject({ code: 'TRANSIENT', retryable: true });
      expect((err as AppError).message).toMatch(/send the same request again/);
    } finally {
      await other.rollback();
      await session.close();
      await impatient.close();
    }
  });
});
