import { Driver, ManagedTransaction, Neo4jError, RecordShape, Session } from 'neo4j-driver';
import { recordToPlain } from './convert';
import { AppError } from '../errors/app-error';
import { outageSignal, unavailable } from './availability';

/** What a Cypher statement needs: text from an allow-listed template, values only as parameters. */
export interface Statement {
  cypher: string;
  params?: Record<string, unknown>;
}

/** How long an aborted write may take to tell whether it committed before the request gives up on it. */
const WRITE_OUTCOME_WAIT_MS = 5000;

/** No single transaction may run longer than this; Neo4j aborts it and the client gets an error. */
export const TRANSACTION_TIMEOUT_MS = 30000;

/** Except a migration's or a benchmark generator's backfill over the whole graph (no request waits on it). */
export const BACKFILL_TIMEOUT_MS = 15 * 60000;

export interface ExecutorOptions {
  /** Aborts at the request's deadline or when its client goes away. */
  signal?: AbortSignal;
  /** The request's deadline (epoch ms), when known: reads never get a longer transaction timeout than what is left. */
  deadline?: number;
  /**
   * The caller's clearance as a TLP rank (0 CLEAR .. 4 RED; default 4, for scripts and the system).
   * Every statement gets it as `$clearance`, which the marking predicate (src/modules/shared/visibility.ts) compares with.
   */
  clearance?: number;
}

/** Every marking: the clearance of executors outside a request (scripts, migrations, the system). */
export const FULL_CLEARANCE = 4;

/** Statements of one write transaction, run in order; rows come back as plain JS. */
export interface WriteTx {
  run<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
}

/**
 * The one place that touches the driver. Sessions share the driver's bookmark manager, so on a
 * cluster a read after a write (story after ingestStory) sees that write. Every call is one round
 * trip (one transaction function), counted so tests and response extensions can prove the absence
 * of N+1 query patterns.
 */
export class Executor {
  private trips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Per-request limits: when `signal` aborts, the running transaction is stopped in Neo4j too. */
    private readonly options: ExecutorOptions = {},
  ) {}

  get roundTrips(): number {
    return this.trips;
  }

  /** The rank `$clearance` carries; shortcuts that are only right for a caller who sees everything check it. */
  get clearance(): number {
    return this.options.clearance ?? FULL_CLEARANCE;
  }

  /** `$clearance` first, so a statement that passes its own keeps it. */
  private withClearance(params: Record<string, unknown>): Record<string, unknown> {
    return { clearance: this.clearance, ...params };
  }

  async read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.inSession('READ', async (session) => {
      const result = await session.executeRead((tx) => tx.run<RecordShape>(cypher, this.withClearance(params)), { timeout: this.readTimeout() });
      return result.records.map((r) => recordToPlain<T>(r));
    });
  }

  /**
   * One write transaction whose statements may depend on earlier results (checks that throw roll
   * everything back). The driver retries `work` on transient errors (deadlocks, lock timeouts), so
   * it must be idempotent: MERGE-based statements, no side effects outside the transaction.
   */
  async writeTx<T>(work: (tx: WriteTx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.inSession('WRITE', (session) =>
      session.executeWrite((tx: ManagedTransaction) => work(runner(tx, (params) => this.withClearance(params))), {
        timeout: options.timeoutMs ?? TRANSACTION_TIMEOUT_MS,
      }),
    );
  }

  /** Several statements in ONE write transaction: all or nothing. */
  async writeAll(statements: Statement[]): Promise<Record<string, unknown>[][]> {
    return this.writeTx(async (tx) => {
      const results: Record<string, unknown>[][] = [];
      for (const s of statements) results.push(await tx.run(s.cypher, s.params ?? {}));
      return results;
    });
  }

  async write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const [rows] = await this.writeAll([{ cypher, params }]);
    return rows as T[];
  }

  /** Whatever is left of the request's deadline, but never more than the global limit (and at least 1 ms: 0 means "none" to Neo4j). */
  private readTimeout(): number {
    const { deadline } = this.options;
    if (deadline === undefined) return TRANSACTION_TIMEOUT_MS;
    return Math.max(1, Math.min(TRANSACTION_TIMEOUT_MS, deadline - Date.now()));
  }

  /**
   * Opens a session for one transaction function and closes it afterwards. When the request's
   * signal aborts, closing the session RESETs the connection, which stops the transaction in Neo4j
   * (a dropped promise alone would leave it running and holding locks). A read then fails at once
   * with TIMEOUT; a write waits for the outcome, so that a write that did commit is reported as done
   * and one that did not is reported as TIMEOUT, never the other way round.
   */
  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const { signal } = this.options;
    if (signal?.aborted) throw timeoutError(signal);
    this.trips += 1;
    const session = pipelineBegin(
      this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarkManager: this.driver.executeQueryBookmarkManager }),
    );
    let onAbort: (() => void) | undefined;
    let onOutage: (() => void) | undefined;
    const outage = mode === 'READ' ? outageSignal(this.driver) : undefined;
    let closed = false;
    try {
      const running = work(session);
      // One promise settled by whichever comes first (the work, an outage, the abort), not a Promise.race per
      // condition: each race costs a request three promises and their reactions, and every request has both.
      const value = await (!outage && !signal
        ? running
        : new Promise<T>((resolve, reject) => {
            running.then(resolve, reject);
            if (outage) {
              // Neo4j died under this read: answer SERVICE_UNAVAILABLE now rather than after the driver's retries.
              onOutage = () => {
                void session.close().catch(() => undefined);
                reject(unavailable('down'));
              };
              outage.addEventListener('abort', onOutage, { once: true });
            }
            if (signal) {
              onAbort = () => {
                const closing = session.close();
                if (mode === 'READ') return reject(timeoutError(signal));
                // A write that did commit is reported as done; but a connection that died (Neo4j
                // crashed) may never settle: after a bounded wait the outcome is TIMEOUT, and the client's
                // retry is safe because every write is idempotent.
                const giveUp = setTimeout(() => reject(timeoutError(signal)), WRITE_OUTCOME_WAIT_MS);
                void closing
                  .catch(() => undefined)
                  .then(() =>
                    running.then(
                      () => clearTimeout(giveUp),
                      () => (clearTimeout(giveUp), reject(timeoutError(signal))),
                    ),
                  );
              };
              signal.addEventListener('abort', onAbort, { once: true });
            }
          }));
      // The transaction is over (committed, or a read's records all in): closing only hands the connection
      // back to the pool, and the answer need not wait for that.
      closed = true;
      void session.close().catch(() => undefined);
      return value;
    } catch (err) {
      if (signal?.aborted && !(err instanceof AppError)) throw timeoutError(signal, err);
      throw translate(err);
    } finally {
      if (onAbort) signal!.removeEventListener('abort', onAbort);
      if (onOutage) outage!.removeEventListener('abort', onOutage);
      if (!closed) {
        // Closing a session over a dead connection must not hold the response either.
        let giveUp: NodeJS.Timeout | undefined;
        await Promise.race([session.close().catch(() => undefined), new Promise((resolve) => (giveUp = setTimeout(resolve, WRITE_OUTCOME_WAIT_MS)))]);
        clearTimeout(giveUp);
      }
    }
  }
}

/** What neo4j-driver's own executeQuery sets on its sessions; private to the driver, so probed rather than assumed. */
interface PipelinedSession {
  _configureTransactionExecutor?: (pipelined: boolean, telemetryApi: number) => void;
}
const MANAGED_TRANSACTION_TELEMETRY = 0;

/**
 * Sends BEGIN together with the first statement instead of waiting for its answer: one network
 * round trip and one socket write fewer per transaction. It is how `driver.executeQuery` runs, which
 * we cannot use because it opens sessions past the outage guard and the in-flight gauge. A BEGIN
 * that fails still fails the transaction function (its first statement), and retries are unchanged.
 */
function pipelineBegin(session: Session): Session {
  (session as unknown as PipelinedSession)._configureTransactionExecutor?.(true, MANAGED_TRANSACTION_TELEMETRY);
  return session;
}

function runner(tx: ManagedTransaction, withClearance: (params: Record<string, unknown>) => Record<string, unknown>): WriteTx {
  return {
    run: async <T>(cypher: string, params: Record<string, unknown> = {}) => {
      const result = await tx.run<RecordShape>(cypher, withClearance(params));
      return result.records.map((r) => recordToPlain<T>(r));
    },
  };
}

function timeoutError(signal: AbortSignal, cause?: unknown): AppError {
  const why = signal.reason instanceof Error && signal.reason.message ? ` (${signal.reason.message})` : '';
  return new AppError('TIMEOUT', `The request was stopped at its deadline or because its client left${why}; nothing of it was written`, {
    cause: cause ?? signal.reason,
  });
}

/** Driver error codes that mean "the database cannot be reached right now" (after the driver's own retries). */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Neo4j stopped the transaction: at its time limit (ours, or the server's db.transaction.timeout),
 * by an operator, or while shutting down. A transaction waiting for a lock when that happens
 * reports LockClientStopped.
 */
const STOPPED = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);

/** Database errors with a meaning for clients become coded errors; the rest stay internal (and get masked). */
export function translate(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // The raw message names labels and values; clients get the rule, the log keeps the detail.
    return new AppError('CONFLICT', 'A uniqueness rule was violated: the id is already in use', { cause: err });
  }
  if (UNAVAILABLE.has(err.code)) return new AppError('SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly', { cause: err });
  if (STOPPED.has(err.code)) {
    return new AppError('TIMEOUT', 'The database stopped the transaction (time limit reached, or shutting down); nothing of it was written', { cause: err });
  }
  // Deadlocks, lock-wait timeouts and the like: the driver retried them until its retry time ran out.
  if (err.code.startsWith('Neo.TransientError.') || err.retryable) {
    return new AppError('TRANSIENT', 'The database was busy with conflicting writes (locks); nothing was written; send the same request again', { cause: err });
  }
  return err;
}
