import sharedTeardown from '../support/global-teardown';

/** Stops Neo4j only if the e2e setup started it; otherwise the integration project's teardown does. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.STORYGRAPH_E2E_OWNS_NEO4J === '1') await sharedTeardown();
}
