import { TestApp } from '../../support/app';
import { SAMPLE_STORY_ID, startSampleApp, stopSampleApp } from '../../support/sample';

describe('story and stories', () => {
  let app: TestApp;
  const titles = async (filter: string) =>
    (await app.data(`{ stories(filter: ${filter}) { totalCount edges { node { title } } } }`)).stories.edges.map((e: any) => e.node.title);

  beforeAll(async () => {
    app = await startSampleApp();
  });
  afterAll(() => stopSampleApp(app));

  it('returns what the story claims, on what evidence, and what it mentions', async () => {
    const { story } = await app.data(`{ story(id: "${SAMPLE_STORY_ID}") {
      title publishedAt topics { name } sources { title publisher { name } }
      claims { kind text } mentions { __typename id name }
    } }`);
    expect(story.publishedAt).toBe('2025-12-08');
    expect(story.topics.map((t: any) => t.name)).toEqual(['Intelligence and Espionage', 'U.S.–Mexico Relations']);
    expect(story.sources).toEqual([{ title: story.title, publisher: { name: 'The New York Times' } }]);
    expect(story.claims.map((c: any) => c.kind)).toEqual(['KEY_FACT', 'KEY_FACT', 'KEY_FACT', 'DATA_POINT', 'DATA_POINT', 'DATA_POINT', 'DATA_POINT']);
    const mentioned = story.mentions.map((m: any) => m.id);
    for (const id of [
      'country:MX',
      'country:RU',
      'country:US',
      'agency:us-cia',
      'agency:ru-russian-intelligence-services',
      'org:russian-embassy-in-mexico',
      'person:andres-manuel-lopez-obrador',
      'person:claudia-sheinbaum',
    ]) {
      expect(mentioned).toContain(id);
    }
  });

  it('lists stories newest first and filters them', async () => {
    expect(await titles('{}')).toEqual(['Mexico refused to expel CIA‑flagged Russian spies', 'Germany expels Russian diplomats over espionage']);
    expect(await titles('{ topic: "Europe–Russia Relations" }')).toEqual(['Germany expels Russian diplomats over espionage']);
    expect(await titles('{ mentionsCountries: ["RU", "MX"] }')).toEqual(['Mexico refused to expel CIA‑flagged Russian spies']);
    expect(await titles('{ mentionsEntities: ["agency:de-bnd"] }')).toEqual(['Germany expels Russian diplomats over espionage']);
    expect(await titles('{ publishedFrom: "2025-07-01" }')).toHaveLength(1);
    expect(await titles('{ publishedTo: "2025-07-01" }')).toEqual(['Germany expels Russian diplomats over espionage']);
    expect(await titles('{ textContains: "berlin" }')).toEqual(['Germany expels Russian diplomats over espionage']);
  });

  it('pages stories', async () => {
    const first = await app.data('{ stories(first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }');
    expect(first.stories.pageInfo.hasNextPage).toBe(true);
    const second = await app.data(
      `{ stories(first: 1, after: "${first.stories.pageInfo.endCursor}") { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`,
    );
    expect(second.stories.edges[0].node.id).not.toBe(first.stories.edges[0].node.id);
    expect(second.stories.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('orders stories by an allowed field either way, and pages in that order', async () => {
    const ordered = async (orderBy: string) =>
      (await app.data(`{ stories(orderBy: ${orderBy}) { edges { node { title } } } }`)).stories.edges.map((e: any) => e.node.title);
    const newestFirst = await titles('{}');
    expect(await ordered('{ field: PUBLISHED_AT }')).toEqual(newestFirst);
    expect(await ordered('{ field: PUBLISHED_AT, direction: ASC }')).toEqual([...newestFirst].reverse());
    expect(await ordered('{ field: TITLE }')).toEqual([...newestFirst].sort());
    expect(await ordered('{ field: TITLE, direction: DESC }')).toEqual([...newestFirst].sort().reverse());

    const page = (after: string) =>
      app.data(
        `{ stories(first: 1, orderBy: { field: TITLE }${after ? `, after: "${after}"` : ''}) { edges { node { title } } pageInfo { endCursor hasNextPage } } }`,
      );
    const one = await page('');
    const two = await page(one.stories.pageInfo.endCursor);
    expect([one.stories.edges[0].node.title, two.stories.edges[0].node.title]).toEqual([...newestFirst].sort());
    expect(two.stories.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor of another order (BAD_USER_INPUT naming after) and an unknown order field', async () => {
    const byTitle = await app.data('{ stories(first: 1, orderBy: { field: TITLE }) { pageInfo { endCursor } } }');
    const newest = await app.data('{ stories(first: 1) { pageInfo { endCursor } } }');
    for (const query of [
      `{ stories(after: "${byTitle.stories.pageInfo.endCursor}") { edges { node { id } } } }`,
      `{ stories(after: "${newest.stories.pageInfo.endCursor}", orderBy: { field: TITLE }) { edges { node { id } } } }`,
      `{ stories(after: "${byTitle.stories.pageInfo.endCursor}", orderBy: { field: TITLE, direction: DESC }) { edges { node { id } } } }`,
    ]) {
      const body = await app.gql(query);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    }
    expect((await app.gql('{ stories(orderBy: { field: SUMMARY }) { totalCount } }')).errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lists topics with story counts', async () => {
    const { topics } = await app.data('{ topics { name storyCount } }');
    expect(topics[0]).toEqual({ name: 'Intelligence and Espionage', storyCount: 2 });
    expect(topics).toHaveLength(3);
  });

  it('answers NOT_FOUND for an unknown story', async () => {
    const body = await app.gql('{ story(id: "story:nope") { id } }');
    expect(body.data).toEqual({ story: null });
    expect(body.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
