import 'reflect-metadata';
import { isDate, isDateTime, isInt } from 'neo4j-driver';
import { loadConfig } from '../src/config/env';
import { connectDatabase } from '../src/db/connect';

/**
 * node dist/bench/graph-dump.js > dump.txt: the whole graph of NEO4J_DATA_DIR as sorted text lines,
 * one per node and one per relationship, every property with its type (an integer and a float of the
 * same value differ), so two imports of the same cards by two builds can be compared with `diff`.
 * Nodes are named by id (by their labels and properties when they have none); times that Neo4j takes
 * from its clock (`datetime()`: ingestedAt, firstSeenAt ...) read as `<datetime>`.
 */
const show = (v: unknown): string => {
  if (v === null || v === undefined) return 'null';
  if (isInt(v)) return `int:${v.toString()}`;
  if (isDateTime(v)) return '<datetime>';
  if (isDate(v)) return `date:${v.toString()}`;
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (typeof v === 'number') return `float:${v}`;
  return JSON.stringify(v);
};
const props = (p: Record<string, unknown>) =>
  Object.keys(p)
    .sort()
    .map((k) => `${k}=${show(p[k])}`)
    .join(' ');

async function main(): Promise<void> {
  const db = await connectDatabase(loadConfig());
  const session = db.driver.session({ database: db.database });
  try {
    const name = (labels: string[], p: Record<string, unknown>) => (p.id !== undefined ? `${show(p.id)}` : `(${[...labels].sort().join(':')} ${props(p)})`);
    const lines: string[] = [];
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS p');
    for (const r of nodes.records) lines.push(`N ${[...r.get('labels')].sort().join(':')} ${props(r.get('p'))}`);
    const edges = await session.run(
      'MATCH (a)-[e]->(b) RETURN labels(a) AS la, properties(a) AS pa, type(e) AS t, properties(e) AS pe, labels(b) AS lb, properties(b) AS pb',
    );
    for (const r of edges.records) lines.push(`E ${name(r.get('la'), r.get('pa'))} -[${r.get('t')} ${props(r.get('pe'))}]-> ${name(r.get('lb'), r.get('pb'))}`);
    process.stdout.write(`${lines.sort().join('\n')}\n`);
  } finally {
    await session.close();
    await db.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
