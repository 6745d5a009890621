import { TestApp } from '../../support/app';
import { SAMPLE_STORY_ID, startSampleApp, stopSampleApp } from '../../support/sample';

describe('sources', () => {
  let app: TestApp;
  const titles = async (filter: string) =>
    (await app.data(`{ sources(filter: ${filter}, first: 100) { totalCount edges { node { title } } } }`)).sources.edges.map((e: any) => e.node.title);

  beforeAll(async () => {
    app = await startSampleApp();
  });
  afterAll(() => stopSampleApp(app));

  it('lists sources with publisher, kind and the claims citing them', async () => {
    const { sources } = await app.data('{ sources(first: 100) { totalCount edges { node { title kind url publisher { name } claims { kind } } } } }');
    expect(sources.totalCount).toBe(6);
    const nyt = sources.edges.map((e: any) => e.node).find((s: any) => s.publisher.name === 'The New York Times');
    expect(nyt.claims.map((c: any) => c.kind)).toEqual(['KEY_FACT', 'KEY_FACT', 'KEY_FACT']);
    const reuters = sources.edges.map((e: any) => e.node).find((s: any) => s.publisher.name === 'Reuters');
    expect(reuters.url).toBe('https://example.org/reuters/de-ru');
  });

  it('filters by publisher, kind, title and story', async () => {
    expect(await titles('{ publisher: "gob.mx" }')).toEqual(['Personnel accredited to the Embassy of the Russian Federation in Mexico']);
    expect(await titles('{ kinds: [GOVERNMENT_RECORD, ANALYSIS] }')).toHaveLength(2);
    expect(await titles('{ titleContains: "safe haven" }')).toEqual(['Why is Mexico Offering Russia a Safe Haven for Its Spies?']);
    expect(await titles(`{ storyId: "${SAMPLE_STORY_ID}" }`)).toHaveLength(5);
  });

  it('pages sources', async () => {
    const { sources } = await app.data('{ sources(first: 4) { edges { node { id } } pageInfo { hasNextPage endCursor } } }');
    const rest = await app.data(`{ sources(first: 4, after: "${sources.pageInfo.endCursor}") { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(sources.edges).toHaveLength(4);
    expect(rest.sources.edges).toHaveLength(2);
    expect(rest.sources.pageInfo.hasNextPage).toBe(false);
  });

  it('returns one source by id and NOT_FOUND otherwise', async () => {
    const { source } = await app.data('{ source(id: "source:reuters/germany-expels-two-russian-diplomats") { title derivedFrom { id } } }');
    expect(source).toEqual({ title: 'Germany expels two Russian diplomats', derivedFrom: [] });
    expect((await app.gql('{ source(id: "source:nope") { id } }')).errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
