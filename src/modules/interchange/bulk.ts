import { stringify } from 'csv-stringify/sync';
import { primaryLabel, Subgraph } from './interchange.graph';

export type BulkFormat = 'jsonl' | 'csv';

/** One file of a bulk export: its path inside the export directory and its text. */
export interface BulkFile {
  path: string;
  content: string;
}

const groupBy = <T>(items: T[], key: (item: T) => string) =>
  [...items.reduce((m, item) => m.set(key(item), [...(m.get(key(item)) ?? []), item]), new Map<string, T[]>())].sort(([a], [b]) => a.localeCompare(b));

/** CSV cells: lists and maps as JSON (unambiguous, unlike a separator), absent as empty. */
const cell = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : value);

/**
 * One file per node label (nodes/<Label>.<ext>: id, labels, properties) and per relationship type
 * (relationships/<TYPE>.<ext>: start, end, properties). JSON Lines keep types; CSV has a header
 * of every property name the file's rows have.
 */
export function graphToBulk(graph: Subgraph, format: BulkFormat): BulkFile[] {
  const nodeFiles = groupBy(graph.nodes, primaryLabel).map(([label, nodes]) => {
    if (format === 'jsonl') return { path: `nodes/${label}.jsonl`, content: nodes.map((n) => `${JSON.stringify(n)}\n`).join('') };
    const columns = [...new Set(nodes.flatMap((n) => Object.keys(n.properties)))].filter((c) => c !== 'id').sort();
    const rows = nodes.map((n) => [n.id, n.labels.join(';'), ...columns.map((c) => cell(n.properties[c]))]);
    return { path: `nodes/${label}.csv`, content: stringify([['id', 'labels', ...columns], ...rows]) };
  });
  const edgeFiles = groupBy(graph.edges, (e) => e.type).map(([type, edges]) => {
    if (format === 'jsonl') return { path: `relationships/${type}.jsonl`, content: edges.map((e) => `${JSON.stringify(e)}\n`).join('') };
    const columns = [...new Set(edges.flatMap((e) => Object.keys(e.properties)))].sort();
    const rows = edges.map((e) => [e.start, e.end, ...columns.map((c) => cell(e.properties[c]))]);
    return { path: `relationships/${type}.csv`, content: stringify([['start', 'end', ...columns], ...rows]) };
  });
  return [...nodeFiles, ...edgeFiles];
}
