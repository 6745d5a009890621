import 'reflect-metadata';
import { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { Role } from '../../src/modules/identity/identity.roles';
import { Executor } from '../../src/db/executor';
import { RunningServer, ServerOptions, startServer } from '../../src/server';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions: { code: string; fields?: { field: string; reason: string }[] } }[];
  extensions?: { queryStats?: { cypherRoundTrips: number } };
}

export interface TestApp {
  driver: Driver;
  executor: Executor;
  server: RunningServer;
  baseUrl: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

export const database = () => process.env.NEO4J_DATABASE || 'neo4j';

/** The real HTTP server on a free port, talking to the test Neo4j. */
/**
 * `config` overrides any server setting (limits, admission, nodeEnv, auth ...) for one suite.
 * By default requests without credentials act as an anonymous admin, so suites about other things
 * need no key; tests/integration/auth checks the real access rules with `config.auth`.
 */
export async function startTestApp(options: { writeToken?: string; config?: Partial<ServerOptions['config']> } = {}): Promise<TestApp> {
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const config = {
    host: '127.0.0.1',
    port: 0,
    nodeEnv: 'test' as const,
    queryStats: true,
    writeToken: options.writeToken,
    auth: { anonymousRole: Role.admin },
    ...options.config,
  };
  const server = await startServer({ config, driver, database: database() });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return {
    driver,
    executor: new Executor(driver, database()),
    server,
    baseUrl,
    gql,
    data: async <T>(query: string, variables?: Record<string, unknown>) => {
      const body = await gql<T>(query, variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
      return body.data as T;
    },
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}
