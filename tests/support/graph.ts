import { Executor } from '../../src/db/executor';

/** Deletes every node but the migration records, so each suite starts from an empty graph. */
export async function resetGraph(executor: Executor): Promise<void> {
  await executor.write('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}

/** Bookkeeping (audit entries, API keys, entity tallies) is left out of counts and dumps: they compare story data. */
export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read<GraphCounts>(
    'CALL () { MATCH (n) WHERE NOT (n:Migration OR n:AuditEntry OR n:ApiKey OR n:EntityTally) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row;
}

export interface GraphDump {
  nodes: Record<string, { labels: string[]; props: Record<string, unknown> }>;
  relationships: string[];
}

/**
 * The whole graph (but migrations) in a comparable form: nodes by id with sorted labels and
 * properties (list properties sorted, timestamps dropped), relationships as "from -TYPE {props}-> to".
 */
/** Server times of the first write: two imports of the same data differ only in these. */
const WRITE_TIMES = ['ingestedAt', 'firstSeenAt'];

export async function dumpGraph(executor: Executor): Promise<GraphDump> {
  const nodes = await executor.read<{ id: string; labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT (n:Migration OR n:AuditEntry OR n:ApiKey OR n:EntityTally) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
  );
  const rels = await executor.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const normalize = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => !WRITE_TIMES.includes(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]),
    );
  return {
    nodes: Object.fromEntries(nodes.sort((a, b) => a.id.localeCompare(b.id)).map((n) => [n.id, { labels: [...n.labels].sort(), props: normalize(n.props) }])),
    relationships: rels.map((r) => `${r.from} -${r.type} ${JSON.stringify(normalize(r.props))}-> ${r.to}`).sort(),
  };
}
