import sharedSetup from '../support/global-setup';

/**
 * When the integration project already started the throwaway Neo4j in this run, the browser
 * suites use the same one; alone (`--selectProjects e2e`) they start their own.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI && process.env.STORYGRAPH_TEST_THROWAWAY === '1') return;
  process.env.STORYGRAPH_E2E_OWNS_NEO4J = '1';
  await sharedSetup();
}
