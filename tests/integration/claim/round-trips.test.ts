import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { INGEST } from '../../support/sample';

/** A story with `n` claims, each citing its own source (own publisher) and about two entities. */
function storyWithClaims(n: number, day: string): any {
  return {
    title: `Bulk story ${day}`,
    summary: 'Generated to measure round trips.',
    publishedAt: day,
    entities: [
      { type: 'COUNTRY', code: 'FR' },
      { type: 'AGENCY', name: 'General Directorate for External Security', acronym: 'DGSE', countryCode: 'FR' },
    ],
    sources: Array.from({ length: n }, (_, i) => ({ title: `Report ${day} #${i}`, kind: 'NEWS_REPORT', publisher: `Outlet ${i % 7}` })),
    claims: Array.from({ length: n }, (_, i) => ({
      kind: 'STATEMENT',
      text: `Statement ${i} of ${day}`,
      about: ['France', 'DGSE'],
      citations: [{ source: `Report ${day} #${i}` }],
    })),
  };
}

const NESTED = `query($storyId: ID!, $first: Int!) {
  claims(filter: { storyId: $storyId }, first: $first) {
    totalCount
    edges { node { text story { title } sources { title publisher { name } } about { name } } }
  }
}`;

describe('Cypher round trips are bounded by nesting depth, not result size', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    await app.data(INGEST, { input: storyWithClaims(1, '2025-01-01') });
    await app.data(INGEST, { input: storyWithClaims(100, '2025-01-02') });
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('claims { story sources { publisher } about } costs the same over 100 claims as over 1', async () => {
    const one = await app.gql(NESTED, { storyId: 'story:2025-01-01-bulk-story-2025-01-01', first: 100 });
    const hundred = await app.gql(NESTED, { storyId: 'story:2025-01-02-bulk-story-2025-01-02', first: 100 });
    expect(one.data.claims.totalCount).toBe(1);
    expect(hundred.data.claims.totalCount).toBe(100);
    expect(hundred.data.claims.edges.every((e: any) => e.node.sources[0].publisher.name.startsWith('Outlet'))).toBe(true);
    const trips = one.extensions!.queryStats!.cypherRoundTrips;
    expect(hundred.extensions!.queryStats!.cypherRoundTrips).toBe(trips);
    // The selected relationship fields are projected into the statement that reads the claims.
    expect(trips).toBe(1);
  });

  it('selections deeper than the projection fall back to batched loaders, still bounded', async () => {
    const deep = `query($storyId: ID!) { claims(filter: { storyId: $storyId }, first: 20) {
      edges { node { story { claims { sources { publisher { name } } } } } } } }`;
    const one = await app.gql(deep, { storyId: 'story:2025-01-01-bulk-story-2025-01-01' });
    const hundred = await app.gql(deep, { storyId: 'story:2025-01-02-bulk-story-2025-01-02' });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data.claims.edges[19].node.story.claims).toHaveLength(100);
    expect(hundred.data.claims.edges[19].node.story.claims[99].sources[0].publisher.name).toMatch(/^Outlet/);
    expect(hundred.extensions!.queryStats!.cypherRoundTrips).toBe(one.extensions!.queryStats!.cypherRoundTrips);
  });

  it('an entity page (the entity, its claims and stories with totals) is one statement', async () => {
    const page = await app.gql(`{ country(code: "FR") { name
      claims(first: 10) { totalCount edges { node { text sources { title } } } }
      stories(first: 5) { totalCount edges { node { title } } } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.data.country.claims.totalCount).toBe(101);
    expect(page.data.country.claims.edges).toHaveLength(10);
    expect(page.data.country.claims.edges[0].node.sources[0].title).toMatch(/^Report/);
    expect(page.data.country.stories.totalCount).toBe(2);
    expect(page.extensions!.queryStats!.cypherRoundTrips).toBe(1);

    // Asked twice with other arguments, each field reads its own page.
    const twice = await app.gql(`{ entity(id: "country:FR") { a: claims(first: 2) { totalCount } b: claims(first: 3) { edges { node { id } } } } }`);
    expect(twice.errors).toBeUndefined();
    expect(twice.data.entity.a.totalCount).toBe(101);
    expect(twice.data.entity.b.edges).toHaveLength(3);
  });

  it('nested entity connections batch too', async () => {
    const query = `query($first: Int!) { entities(first: $first) { edges { node { name claims(first: 3) { totalCount } stories { totalCount } } } } }`;
    const small = await app.gql(query, { first: 1 });
    const large = await app.gql(query, { first: 50 });
    expect(large.data.entities.edges.length).toBeGreaterThan(small.data.entities.edges.length);
    expect(large.extensions!.queryStats!.cypherRoundTrips).toBe(small.extensions!.queryStats!.cypherRoundTrips);
  });

  it('provenance, corroboration and assessment of a claim, publishers and links included, are one statement each', async () => {
    const claim = (await app.gql(`{ claims(filter: { storyId: "story:2025-01-02-bulk-story-2025-01-02" }, first: 1) { edges { node { id } } } }`)).data.claims
      .edges[0].node.id;
    const queries = [
      `query($id: ID!) { provenance(claimId: $id) { story { title } citations { quote source { title publisher { name } } }
         sources { source { title publisher { name } } } origins { source { publisher { name } } } } }`,
      `query($id: ID!) { corroboration(claimId: $id) { citedSources independentOrigins origins { source { title publisher { name } } }
         publishers { name } supporting { id } contradicting { id } repeating { id } } }`,
      `query($id: ID!) { assessment(claimId: $id) { score level factors { factor effect } } }`,
    ];
    for (const query of queries) {
      const result = await app.gql(query, { id: claim });
      expect(result.errors).toBeUndefined();
      expect(result.extensions!.queryStats!.cypherRoundTrips).toBe(1);
    }
    const provenance = (await app.gql(queries[0], { id: claim })).data.provenance;
    expect(provenance.citations[0].source.publisher.name).toMatch(/^Outlet/);
    expect(provenance.sources[0].source.publisher.name).toBe(provenance.citations[0].source.publisher.name);
  });
});
