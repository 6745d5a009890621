import neo4j, { Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * Pool limits. Admission control in front of GraphQL bounds how many operations run at once; the
 * pool is larger than that bound, because one operation may hold a few sessions at a time
 * (parallel resolvers), so waiting for a connection is the exception, and a short wait.
 */
export const POOL = {
  maxConnectionPoolSize: 50,
  /** A request that cannot get a connection in 5 s fails (SERVICE_UNAVAILABLE) instead of queuing 30 s+. */
  connectionAcquisitionTimeout: 5000,
  /** TCP connect + handshake; a dead remote host must not hold a request for the OS default (minutes). */
  connectionTimeout: 5000,
  /**
   * How long executeRead/executeWrite retry transient failures (deadlocks, lock timeouts, a lost
   * connection). Long enough for a supervised restart of the embedded Neo4j on a busy machine, so a
   * write in flight during a crash lands once it is back, instead of 30 s of the driver's default.
   */
  maxTransactionRetryTime: 15000,
} as const;

/** neo4j:// routes (clusters, Aura), bolt:// talks to one server; both take the same options. */
export function createDriver(options: DriverOptions): Driver {
  // Credentials: the embedded Neo4j's from its password file, or NEO4J_USER/NEO4J_PASSWORD for an external one.
  const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
  return neo4j.driver(options.uri, auth, {
    ...POOL,
    disableLosslessIntegers: false,
    userAgent: 'storygraph/0.1',
  });
}

/** Waits until the server answers, so startup errors name the real cause (wrong URI, auth, down). */
export async function waitForConnectivity(driver: Driver, database: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (err) {
      lastError = err;
      const code = (err as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`neo4j: cannot reach the database: ${(lastError as Error)?.message ?? lastError}`);
}
