import { TestApp } from '../../support/app';
import { graphCounts } from '../../support/graph';
import { otherStory, startEmptyApp, stopAndClearGraph } from '../../support/sample';

const INGEST_STORIES = `mutation IngestStories($inputs: [StoryInput!]!) {
  ingestStories(inputs: $inputs) {
    index
    result { story { id } created { stories claims sources entities } reused { stories claims sources entities } }
    error { code message fields { field reason } }
  }
}`;

/** Story n: its own title, claims and source; the same countries and agency as every other. */
const story = (n: number, overrides: Record<string, unknown> = {}) =>
  otherStory({
    title: `Germany expels Russian diplomats, case ${n}`,
    sources: [{ title: `Expulsion report ${n}`, kind: 'NEWS_REPORT', publisher: 'Reuters' }],
    basedOn: [`Expulsion report ${n}`],
    claims: [
      { kind: 'KEY_FACT', text: `Germany expelled diplomats in case ${n}.`, about: ['Germany', 'Russia'], citations: [{ source: `Expulsion report ${n}` }] },
      { kind: 'KEY_FACT', text: `The BND flagged them in case ${n}.`, about: ['BND'], citations: [{ source: `Expulsion report ${n}` }] },
    ],
    ...overrides,
  });

describe('ingestStories', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startEmptyApp();
  });
  afterAll(() => stopAndClearGraph(app));

  it('writes many stories with per-story counts; a shared entity is created once', async () => {
    const { ingestStories } = await app.data(INGEST_STORIES, { inputs: [0, 1, 2, 3].map((n) => story(n)) });
    expect(ingestStories.map((e: any) => e.index)).toEqual([0, 1, 2, 3]);
    expect(ingestStories.every((e: any) => e.error === null)).toBe(true);
    // Germany, Russia, BND and Reuters: created by the first story, reused by the others.
    expect(ingestStories[0].result.created).toEqual({ stories: 1, claims: 2, sources: 1, entities: 4 });
    expect(ingestStories[3].result.created).toEqual({ stories: 1, claims: 2, sources: 1, entities: 0 });
    expect(ingestStories[3].result.reused).toEqual({ stories: 0, claims: 0, sources: 0, entities: 4 });
    const { stories } = await app.data('{ stories { totalCount } }');
    expect(stories.totalCount).toBe(4);
  });

  it('a bad story gets its own error entry naming inputs[i]; the others land', async () => {
    const before = (await app.data('{ stories { totalCount } }')).stories.totalCount;
    const inputs = [
      story(10),
      story(11, { title: '' }),
      story(12, { sources: [{ title: 'Derived', kind: 'NEWS_REPORT', derivedFrom: ['source:not-in-the-graph'] }], basedOn: ['Derived'], claims: [] }),
      story(13),
    ];
    const { ingestStories } = await app.data(INGEST_STORIES, { inputs });
    expect(ingestStories[0].result.created.stories).toBe(1);
    expect(ingestStories[1]).toMatchObject({ result: null, error: { code: 'BAD_USER_INPUT', fields: [{ field: 'inputs[1].title' }] } });
    expect(ingestStories[2]).toMatchObject({ result: null, error: { code: 'BAD_USER_INPUT', fields: [{ field: 'inputs[2].sources.derivedFrom' }] } });
    expect(ingestStories[2].error.message).toContain('source:not-in-the-graph');
    expect(ingestStories[3].result.created.stories).toBe(1);
    expect((await app.data('{ stories { totalCount } }')).stories.totalCount).toBe(before + 2);
  });

  it('a claim id another story holds is a CONFLICT for that story only', async () => {
    const owner = story(20, { claims: [{ kind: 'KEY_FACT', text: 'Held.', id: 'claim:held-by-20' }] });
    const thief = story(21, { claims: [{ kind: 'KEY_FACT', text: 'Taken.', id: 'claim:held-by-20' }] });
    const { ingestStories } = await app.data(INGEST_STORIES, { inputs: [owner, thief, story(22)] });
    expect(ingestStories[0].result.created.claims).toBe(1);
    expect(ingestStories[1].error).toMatchObject({ code: 'CONFLICT' });
    expect(ingestStories[1].error.message).toContain('claim:held-by-20 belongs to story');
    expect(ingestStories[2].result.created.stories).toBe(1);
  });

  it('replaying a batch creates nothing', async () => {
    const before = await graphCounts(app.executor);
    const { ingestStories } = await app.data(INGEST_STORIES, { inputs: [0, 1, 2, 3].map((n) => story(n)) });
    expect(ingestStories.map((e: any) => e.result.created)).toEqual(Array(4).fill({ stories: 0, claims: 0, sources: 0, entities: 0 }));
    expect(await graphCounts(app.executor)).toEqual(before);
  });

  it('refuses more than 200 stories in one call, writing nothing', async () => {
    const before = await graphCounts(app.executor);
    const res = await app.gql(INGEST_STORIES, { inputs: Array.from({ length: 201 }, (_, n) => story(1000 + n)) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'inputs' }] });
    expect(await graphCounts(app.executor)).toEqual(before);
  });
});
