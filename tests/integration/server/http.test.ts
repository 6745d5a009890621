import { startTestApp, TestApp } from '../../support/app';

describe('HTTP server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('answers /healthz while alive', async () => {
    const res = await fetch(`${app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers /readyz once Neo4j is reachable and migrations are applied', async () => {
    const res = await fetch(`${app.baseUrl}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', neo4j: 'up', pendingMigrations: [] });
  });

  it('serves GraphQL', async () => {
    const body = await app.gql('{ __typename }');
    expect(body.data).toEqual({ __typename: 'Query' });
    expect(body.extensions?.queryStats?.cypherRoundTrips).toBe(0);
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    // stories > edges > node > (claims > sources) x 6 > id: 16 levels
    const deep = `{ stories { edges { node { ${'claims { sources { '.repeat(6)}id${' } }'.repeat(6)} } } } }`;
    const body = await app.gql(deep);
    expect(body.errors![0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 15, actual: 16 });
    expect(body.errors![0].message).toMatch(/16 levels deep; at most 15 are allowed \(limit "depth", MAX_QUERY_DEPTH\)/);
    expect(body.extensions?.queryStats?.cypherRoundTrips ?? 0).toBe(0);
    const ok = await app.gql('{ stories { edges { node { claims { sources { claims { id } } } } } } }');
    expect(ok.errors).toBeUndefined();
  });

  it('rejects malformed queries with a coded error', async () => {
    const body = await app.gql('{ nope }');
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
