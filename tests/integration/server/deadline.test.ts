import { DEFAULT_LIMITS } from '../../../src/config/env';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';
import { blockedTransactions, holdStoryId, storyExists, until } from './story-lock';

const post = (app: TestApp, body: unknown, init: RequestInit = {}) =>
  fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...init });
const noneBlocked = (app: TestApp) => until(async () => (await blockedTransactions(app.driver)) === 0, 15000);
const someBlocked = (app: TestApp) => until(async () => (await blockedTransactions(app.driver)) > 0, 15000);

describe('a request cannot outlive its deadline or its client', () => {
  let short: TestApp;
  let long: TestApp;
  beforeAll(async () => {
    short = await startTestApp({ config: { limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 1500 } } });
    long = await startTestApp();
    await resetGraph(short.executor);
  });
  afterAll(async () => {
    await resetGraph(short.executor);
    await short.stop();
    await long.stop();
  });

  it('stops a write held past REQUEST_TIMEOUT_MS with TIMEOUT, in Neo4j too: nothing is written', async () => {
    const id = 'story:2025-03-03-held-past-its-deadline';
    const lock = await holdStoryId(short.driver, id);
    try {
      const body = await short.gql(INGEST, { input: otherStory({ id, title: 'Held past its deadline' }) });
      expect(body.errors?.[0].extensions.code).toBe('TIMEOUT');
      expect(await noneBlocked(short)).toBe(true);
    } finally {
      await lock.release();
    }
    expect(await storyExists(short.driver, id)).toBe(false);
  });

  it('stops the Neo4j work of a client that disconnects', async () => {
    const id = 'story:2025-03-04-abandoned-by-its-client';
    const lock = await holdStoryId(long.driver, id);
    try {
      const client = new AbortController();
      const request = post(long, { query: INGEST, variables: { input: otherStory({ id, title: 'Abandoned by its client' }) } }, { signal: client.signal }).then(
        () => 'answered',
        () => 'abandoned',
      );
      expect(await someBlocked(long)).toBe(true);
      client.abort();
      expect(await request).toBe('abandoned');
      expect(await noneBlocked(long)).toBe(true);
    } finally {
      await lock.release();
    }
    expect(await storyExists(long.driver, id)).toBe(false);
  });
});

describe('admission control', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { admission: { maxConcurrent: 1, maxQueued: 0, queueTimeoutMs: 0 } } });
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('refuses at once with a retryable SERVICE_UNAVAILABLE when every slot is taken; health checks never wait', async () => {
    const id = 'story:2025-03-05-holding-the-only-slot';
    const lock = await holdStoryId(app.driver, id);
    let held: Promise<any> | undefined;
    try {
      held = app.gql(INGEST, { input: otherStory({ id, title: 'Holding the only slot' }) });
      expect(await someBlocked(app)).toBe(true);
      const res = await post(app, { query: '{ stories { totalCount } }' });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
      expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
    } finally {
      await lock.release();
    }
    const done = await held;
    expect(done.errors).toBeUndefined();
    expect(done.data.ingestStory.story.id).toBe(id);
    expect((await app.data('{ stories { totalCount } }')).stories.totalCount).toBe(1);
  });
});
