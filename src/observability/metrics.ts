import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { POOL } from '../db/driver';

/** Everything /metrics reports, on its own registry (so a test or a second server never collides with prom-client's global one). */
export interface Metrics {
  readonly registry: Registry;
  /** GraphQL operations by name and outcome: `ok`, or the code of the first error (BAD_USER_INPUT, TIMEOUT ...). */
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly duration: Histogram<'operation' | 'outcome'>;
  /** Cypher round trips (transactions) of one operation: the N+1 detector of the test suite, in production. */
  readonly roundTrips: Histogram<'operation'>;
  /** Neo4j sessions open right now; each holds one transaction and, while it runs, one pooled connection. */
  readonly transactionsInFlight: Gauge;
  /** Nodes written by ingestStory/importStoryCard: created (new) or reused (already there). */
  readonly ingested: Counter<'kind' | 'outcome'>;
  /** Live-feed subscriptions open right now (over WebSocket). */
  readonly subscriptions: Gauge;
}

/** Operation labels beyond this many distinct names count as `other`: clients choose names, and every name is a time series. */
const MAX_OPERATION_NAMES = 200;

export function createMetrics(options: { processMetrics?: boolean; poolSize?: number } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const metrics: Metrics = {
    registry,
    requests: new Counter({
      name: 'storygraph_graphql_requests_total',
      help: 'GraphQL operations by operation name and outcome (ok or the first error code)',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'storygraph_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its response, admission wait included',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    roundTrips: new Histogram({
      name: 'storygraph_graphql_cypher_round_trips',
      help: 'Cypher round trips (transactions) per GraphQL operation',
      labelNames: ['operation'],
      buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
      registers: [registry],
    }),
    transactionsInFlight: new Gauge({
      name: 'storygraph_neo4j_transactions_in_flight',
      help: 'Neo4j sessions (one transaction each) open right now; compare with storygraph_neo4j_pool_max_connections',
      registers: [registry],
    }),
    ingested: new Counter({
      name: 'storygraph_ingest_nodes_total',
      help: 'Stories, claims, sources and entities written by ingestStory/importStoryCard, created or reused',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    subscriptions: new Gauge({ name: 'storygraph_graphql_subscriptions_open', help: 'Live-feed subscriptions open right now', registers: [registry] }),
  };
  if (options.poolSize !== undefined) {
    new Gauge({ name: 'storygraph_neo4j_pool_max_connections', help: 'Size limit of the Neo4j driver connection pool', registers: [registry] }).set(
      options.poolSize,
    );
  }
  return metrics;
}

let shared: Metrics | undefined;
/** Process metrics (CPU, memory, event loop) are per process, so every server of one process shares one registry. */
export function processMetrics(): Metrics {
  shared ??= createMetrics({ poolSize: POOL.maxConnectionPoolSize });
  return shared;
}

/** Operation names as labels: known names up to MAX_OPERATION_NAMES, then `other`. */
export class OperationLabels {
  private readonly seen = new Set<string>();

  label(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return 'invalid';
    if (!name) return 'anonymous';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATION_NAMES) return 'other';
    this.seen.add(name);
    return name;
  }
}
