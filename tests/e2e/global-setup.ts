import sharedSetup from '../support/global-setup';

interface ThrowawayNeo4j {
  stop(): Promise<void>;
  dataDir: string;
}

/**
 * One throwaway Neo4j for the whole run, whichever project's setup Jest calls first (its order
 * follows the test sequencer, not the config). If the integration setup ran first, reuse its
 * instance; otherwise start it here and let the integration setup find it as an allowed database.
 * Both teardowns then call the same stop, made to run once.
 */
export default async function globalSetup(): Promise<void> {
  if (!(process.env.NEO4J_URI && process.env.STORYGRAPH_TEST_THROWAWAY === '1')) {
    await sharedSetup();
    if (process.env.STORYGRAPH_TEST_THROWAWAY === '1') process.env.STORYGRAPH_TEST_ALLOW_RESET = 'true';
  }
  const neo4j = (globalThis as Record<string, unknown>).__NEO4J__ as ThrowawayNeo4j | undefined;
  if (neo4j) {
    let stopping: Promise<void> | undefined;
    const stop = neo4j.stop;
    neo4j.stop = () => (stopping ??= stop());
  }
}
