import { Driver, Neo4jError, RecordShape } from 'neo4j-driver';
import { recordToPlain } from './convert';
import { AppError } from '../errors/app-error';

/** What a Cypher statement needs: text from an allow-listed template, values only as parameters. */
export interface Statement {
  cypher: string;
  params?: Record<string, unknown>;
}

/**
 * The one place that touches the driver. Sessions share the driver's bookmark manager, so on a
 * cluster a read after a write (story after ingestStory) sees that write. Every call is one round trip (one transaction function),
 * counted so tests and response extensions can prove the absence of N+1 query patterns.
 */
/** No single transaction may run longer than this; Neo4j aborts it and the client gets an error. */
export const TRANSACTION_TIMEOUT_MS = 30000;

export interface ExecutorOptions {
  signal?: AbortSignal;
}

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

  async read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.trips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ', bookmarkManager: this.driver.executeQueryBookmarkManager });
    try {
      const result = await session.executeRead((tx) => tx.run<RecordShape>(cypher, params), { timeout: TRANSACTION_TIMEOUT_MS });
      return result.records.map((r) => recordToPlain<T>(r));
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs several statements in ONE write transaction: all or nothing. The work function may be
   * retried by the driver, so it must only issue idempotent (MERGE-based) statements.
   */
  async writeAll(statements: Statement[]): Promise<Record<string, unknown>[][]> {
    this.trips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE', bookmarkManager: this.driver.executeQueryBookmarkManager });
    try {
      return await session.executeWrite(async (tx) => {
        const results: Record<string, unknown>[][] = [];
        for (const s of statements) {
          const result = await tx.run(s.cypher, s.params ?? {});
          results.push(result.records.map((r) => recordToPlain(r)));
        }
        return results;
      }, { timeout: TRANSACTION_TIMEOUT_MS });
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
    }
  }

  async write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const [rows] = await this.writeAll([{ cypher, params }]);
    return rows as T[];
  }
}

/** Driver error codes that mean "the database cannot be reached right now" (after the driver's own retries). */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Database errors with a meaning for clients become coded errors; the rest stay internal (and get masked). */
function translate(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // The raw message names labels and values; clients get the rule, the log keeps the detail.
    return new AppError('CONFLICT', 'A uniqueness rule was violated: the id is already in use', { cause: err });
  }
  if (UNAVAILABLE.has(err.code)) return new AppError('SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly', { cause: err });
  return err;
}
