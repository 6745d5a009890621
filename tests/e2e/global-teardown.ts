import sharedTeardown from '../support/global-teardown';

/** Stops the throwaway Neo4j; a second call (the integration project's teardown) finds it stopped. */
export default async function globalTeardown(): Promise<void> {
  await sharedTeardown();
}
