import { Client } from 'graphql-ws';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from '../../../src/http/subscriptions';
import { Role } from '../../../src/modules/identity/identity.roles';
import { startTestApp, TestApp } from '../../support/app';
import { INGEST, otherStory, SAMPLE_STORY_ID, sampleStory, startEmptyApp, stopAndClearGraph } from '../../support/sample';
import { connected, Feed, feedClient, handshake, subscribe, untilSubscribed } from './feed-client';

const STORIES = `subscription Stories($filter: StoryFeedFilter) {
  storyIngested(filter: $filter) { storyId title publishedAt url countries topics claimIds created { stories claims sources entities } marking }
}`;
const GRADES = `subscription Grades($claimId: ID) { claimGraded(claimId: $claimId) { gradeId claimId sourceId grade gradedBy gradedAt note marking } }`;
const LINKS = `subscription Links($claimId: ID) { claimsLinked(claimId: $claimId) { fromClaimId toClaimId stance reason linkedBy linkedAt marking } }`;

/** A story about Russia and Mexico other than the sample: what the mission filter must receive next. */
const marker = () =>
  otherStory({
    title: 'Marker: Russia and Mexico sign a cooperation memo',
    entities: [...otherStory().entities, { type: 'COUNTRY', code: 'MX' }],
  });

describe('the live feed over WebSocket', () => {
  let app: TestApp;
  let client: Client;
  const open: Feed<any>[] = [];
  const sub = (query: string, variables?: Record<string, unknown>) => {
    const feed = subscribe(client, query, variables);
    open.push(feed);
    return feed;
  };

  beforeAll(async () => {
    app = await startEmptyApp();
    client = feedClient(app);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((f) => f.stop()));
    await untilSubscribed(app, 0);
  });
  afterAll(async () => {
    await client.dispose();
    await stopAndClearGraph(app);
  });

  it('sends storyIngested to matching filters only, once, after the ingest committed', async () => {
    const mission = sub(STORIES, { filter: { countries: ['RU', 'MX'] } });
    const germany = sub(STORIES, { filter: { countries: ['DE'] } });
    const byTopic = sub(STORIES, { filter: { topics: ['u.s.–mexico relations'] } });
    await untilSubscribed(app, 3);

    await app.data(INGEST, { input: sampleStory() });
    const event = (await mission.next()).data!.storyIngested;
    expect(event).toMatchObject({
      storyId: SAMPLE_STORY_ID,
      title: sampleStory().title,
      publishedAt: '2025-12-08',
      topics: ['Intelligence and Espionage', 'U.S.–Mexico Relations'],
      created: { stories: 1 },
      marking: 'CLEAR',
    });
    expect(event.countries).toEqual(expect.arrayContaining(['MX', 'RU', 'US']));
    expect(event.claimIds.length).toBe(sampleStory().claims.length);
    expect((await byTopic.next()).data!.storyIngested.storyId).toBe(SAMPLE_STORY_ID);

    // The first event the Germany filter gets is the German story: it never saw the sample.
    const german = await app.data(INGEST, { input: otherStory() });
    expect((await germany.next()).data!.storyIngested.storyId).toBe(german.ingestStory.story.id);

    // A replay creates nothing and publishes nothing: the mission's next event is the marker story.
    const replay = await app.data(INGEST, { input: sampleStory() });
    expect(replay.ingestStory.created.stories).toBe(0);
    const next = await app.data(INGEST, { input: marker() });
    expect((await mission.next()).data!.storyIngested.storyId).toBe(next.ingestStory.story.id);
  });

  it('sends claimGraded and claimsLinked for the claim asked about', async () => {
    const { story } = await app.data(`query($id: ID!) { story(id: $id) { claims { id citations { source { id } } } } }`, { id: SAMPLE_STORY_ID });
    const cited = story.claims.find((c: any) => c.citations.length > 0);
    const other = story.claims.find((c: any) => c.id !== cited.id);
    const grades = sub(GRADES, { claimId: cited.id });
    const links = sub(LINKS, { claimId: cited.id });
    await untilSubscribed(app, 2);

    const sourceId = cited.citations[0].source.id;
    await app.data(`mutation($input: GradeCitationInput!) { gradeCitation(input: $input) { id } }`, {
      input: { claimId: cited.id, sourceId, credibility: 2, note: 'confirmed by a second outlet' },
    });
    const graded = (await grades.next()).data!.claimGraded;
    expect(graded).toMatchObject({ claimId: cited.id, sourceId, grade: 2, gradedBy: 'anonymous', note: 'confirmed by a second outlet', marking: 'CLEAR' });
    expect(new Date(graded.gradedAt).toISOString()).toBe(graded.gradedAt);

    await app.data(`mutation($input: LinkClaimsInput!) { linkClaims(input: $input) { linkedAt } }`, {
      input: { fromClaimId: other.id, toClaimId: cited.id, stance: 'SUPPORTS', reason: 'same event, independent reporting' },
    });
    expect((await links.next()).data!.claimsLinked).toMatchObject({
      fromClaimId: other.id,
      toClaimId: cited.id,
      stance: 'SUPPORTS',
      reason: 'same event, independent reporting',
      linkedBy: 'anonymous',
      marking: 'CLEAR',
    });
  });

  it('refuses a bad filter, an operation over the limits and queries with errors naming why', async () => {
    const bad = await sub(STORIES, { filter: { countries: ['XX'] } }).next();
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors)).toContain('countries');

    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: storyId`).join(' ');
    const flood = await sub(`subscription { storyIngested { ${aliases} } }`)
      .next()
      .catch((errors: any) => ({ errors }));
    expect(flood.errors![0].extensions.code).toBe('LIMIT_EXCEEDED');

    const query = await sub('{ stories { totalCount } }')
      .next()
      .catch((errors: any) => ({ errors }));
    expect(query.errors![0].message).toMatch(/POST \/graphql/);
  });

  it('announces every story of an ingestStories call that created something', async () => {
    const all = sub(STORIES);
    await untilSubscribed(app, 1);
    const first = otherStory({ title: 'Batch one: Poland expels a Belarusian diplomat' });
    const second = otherStory({ title: 'Batch two: Lithuania closes a border crossing' });
    const { ingestStories } = await app.data('mutation($inputs: [StoryInput!]!) { ingestStories(inputs: $inputs) { result { story { id } } } }', {
      inputs: [first, second],
    });
    const ids = ingestStories.map((e: any) => e.result.story.id);
    expect([(await all.next()).data!.storyIngested.storyId, (await all.next()).data!.storyIngested.storyId].sort()).toEqual([...ids].sort());
  });

  it(`allows ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per socket`, async () => {
    Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () => sub(STORIES));
    await untilSubscribed(app, MAX_SUBSCRIPTIONS_PER_SOCKET);
    const over = await sub(STORIES)
      .next()
      .catch((errors: any) => ({ errors }));
    expect(over.errors![0].extensions.code).toBe('LIMIT_EXCEEDED');
  });

  it('refuses a subscription sent over HTTP, pointing to the WebSocket endpoint', async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { storyIngested { storyId } }' }),
    });
    const body = (await res.json()) as any;
    expect(res.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/WebSocket/);
  });

  it("refuses a browser page from another origin (WebSockets ignore CORS), accepts the service's own", async () => {
    expect(await handshake(app, {}, 'https://evil.example')).toEqual({ acked: false, status: 403 });
    expect(await handshake(app, {}, app.baseUrl)).toEqual({ acked: true });
  });
});

describe('live feed authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ writeToken: 'feed-test-token', config: { auth: {} } });
  });
  afterAll(() => app.stop());

  it('closes an anonymous socket when anonymous access is off, with the reason HTTP gives', async () => {
    const refused = await handshake(app, {});
    expect(refused).toMatchObject({ acked: false, code: 4401 });
    expect(refused.reason).toMatch(/Not authenticated/);
    expect(await handshake(app, { authorization: 'Bearer wrong' })).toMatchObject({ acked: false, code: 4401 });
  });

  it('accepts the same credentials as HTTP in connectionParams', async () => {
    expect(await handshake(app, { authorization: 'Bearer feed-test-token' })).toEqual({ acked: true });
  });
});

describe('live feed roles', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { auth: { anonymousRole: Role.reader } } });
  });
  afterAll(() => app.stop());

  it('lets a reader subscribe', async () => {
    const client = feedClient(app);
    const feed = subscribe(client, STORIES);
    await untilSubscribed(app, 1);
    await feed.stop();
    await client.dispose();
  });
});

describe('live feed shutdown', () => {
  it('closes open sockets (1001, going away) when the server stops', async () => {
    const app = await startTestApp();
    try {
      const socket = await connected(app);
      await app.server.stop();
      expect(await socket.closed).toBe(1001);
    } finally {
      await app.driver.close();
    }
  });
});
