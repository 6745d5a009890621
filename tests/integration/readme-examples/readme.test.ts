import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { readmeExamples, unmarkedGraphqlBlocks } from '../../support/readme';
import { INGEST, sampleStory } from '../../support/sample';

/** What each README example must show; an example without an entry here fails the suite. */
const EXPECTATIONS: Record<string, (data: any) => void> = {
  mission: (d) => {
    expect(d.claims.totalCount).toBe(7);
    expect(d.claims.edges.flatMap((e: any) => e.node.sources.map((s: any) => s.publisher.name))).toContain('SpyTalk');
  },
  agency: (d) => {
    expect(d.entity.acronym).toBe('CIA');
    expect(d.entity.claims.totalCount).toBeGreaterThanOrEqual(1);
  },
  people: (d) => expect(d.entities.edges[0].node.roles[0].title).toBe('President of Mexico'),
  story: (d) => {
    expect(d.story.claims).toHaveLength(7);
    expect(d.story.sources[0].publisher.name).toBe('The New York Times');
  },
  publisher: (d) => expect(d.claims.edges).toHaveLength(1),
  country: (d) => {
    expect(d.country.claims.totalCount).toBeGreaterThanOrEqual(7);
    expect(d.topics.length).toBeGreaterThanOrEqual(2);
  },
  ingest: (d) => expect(d.ingestStory.story.id).toBe('story:2025-11-02-example-mexico-and-russia-sign-a-trade-memorandum'),
};

/** Optional extra fixtures (the provenance fixture graph) so every README example has data. */
function fixtureStories(): unknown[] {
  const dir = fromRoot('tests', 'fixtures', 'graph');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

describe('README examples', () => {
  let app: TestApp;
  const examples = readmeExamples();

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    await app.data(INGEST, { input: sampleStory() });
    for (const story of fixtureStories()) {
      const stories = Array.isArray(story) ? story : [story];
      for (const s of stories) if ((s as any).title) await app.data(INGEST, { input: s });
    }
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('marks every graphql block as an example and has expectations for each', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    expect(unmarkedGraphqlBlocks()).toBe(0);
    for (const { name } of examples) expect(Object.keys(EXPECTATIONS)).toContain(name);
  });

  it.each(examples.map((e) => [e.name, e.query]))('runs the "%s" example', async (name, query) => {
    const body = await app.gql(query);
    expect(body.errors).toBeUndefined();
    EXPECTATIONS[name](body.data);
  });
});
