import { startTestApp, TestApp } from '../../support/app';
import { graphCounts, resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';

const TOKEN = 'test-write-token-0123456789';

describe('writes need the API token when API_WRITE_TOKEN is set', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ writeToken: TOKEN });
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('refuses a mutation without the token, or with a wrong one, writing nothing', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: TOKEN }]) {
      const body = await app.gql(INGEST, { input: otherStory() }, headers);
      expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await graphCounts(app.executor)).nodes).toBe(0);
  });

  it('accepts a mutation with the token, and reads without one', async () => {
    const body = await app.gql(INGEST, { input: otherStory() }, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors).toBeUndefined();
    const { stories } = await app.data('{ stories { totalCount } }');
    expect(stories.totalCount).toBe(1);
  });
});
