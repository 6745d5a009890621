import { LoadResult } from './load';
import { QUERIES, SystemName, SYSTEMS } from './query-set';

export interface Cell extends LoadResult {
  rounds: LoadResult[];
}

export type Results = Record<string, Partial<Record<SystemName, Cell>> & { roundTrips?: number | null; agree?: boolean }>;

/** The middle value, or the mean of the two middle ones for an even count. */
/** Rounded to hundredths: the mean of two middle figures would otherwise print as 136.95499999999998. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round((s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) * 100) / 100 : NaN;
};

/** Medians over rounds of each figure (req/s, p50, p99); errors are summed. */
export function summarise(rounds: LoadResult[]): Cell {
  return {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    maxLatency: Math.max(...rounds.map((r) => r.maxLatency)),
    rounds,
  };
}

const ratio = (a?: number, b?: number) => (a !== undefined && b ? Math.round((a / b) * 100) / 100 : null);

/**
 * The median of storygraph's req/s in round i over the peer's in round i. The headline ratio divides
 * two medians taken separately, so a slow period of the machine that hits one system's round moves
 * it; a paired ratio compares measurements a few seconds apart. Null without a complete pair.
 */
export function pairedRatio(sg?: Cell, peer?: Cell): number | null {
  if (!sg || !peer) return null;
  const pairs = sg.rounds.flatMap((r, i) => (peer.rounds[i]?.requestsPerSecond ? [r.requestsPerSecond / peer.rounds[i].requestsPerSecond] : []));
  return pairs.length ? median(pairs) : null;
}

export function ratios(results: Results) {
  return Object.fromEntries(
    Object.entries(results).map(([q, r]) => [
      q,
      {
        throughputVsNgl: ratio(r.storygraph?.requestsPerSecond, r.ngl?.requestsPerSecond),
        throughputVsCypher: ratio(r.storygraph?.requestsPerSecond, r.cypher?.requestsPerSecond),
        p99VsNgl: ratio(r.storygraph?.p99, r.ngl?.p99),
        pairedThroughputVsNgl: pairedRatio(r.storygraph, r.ngl),
        pairedThroughputVsCypher: pairedRatio(r.storygraph, r.cypher),
        meetsTargets:
          r.storygraph && r.ngl && r.cypher && r.storygraph.requestsPerSecond > 0
            ? r.agree === true &&
              r.storygraph.requestsPerSecond >= 1.5 * r.ngl.requestsPerSecond &&
              r.storygraph.p99 <= r.ngl.p99 &&
              r.storygraph.requestsPerSecond >= 0.8 * r.cypher.requestsPerSecond
            : null,
      },
    ]),
  );
}

const fmt = (c?: Cell) =>
  !c
    ? 'n/a'
    : c.requests === 0
      ? '0 (no request finished within a measurement)'
      : `${c.requestsPerSecond} (${c.p50} / ${c.p99} ms${c.errors ? `, ${c.errors} err` : ''})`;

/**
 * The markdown table README.md shows: req/s (p50 / p99) per system, ratios, round trips. The two
 * "per round" columns are the medians of the paired ratios (pairedRatio), beside the headline ones.
 */
export function markdownTable(results: Results): string {
  const r = ratios(results);
  const lines = [
    '| query | storygraph | Neo4j GraphQL Library | hand-written Cypher | sg/NGL req/s | sg/Cypher req/s | sg/NGL p99 | sg/NGL per round | sg/Cypher per round | round trips | same answer | targets met |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const q of QUERIES) {
    const row = results[q.id];
    if (!row) continue;
    lines.push(
      `| ${q.id} | ${SYSTEMS.map((s) => fmt(row[s])).join(' | ')} | ${r[q.id].throughputVsNgl ?? 'n/a'}× | ${r[q.id].throughputVsCypher ?? 'n/a'}× | ${r[q.id].p99VsNgl ?? 'n/a'}× | ${r[q.id].pairedThroughputVsNgl ?? 'n/a'}× | ${r[q.id].pairedThroughputVsCypher ?? 'n/a'}× | ${row.roundTrips ?? 'n/a'} | ${row.agree === undefined ? 'n/a' : row.agree ? 'yes' : '**no**'} | ${r[q.id].meetsTargets === null ? 'n/a' : r[q.id].meetsTargets ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}
