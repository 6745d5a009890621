import { Driver, Neo4jError, Session } from 'neo4j-driver';
import { Executor, TRANSACTION_TIMEOUT_MS, translate } from '../../../src/db/executor';
import { AppError } from '../../../src/errors/app-error';

/**
 * A driver whose sessions run transaction functions against a scripted outcome, and record what
 * the executor asked for (the transaction timeout, whether the session was closed).
 */
function fakeDriver(outcome: (closed: Promise<void>) => Promise<unknown>) {
  const seen = { sessions: 0, closes: 0, timeouts: [] as number[] };
  const driver = {
    executeQueryBookmarkManager: undefined,
    session: () => {
      seen.sessions += 1;
      let markClosed!: () => void;
      const closed = new Promise<void>((r) => (markClosed = r));
      const run = (_work: unknown, config: { timeout: number }) => {
        seen.timeouts.push(config.timeout);
        return outcome(closed).then((records) => ({ records: records ?? [] }));
      };
      return {
        executeRead: run,
        executeWrite: (work: (tx: unknown) => Promise<unknown>, config: { timeout: number }) => {
          seen.timeouts.push(config.timeout);
          return outcome(closed).then(() => work({ run: async () => ({ records: [] }) }));
        },
        close: async () => {
          seen.closes += 1;
          markClosed();
        },
      } as unknown as Session;
    },
  } as unknown as Driver;
  return { driver, seen };
}

const neo4jError = (code: string) => new Neo4jError(`server said ${code}`, code, '50N42', 'error');
const codeOf = (err: unknown) => (err as AppError).extensions.code;

describe('Executor', () => {
  describe('translate', () => {
    it.each([
      ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT', true],
      ['Neo.ClientError.Transaction.LockClientStopped', 'TIMEOUT', true],
      ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'TRANSIENT', true],
      ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT', true],
      ['Neo.ClientError.Transaction.TransactionTimedOut', 'TIMEOUT', true],
      ['ServiceUnavailable', 'SERVICE_UNAVAILABLE', true],
      ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE', true],
      ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT', undefined],
    ])('turns %s into %s (retryable: %s)', (code, expected, retryable) => {
      const err = translate(neo4jError(code));
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).extensions).toMatchObject({ code: expected });
      expect((err as AppError).extensions.retryable).toBe(retryable);
      expect((err as AppError).message).not.toContain('server said');
    });

    it('leaves other errors alone (they are logged and masked)', () => {
      const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
      expect(translate(syntax)).toBe(syntax);
      const plain = new Error('boom');
      expect(translate(plain)).toBe(plain);
    });
  });

  describe('transaction timeout', () => {
    it('is the global limit without a deadline', async () => {
      const { driver, seen } = fakeDriver(async () => []);
      await new Executor(driver, 'neo4j').read('RETURN 1');
      expect(seen.timeouts).toEqual([TRANSACTION_TIMEOUT_MS]);
    });

    it("is what is left of the request's deadline when that is shorter", async () => {
      const { driver, seen } = fakeDriver(async () => []);
      await new Executor(driver, 'neo4j', { deadline: Date.now() + 5000 }).read('RETURN 1');
      expect(seen.timeouts[0]).toBeGreaterThan(0);
      expect(seen.timeouts[0]).toBeLessThanOrEqual(5000);
    });

    it('never exceeds the global limit, and never becomes 0 (which Neo4j reads as "no limit")', async () => {
      const { driver, seen } = fakeDriver(async () => []);
      await new Executor(driver, 'neo4j', { deadline: Date.now() + 10 * TRANSACTION_TIMEOUT_MS }).read('RETURN 1');
      await new Executor(driver, 'neo4j', { deadline: Date.now() - 1 }).read('RETURN 1');
      expect(seen.timeouts).toEqual([TRANSACTION_TIMEOUT_MS, 1]);
    });
  });

  describe('abort signal', () => {
    it('refuses to start once the signal has aborted, without opening a session', async () => {
      const { driver, seen } = fakeDriver(async () => []);
      const controller = new AbortController();
      controller.abort(new Error('deadline passed'));
      await expect(new Executor(driver, 'neo4j', { signal: controller.signal }).read('RETURN 1')).rejects.toMatchObject({
        extensions: { code: 'TIMEOUT', retryable: true },
      });
      expect(seen.sessions).toBe(0);
    });

    it('stops a running read: closes the session (which stops the transaction in Neo4j) and throws TIMEOUT', async () => {
      // The read only ends when its session is closed, like a long query stopped by a RESET.
      const { driver, seen } = fakeDriver((closed) => closed.then(() => Promise.reject(new Error('session closed'))));
      const controller = new AbortController();
      const read = new Executor(driver, 'neo4j', { signal: controller.signal }).read('MATCH (n) RETURN n');
      setImmediate(() => controller.abort());
      const err = await read.catch((e: unknown) => e);
      expect(codeOf(err)).toBe('TIMEOUT');
      expect(seen.closes).toBeGreaterThanOrEqual(1);
    });

    it('reports a write that committed while the signal aborted as written, not as TIMEOUT', async () => {
      // The commit is already under way: closing the session cannot stop it any more.
      const { driver } = fakeDriver((closed) => closed.then(() => []));
      const controller = new AbortController();
      const write = new Executor(driver, 'neo4j', { signal: controller.signal }).write('CREATE (n)');
      setImmediate(() => controller.abort());
      await expect(write).resolves.toEqual([]);
    });

    it('reports a write stopped by the abort as TIMEOUT', async () => {
      const { driver } = fakeDriver((closed) => closed.then(() => Promise.reject(new Error('rolled back'))));
      const controller = new AbortController();
      const write = new Executor(driver, 'neo4j', { signal: controller.signal }).write('CREATE (n)');
      setImmediate(() => controller.abort());
      expect(codeOf(await write.catch((e: unknown) => e))).toBe('TIMEOUT');
    });

    it('passes a retries-exhausted transient error on as TRANSIENT', async () => {
      const { driver } = fakeDriver(() => Promise.reject(neo4jError('Neo.TransientError.Transaction.DeadlockDetected')));
      const err = await new Executor(driver, 'neo4j').write('CREATE (n)').catch((e: unknown) => e);
      expect((err as AppError).extensions).toMatchObject({ code: 'TRANSIENT', retryable: true });
    });
  });
});
