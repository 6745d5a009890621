import { Executor } from '../../src/db/executor';

/** Deletes every node but the migration records, so each suite starts from an empty graph. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.write('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read<GraphCounts>(
    'CALL () { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row;
}
