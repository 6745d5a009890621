import { createDriver } from '../../src/db/driver';
import { embeddedCredentials } from '../../src/db/embedded-auth';
import { readState } from '../../src/db/embedded-state';
import { titlePrefix } from './workload';

export interface GraphCheck {
  storiesInGraph: number;
  duplicates: number;
  acknowledgedMissing: number;
  landedUnacknowledged: number;
}

/** Straight from Neo4j (not through the API under test): what this run's writes left in the graph. */
export async function checkGraph(dataDir: string, runId: string, acknowledged: Set<string>): Promise<GraphCheck> {
  const state = readState(dataDir);
  if (!state) throw new Error('the embedded Neo4j is not running');
  const driver = createDriver({ uri: state.uri, ...embeddedCredentials(dataDir) });
  try {
    const { records } = await driver.executeQuery('MATCH (s:Story) WHERE s.title STARTS WITH $prefix RETURN s.title AS title, count(*) AS copies', {
      prefix: titlePrefix(runId),
    });
    const titles = records.map((r) => ({ title: r.get('title') as string, copies: r.get('copies').toNumber() as number }));
    const inGraph = new Set(titles.map((t) => t.title));
    return {
      storiesInGraph: titles.reduce((sum, t) => sum + t.copies, 0),
      duplicates: titles.filter((t) => t.copies > 1).length,
      acknowledgedMissing: [...acknowledged].filter((t) => !inGraph.has(t)).length,
      landedUnacknowledged: [...inGraph].filter((t) => !acknowledged.has(t)).length,
    };
  } finally {
    await driver.close();
  }
}
