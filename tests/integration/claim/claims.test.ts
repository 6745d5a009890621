import { TestApp } from '../../support/app';
import { SAMPLE_STORY_ID, startSampleApp, stopSampleApp } from '../../support/sample';

const MISSION = `{
  claims(filter: { aboutCountries: ["RU", "MX"] }) {
    totalCount
    edges { node { kind text sources { title publisher { name } } } }
  }
}`;

describe('claims', () => {
  let app: TestApp;
  const count = async (filter: string) => (await app.data(`{ claims(filter: ${filter}) { totalCount } }`)).claims.totalCount;

  beforeAll(async () => {
    app = await startSampleApp();
  });
  afterAll(() => stopSampleApp(app));

  it('answers the mission question in one query: the 7 Russia–Mexico claims with their sources', async () => {
    const { claims } = await app.data(MISSION);
    expect(claims.totalCount).toBe(7);
    const nodes = claims.edges.map((e: any) => e.node);
    for (const keyFact of nodes.filter((n: any) => n.kind === 'KEY_FACT')) {
      expect(keyFact.sources.map((s: any) => s.publisher.name)).toEqual(['The New York Times']);
    }
    const dataPublishers = nodes.filter((n: any) => n.kind === 'DATA_POINT').map((n: any) => n.sources[0].publisher.name);
    expect(dataPublishers.sort()).toEqual(['NBC News', 'SpyTalk', 'gob.mx', 'russiaspivottoasia.com']);
    expect(nodes.filter((n: any) => n.kind === 'KEY_FACT')).toHaveLength(3);
  });

  it('counts a claim about the Russian Embassy in Mexico as about both countries', async () => {
    const { claims } = await app.data(`{ claims(filter: { aboutCountries: ["RU"], textContains: "85 diplomats" }) { edges { node { about { id } } } } }`);
    const about = claims.edges[0].node.about.map((e: any) => e.id);
    expect(about).toContain('org:russian-embassy-in-mexico');
  });

  it('filters by country: every listed country must be concerned', async () => {
    expect(await count('{ aboutCountries: ["RU"] }')).toBe(9);
    // a code given twice is one country
    expect(await count('{ aboutCountries: ["RU", "RU"] }')).toBe(9);
    expect(await count('{ aboutCountries: ["DE"] }')).toBe(2);
    expect(await count('{ aboutCountries: ["DE", "MX"] }')).toBe(0);
    expect(await count('{ aboutCountries: ["UA"] }')).toBe(1);
    // through a tied entity only: the CIA is a US agency
    expect(await count('{ aboutCountries: ["US"], textContains: "CIA compiled" }')).toBe(1);
  });

  it('filters by entity, topic, story, source, publisher, kind, text and date range', async () => {
    expect(await count('{ aboutEntities: ["agency:us-cia"] }')).toBe(1);
    expect(await count('{ aboutEntities: ["agency:de-bnd", "country:RU"] }')).toBe(1);
    expect(await count('{ topic: "Europe–Russia Relations" }')).toBe(2);
    expect(await count('{ topic: "topic:intelligence-and-espionage" }')).toBe(9);
    expect(await count(`{ storyId: "${SAMPLE_STORY_ID}" }`)).toBe(7);
    expect(await count('{ sourceId: "source:nbc-news/cold-war-russia-uses-mexico-as-a-hub-for-spying-on-the-u-s" }')).toBe(1);
    expect(await count('{ publisher: "The New York Times" }')).toBe(3);
    expect(await count('{ publisher: "org:reuters" }')).toBe(2);
    expect(await count('{ kinds: [DATA_POINT] }')).toBe(4);
    expect(await count('{ textContains: "BILATERAL TRADE" }')).toBe(1);
    expect(await count('{ publishedFrom: "2025-12-01" }')).toBe(7);
    expect(await count('{ publishedTo: "2025-07-01" }')).toBe(2);
    expect(await count('{ publishedFrom: "2025-06-15", publishedTo: "2025-06-15" }')).toBe(2);
  });

  it('paginates across several pages without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { claims }: any = await app.data(
        `query($after: String) { claims(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(claims.totalCount).toBe(9);
      seen.push(...claims.edges.map((e: any) => e.node.id));
      after = claims.pageInfo.hasNextPage ? claims.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('orders claims newest story first, then as the story gives them', async () => {
    const { claims } = await app.data(`{ claims(first: 9) { edges { node { position story { publishedAt } } } } }`);
    const keys = claims.edges.map((e: any) => `${e.node.story.publishedAt}:${e.node.position}`);
    expect(keys.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((p) => `2025-12-08:${p}`));
    expect(keys.slice(7)).toEqual(['2025-06-15:0', '2025-06-15:1']);
  });

  it('refuses a negative or oversized page and a forged cursor', async () => {
    for (const [args, field] of [
      ['first: -1', 'first'],
      ['first: 101', 'first'],
      ['after: "bogus"', 'after'],
    ]) {
      const body = await app.gql(`{ claims(${args}) { totalCount } }`);
      expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].extensions.fields![0].field).toBe(field);
    }
  });

  it('refuses a bad country code in a filter', async () => {
    const body = await app.gql('{ claims(filter: { aboutCountries: ["MX", "ZZ"] }) { totalCount } }');
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions.fields![0].field).toBe('filter.aboutCountries');
    // the reason names the bad code of the list, not a template token
    expect(body.errors![0].extensions.fields![0].reason).toMatch(/\(got "ZZ"\)$/);
  });

  it('resolves citations with quotes and attribution', async () => {
    const { claims } = await app.data(
      `{ claims(filter: { aboutCountries: ["DE"], kinds: [KEY_FACT] }, first: 1) { edges { node { citations { quote source { title } claim { id } } } } } }`,
    );
    expect(claims.edges[0].node.citations[0].source.title).toBe('Germany expels two Russian diplomats');
    const { claims: cia } = await app.data(
      `{ claims(filter: { aboutEntities: ["agency:us-cia"] }) { edges { node { attributedTo { __typename name ... on Group { size } } } } } }`,
    );
    expect(cia.edges[0].node.attributedTo).toEqual([{ __typename: 'Group', name: 'nine current and former officials', size: 9 }]);
  });

  it('returns one claim by id, and NOT_FOUND for an unknown id', async () => {
    const { claims } = await app.data('{ claims(first: 1) { edges { node { id text } } } }');
    const { claim } = await app.data(`{ claim(id: "${claims.edges[0].node.id}") { text } }`);
    expect(claim.text).toBe(claims.edges[0].node.text);
    const body = await app.gql('{ claim(id: "claim:nope") { text } }');
    expect(body.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
