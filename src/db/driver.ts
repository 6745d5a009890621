import neo4j, { Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

/** neo4j:// routes (clusters, Aura), bolt:// talks to one server; both take the same options. */
export function createDriver(options: DriverOptions): Driver {
  // No credentials: the embedded Neo4j runs without auth on loopback only.
  const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
  return neo4j.driver(options.uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30000,
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
