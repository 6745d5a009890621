import { TestApp } from '../../support/app';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';

const AMLO = 'person:andres-manuel-lopez-obrador';
const SEARCH = `query($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    score type id title snippet
    node { __typename ... on Person { roles { title } } ... on Story { publishedAt } ... on Claim { claimKind: kind } ... on Source { sourceKind: kind } }
  }
}`;

interface Hit {
  score: number;
  type: string;
  id: string;
  title: string;
  snippet: string | null;
  node: { __typename: string };
}

describe('full-text search', () => {
  let app: TestApp;
  const search = async (query: string, extra: Record<string, unknown> = {}): Promise<Hit[]> => (await app.data(SEARCH, { query, ...extra })).search;

  beforeAll(async () => {
    app = await startFixtureApp();
  });
  afterAll(() => stopFixtureApp(app));

  it('finds López Obrador from "Lopez Obrador": the person first, then the story that names him, ranked by score', async () => {
    const hits = await search('Lopez Obrador');
    expect(hits[0]).toMatchObject({
      type: 'ENTITY',
      id: AMLO,
      title: 'Andrés Manuel López Obrador',
      node: { __typename: 'Person', roles: [{ title: 'President of Mexico' }] },
    });
    const story = hits.find((h) => h.id === FIXTURE.sampleStory);
    expect(story).toMatchObject({ type: 'STORY', node: { __typename: 'Story', publishedAt: '2025-12-08' } });
    expect(story!.snippet).toContain('López Obrador');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('ignores case and accents', async () => {
    const reference = (await search('lopez obrador')).map((h) => h.id);
    expect(reference).toContain(AMLO);
    expect((await search('LÓPEZ OBRADOR')).map((h) => h.id)).toEqual(reference);
    expect((await search('López obrador')).map((h) => h.id)).toEqual(reference);
  });

  it('matches entity aliases and acronyms', async () => {
    expect((await search('AMLO'))[0].id).toBe(AMLO);
    expect((await search('Bundespolizei'))[0]).toMatchObject({ type: 'ENTITY', id: 'agency:de-federal-police', node: { __typename: 'Agency' } });
    expect((await search('gru', { types: ['ENTITY'] }))[0].id).toBe('agency:ru-gru');
  });

  it('returns typed hits of every kind and filters by type', async () => {
    const hits = await search('bilateral trade');
    expect(hits.find((h) => h.type === 'CLAIM')).toMatchObject({ node: { __typename: 'Claim', claimKind: 'DATA_POINT' } });
    expect(hits.find((h) => h.type === 'SOURCE')).toMatchObject({
      title: 'Russia, Mexico 2025 Bilateral Trade & Investment Relations: Update',
      node: { __typename: 'Source', sourceKind: 'ANALYSIS' },
    });
    const onlySources = await search('rail sabotage', { types: ['SOURCE'] });
    expect(onlySources.length).toBeGreaterThan(0);
    expect(onlySources.every((h) => h.type === 'SOURCE')).toBe(true);
    expect(await search('rail sabotage', { first: 2 })).toHaveLength(2);
  });

  it('treats special characters as plain text instead of failing', async () => {
    const hits = await search('AMLO (López) [spy]: +foo -bar ~ * ? \\ / && || ! ^ " { } AND OR NOT');
    expect(hits.map((h) => h.id)).toContain(AMLO);
    expect(await search('?!*')).toEqual([]);
    expect(await search('"unterminated')).toEqual([]);
  });

  it('validates the query and the page size', async () => {
    const blank = await app.gql(SEARCH, { query: '   ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'query' })] });
    const tooMany = await app.gql(SEARCH, { query: 'mexico', first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'first' })] });
  });
});
