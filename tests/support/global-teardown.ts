import fs from 'node:fs';

/** Always runs, failed tests or not: stops the throwaway Neo4j and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as Record<string, unknown>).__NEO4J__ as { stop(): Promise<void>; dataDir: string } | undefined;
  if (!neo4j) return;
  await neo4j.stop();
  fs.rmSync(neo4j.dataDir, { recursive: true, force: true });
}
