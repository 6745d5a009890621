import { DEFAULT_LIMITS } from '../../../src/config/env';
import { GraphQLResponse, startTestApp, TestApp } from '../../support/app';
import { graphCounts } from '../../support/graph';
import { SAMPLE_STORY_ID, startSampleApp, stopSampleApp } from '../../support/sample';

const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join('\n')} }`;
const NEIGHBORHOOD = 'neighborhood(id: "country:MX", depth: 3, limit: 500) { nodes { id label name } edges { id type from to } }';
const STORY = `story(id: "${SAMPLE_STORY_ID}") { claims { text } }`;
const NESTED =
  '{ claims(first: 100) { edges { node { about { claims(first: 100) { edges { node { about { claims(first: 100) { edges { node { text } } } } } } } } } } } }';

/** Refused before execution: no data, the code, the limit named in message and extensions, no Cypher sent. */
function expectRefused(body: GraphQLResponse, limit: string): void {
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit });
  expect(body.errors![0].message).toContain(`limit "${limit}"`);
  expect(body.extensions?.queryStats?.cypherRoundTrips ?? 0).toBe(0);
}

describe('operation limits refuse the abusive requests of issue 9 before anything runs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startSampleApp();
  });
  afterAll(() => stopSampleApp(app));

  it('100 aliases of the largest neighborhood: refused by the alias limit while a normal query is answered', async () => {
    const [abusive, normal] = await Promise.all([app.gql(aliases(100, () => NEIGHBORHOOD)), app.gql('{ stories { totalCount } }')]);
    expectRefused(abusive, 'aliases');
    expect(abusive.errors![0].extensions).toMatchObject({ max: 15, actual: 100 });
    expect(normal.data.stories.totalCount).toBe(2);
  });

  it('a few aliases of the largest neighborhood: within the alias limit, refused by cost', async () => {
    const body = await app.gql(aliases(10, () => NEIGHBORHOOD));
    expectRefused(body, 'cost');
    expect(body.errors![0].message).toMatch(/costs \d+; at most 50000/);
  });

  it('claims(first: 100) > about > claims(first: 100) > about > claims(first: 100): refused by cost', async () => {
    const [abusive, normal] = await Promise.all([app.gql(NESTED), app.gql(`{ story(id: "${SAMPLE_STORY_ID}") { title } }`)]);
    expectRefused(abusive, 'cost');
    expect(normal.data.story.title).toMatch(/Mexico/);
  });

  it('250 aliases of a story with its claims: refused by the alias limit', async () => {
    expectRefused(await app.gql(aliases(250, () => STORY)), 'aliases');
  });

  it('1,500 aliases of a story with its claims: refused while parsing, by the token limit', async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: aliases(1500, () => STORY) }),
    });
    expect(res.status).toBe(400);
    expectRefused((await res.json()) as GraphQLResponse, 'tokens');
  });

  it('over-limit documents are refused before the full validation (no schema errors reported beside the limit)', async () => {
    // 100 aliases of a field that does not exist: full validation would report 100 unknown fields too.
    const body = await app.gql(aliases(100, () => 'noSuchField { id }'));
    expectRefused(body, 'aliases');
    // Within the limits, the same mistake gets graphql-js's own validation error as usual.
    const normal = await app.gql('{ noSuchField { id } }');
    expect(normal.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('too many directives', async () => {
    expectRefused(await app.gql(`{ stories { ${'totalCount @include(if: true) '.repeat(25)} } }`), 'directives');
  });

  it('a mutation over a limit writes nothing', async () => {
    const before = await graphCounts(app.executor);
    const mutation = `mutation { ${Array.from({ length: 20 }, (_, i) => `m${i}: ingestStory(input: { title: "Alias flood ${i}", summary: "", publishedAt: "2025-01-01" }) { story { id } }`).join(' ')} }`;
    expectRefused(await app.gql(mutation), 'aliases');
    expect(await graphCounts(app.executor)).toEqual(before);
  });

  it('the largest single neighborhood and a long page stay allowed', async () => {
    const one = await app.gql(`{ ${NEIGHBORHOOD} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.neighborhood.nodes.length).toBeGreaterThan(1);
    const page = await app.gql('{ sources(first: 100) { totalCount edges { node { title publisher { name } claims { text about { name } } } } } }');
    expect(page.errors).toBeUndefined();
  });

  it('a subscription is a client error, not a 500', async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { storyIngested { storyId } }' }),
    });
    const body = (await res.json()) as GraphQLResponse;
    expect(res.status).toBe(400);
    expect(body.errors![0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors![0].message).toMatch(/subscription/i);
  });
});

describe('the response size limit', () => {
  let app: TestApp;
  let small: TestApp;
  beforeAll(async () => {
    app = await startSampleApp();
    small = await startTestApp({ config: { limits: { ...DEFAULT_LIMITS, maxResponseBytes: 2048 } } });
  });
  afterAll(async () => {
    await small.stop();
    await stopSampleApp(app);
  });

  it('turns a response over MAX_RESPONSE_BYTES into LIMIT_EXCEEDED, keeping the server healthy', async () => {
    const query = `{ story(id: "${SAMPLE_STORY_ID}") { title summary claims { text sources { title url } } } }`;
    const full = await app.gql(query);
    expect(JSON.stringify(full.data).length).toBeGreaterThan(2048);
    const res = await fetch(`${small.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GraphQLResponse;
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'responseBytes', max: 2048 });
    expect(body.extensions?.queryStats?.cypherRoundTrips).toBeGreaterThan(0);
    const fine = await small.gql(`{ story(id: "${SAMPLE_STORY_ID}") { title } }`);
    expect(fine.data.story.title).toMatch(/Mexico/);
  });
});
