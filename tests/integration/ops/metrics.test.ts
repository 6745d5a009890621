import { Gauge } from 'prom-client';
import { OperationLabels } from '../../../src/observability/metrics';
import { countTransactions } from '../../../src/observability/transactions-in-flight';
import { database, startTestApp, TestApp } from '../../support/app';
import { INGEST, otherStory, sampleStory, startEmptyApp, stopAndClearGraph } from '../../support/sample';
import { parseSamples, Sample, valueOf } from './prometheus-text';

async function scrape(app: TestApp): Promise<{ contentType: string | null; samples: Sample[] }> {
  const res = await fetch(`${app.baseUrl}/metrics`);
  expect(res.status).toBe(200);
  return { contentType: res.headers.get('content-type'), samples: parseSamples(await res.text()) };
}

describe('GET /metrics', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startEmptyApp();
  });
  afterAll(() => stopAndClearGraph(app));

  it('counts operations by name and outcome, their latency and round trips, and what ingests created', async () => {
    const before = (await scrape(app)).samples;
    await app.data(INGEST, { input: sampleStory() });
    await app.data(INGEST, { input: otherStory() });
    await app.data(INGEST, { input: otherStory() }); // a replay: everything reused
    const list = await app.gql('query OpsStoryList { stories(first: 2) { totalCount edges { node { id claims { id } } } } }');
    expect(list.data.stories.totalCount).toBe(2);
    const refused = await app.gql('query OpsBadPage { stories(first: -1) { totalCount } }');
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const invalid = await app.gql('query OpsTypo { storiez { totalCount } }');
    expect(invalid.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const { contentType, samples: after } = await scrape(app);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const delta = (name: string, labels: Record<string, string> = {}) => valueOf(after, name, labels) - valueOf(before, name, labels);

    expect(delta('storygraph_graphql_requests_total', { operation: 'Ingest', outcome: 'ok' })).toBe(3);
    expect(delta('storygraph_graphql_requests_total', { operation: 'OpsStoryList', outcome: 'ok' })).toBe(1);
    expect(delta('storygraph_graphql_requests_total', { operation: 'OpsBadPage', outcome: 'BAD_USER_INPUT' })).toBe(1);
    // A document that does not validate never becomes a named operation: no label per typo.
    expect(delta('storygraph_graphql_requests_total', { operation: 'invalid', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(after.some((s) => s.labels.operation === 'OpsTypo')).toBe(false);

    expect(delta('storygraph_graphql_request_duration_seconds_count', { operation: 'OpsStoryList', outcome: 'ok' })).toBe(1);
    expect(delta('storygraph_graphql_request_duration_seconds_sum', { operation: 'OpsStoryList', outcome: 'ok' })).toBeGreaterThan(0);
    expect(delta('storygraph_graphql_cypher_round_trips_count', { operation: 'OpsStoryList' })).toBe(1);
    const trips = delta('storygraph_graphql_cypher_round_trips_sum', { operation: 'OpsStoryList' });
    expect(trips).toBe(list.extensions!.queryStats!.cypherRoundTrips);
    expect(trips).toBeGreaterThanOrEqual(1);

    // The sample story has 7 claims, the other story 2; the replay creates nothing and reuses its story.
    expect(delta('storygraph_ingest_nodes_total', { kind: 'stories', outcome: 'created' })).toBe(2);
    expect(delta('storygraph_ingest_nodes_total', { kind: 'claims', outcome: 'created' })).toBe(9);
    expect(delta('storygraph_ingest_nodes_total', { kind: 'stories', outcome: 'reused' })).toBe(1);
    expect(delta('storygraph_ingest_nodes_total', { kind: 'claims', outcome: 'reused' })).toBe(2);

    // Nothing runs between requests; the pool size is the driver's configured limit.
    expect(valueOf(after, 'storygraph_neo4j_transactions_in_flight')).toBe(0);
    expect(valueOf(after, 'storygraph_neo4j_pool_max_connections')).toBe(50);
    // prom-client's default process metrics.
    expect(after.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
    expect(after.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
  });

  it('counts each session of the request driver from opening to closing, once', async () => {
    const gauge = new Gauge({ name: 'ops_test_in_flight', help: 'test', registers: [] });
    const driver = countTransactions(app.driver, gauge);
    const session = driver.session({ database: database() });
    expect((await gauge.get()).values[0].value).toBe(1);
    await session.executeRead((tx) => tx.run('RETURN 1'));
    await session.close();
    await session.close(); // the executor may close twice (abort, then finally)
    expect((await gauge.get()).values[0].value).toBe(0);
    expect(driver.executeQueryBookmarkManager).toBe(app.driver.executeQueryBookmarkManager);
  });
});

describe('operation labels', () => {
  it('keep the first 200 distinct names and call the rest other, so clients cannot create unbounded series', () => {
    const labels = new OperationLabels();
    for (let i = 0; i < 200; i++) expect(labels.label(`Op${i}`, true)).toBe(`Op${i}`);
    expect(labels.label('Op200', true)).toBe('other');
    expect(labels.label('Op7', true)).toBe('Op7');
    expect(labels.label(null, true)).toBe('anonymous');
    expect(labels.label('Typo', false)).toBe('invalid');
  });
});

describe('METRICS_ENABLED=false', () => {
  it('serves no /metrics', async () => {
    const app = await startTestApp({ config: { metrics: false } });
    try {
      const res = await fetch(`${app.baseUrl}/metrics`);
      expect(res.status).toBe(404);
    } finally {
      await app.stop();
    }
  });
});
