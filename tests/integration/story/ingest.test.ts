import { TestApp } from '../../support/app';
import { graphCounts } from '../../support/graph';
import { INGEST, otherStory, sampleStory, SAMPLE_STORY_ID, startEmptyApp, stopAndClearGraph } from '../../support/sample';

describe('ingestStory', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startEmptyApp();
  });
  afterAll(() => stopAndClearGraph(app));

  it('writes the sample story and reports what it created', async () => {
    const { ingestStory } = await app.data(INGEST, { input: sampleStory() });
    expect(ingestStory.story.id).toBe(SAMPLE_STORY_ID);
    // 4 countries + CIA + Russian intelligence services + embassy + 2 people + group + 5 publishers
    expect(ingestStory.created).toEqual({ stories: 1, claims: 7, sources: 5, entities: 15 });
    expect(ingestStory.reused).toEqual({ stories: 0, claims: 0, sources: 0, entities: 0 });
  });

  it('is idempotent: a second ingest leaves node and relationship counts identical', async () => {
    const before = await graphCounts(app.executor);
    const { ingestStory } = await app.data(INGEST, { input: sampleStory() });
    expect(ingestStory.created).toEqual({ stories: 0, claims: 0, sources: 0, entities: 0 });
    expect(ingestStory.reused).toEqual({ stories: 1, claims: 7, sources: 5, entities: 15 });
    expect(await graphCounts(app.executor)).toEqual(before);
    expect(before.nodes).toBeGreaterThan(20);
  });

  it('resolves aliases to existing entities across stories', async () => {
    const story = otherStory({
      title: 'AMLO comments on espionage',
      entities: [
        { type: 'COUNTRY', code: 'MX' },
        { type: 'PERSON', name: 'AMLO', countryCode: 'MX' },
      ],
      sources: [],
      basedOn: [],
      claims: [{ kind: 'STATEMENT', text: 'AMLO dismissed the reports.', about: ['AMLO'] }],
    });
    const { ingestStory } = await app.data(INGEST, { input: story });
    expect(ingestStory.reused.entities).toBe(2);
    const { claims } = await app.data(`{ claims(filter: { aboutEntities: ["person:andres-manuel-lopez-obrador"] }) { totalCount edges { node { text } } } }`);
    expect(claims.edges.map((e: any) => e.node.text)).toContain('AMLO dismissed the reports.');
  });

  it('replaces the content of a re-ingested story instead of accumulating it', async () => {
    const story = otherStory();
    await app.data(INGEST, { input: story });
    story.claims = story.claims.slice(0, 1);
    await app.data(INGEST, { input: story });
    const { claims } = await app.data(`{ claims(filter: { aboutCountries: ["DE"] }) { totalCount } }`);
    expect(claims.totalCount).toBe(1);
  });

  it('drops the citation grades of a claim the new version no longer has', async () => {
    const story = otherStory({ title: 'Graded then edited' });
    await app.data(INGEST, { input: story });
    const { claims } = await app.data(
      `{ claims(filter: { textContains: "BND identified" }, first: 10) { edges { node { id story { title } sources { id } } } } }`,
    );
    const claim = claims.edges.find((e: any) => e.node.story.title === 'Graded then edited').node;
    await app.data(`mutation($c: ID!, $s: ID!) { gradeCitation(input: { claimId: $c, sourceId: $s, credibility: 2, gradedBy: "test" }) { grade } }`, {
      c: claim.id,
      s: claim.sources[0].id,
    });
    const grades = async () => (await app.executor.read<{ n: number }>('MATCH (g:CitationGrade) RETURN count(g) AS n'))[0].n;
    expect(await grades()).toBe(1);
    story.claims = story.claims.slice(0, 1);
    await app.data(INGEST, { input: story });
    expect(await grades()).toBe(0);
  });

  describe('bad input', () => {
    const cases: [string, (s: any) => void, string, RegExp][] = [
      ['an empty title', (s) => (s.title = ''), 'input.title', /must not be blank/],
      ['a whitespace-only title', (s) => (s.title = ' \u00a0  '), 'input.title', /must not be blank/],
      ['a blank claim text', (s) => (s.claims[0].text = '\n  \n'), 'input.claims[0].text', /must not be blank/],
      ['a blank topic', (s) => (s.topics = ['  ']), 'input.topics', /must not be blank/],
      ['a blank entity name', (s) => (s.entities[4].name = '   '), 'input.entities[4].name', /must not be blank/],
      ['a NUL in a claim text', (s) => (s.claims[0].text = 'Mexico\u0000 refused.'), 'input.claims[0].text', /control characters/],
      ['a NUL in a title', (s) => (s.title = 'A title\u0000'), 'input.title', /control characters/],
      ['a line feed in a title', (s) => (s.title = 'Two\nlines'), 'input.title', /control characters/],
      ['an escape character in a summary', (s) => (s.summary = 'Colour \u001b[31mred'), 'input.summary', /control characters/],
      ['a control character in an alias', (s) => (s.entities[4].aliases = ['Agency\u0007']), 'input.entities[4].aliases', /control characters/],
      ['a control character in a source title', (s) => (s.sources[0].title = 'Report\u0085'), 'input.sources[0].title', /control characters/],
      ['a bad ISO code', (s) => (s.entities[0].code = 'XX'), 'input.entities[0].code', /ISO 3166-1/],
      ['a bad URL', (s) => (s.sources[0].url = 'not a url'), 'input.sources[0].url', /URL/],
      ['oversized text', (s) => (s.claims[0].text = 'x'.repeat(2001)), 'input.claims[0].text', /2000/],
      ['too many claims', (s) => (s.claims = Array.from({ length: 201 }, (_, i) => ({ kind: 'STATEMENT', text: `claim ${i}` }))), 'input.claims', /200/],
      ['a bad date', (s) => (s.publishedAt = '2025-02-30'), 'input.publishedAt', /YYYY-MM-DD/],
      ['an unknown entity reference', (s) => (s.claims[0].about = ['Atlantis']), 'input.claims[0].about[0]', /matches no entity/],
      [
        'an unknown source reference',
        (s) => (s.claims[0].citations = [{ source: 'Nowhere Gazette' }]),
        'input.claims[0].citations[0].source',
        /matches no source/,
      ],
      ['an id of the wrong kind', (s) => (s.entities[4].id = 'country:MX'), 'input.entities[4].id', /must start with "agency:"/],
      ['a story id without its prefix', (s) => (s.id = 'my-story'), 'input.id', /must start with "story:"/],
      ['a derivation from a source that does not exist', (s) => (s.sources[0].derivedFrom = ['source:nope']), 'input.sources.derivedFrom', /neither/],
    ];

    it.each(cases)('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, mutate, field, reason) => {
      const before = await graphCounts(app.executor);
      const input = sampleStory();
      input.title = 'A story that must not be written';
      mutate(input);
      const body = await app.gql(INGEST, { input });
      expect(body.errors).toHaveLength(1);
      const error = body.errors![0];
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      const reasons = error.extensions.fields!.filter((f) => f.field === field).map((f) => f.reason);
      expect(reasons).toContainEqual(expect.stringMatching(reason));
      expect(await graphCounts(app.executor)).toEqual(before);
    });

    it('keeps line feeds and tabs in long text (summaries, claim texts)', async () => {
      const story = otherStory({ title: 'Layout survives', summary: 'First paragraph.\n\n\tSecond paragraph.' });
      story.claims[0].text = 'Line one.\nLine two.';
      await app.data(INGEST, { input: story });
      const { stories } = await app.data(`{ stories(first: 20) { edges { node { title summary } } } }`);
      expect(stories.edges.map((e: any) => e.node)).toContainEqual({ title: 'Layout survives', summary: 'First paragraph.\n\n\tSecond paragraph.' });
    });

    it("refuses an id that would take over another story's claim (CONFLICT), writing nothing", async () => {
      const before = await graphCounts(app.executor);
      const { claims } = await app.data(`{ claims(filter: { storyId: "${SAMPLE_STORY_ID}" }, first: 1) { edges { node { id } } } }`);
      const thief = otherStory({ title: 'Claim thief' });
      thief.claims[0].id = claims.edges[0].node.id;
      const body = await app.gql(INGEST, { input: thief });
      expect(body.errors![0].extensions.code).toBe('CONFLICT');
      expect(body.errors![0].message).toContain(`belongs to story ${SAMPLE_STORY_ID}`);
      expect(await graphCounts(app.executor)).toEqual(before);
    });

    it('rejects an unknown enum value as BAD_USER_INPUT, writing nothing', async () => {
      const before = await graphCounts(app.executor);
      const input = sampleStory();
      input.claims[0].kind = 'RUMOUR';
      const body = await app.gql(INGEST, { input });
      expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/RUMOUR/);
      expect(await graphCounts(app.executor)).toEqual(before);
    });
  });
});
