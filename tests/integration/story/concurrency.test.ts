import { GraphQLResponse, TestApp } from '../../support/app';
import { INGEST, startEmptyApp, stopAndClearGraph } from '../../support/sample';

type Counts = { stories: number; claims: number; sources: number; entities: number };

/** Two different stories that both bring the client claim id `claim:race-<pair>`. */
function racingStory(pair: number, side: 'a' | 'b') {
  return {
    title: `Race ${pair}: side ${side}`,
    summary: 'Two stories sent at the same time with one claim id.',
    publishedAt: '2025-03-01',
    topics: ['Race Conditions'],
    sources: [],
    basedOn: [],
    entities: [{ type: 'COUNTRY', code: 'BR' }],
    claims: [{ id: `claim:race-${pair}`, kind: 'KEY_FACT', text: `Side ${side} of pair ${pair} says so.`, about: ['BR'] }],
  };
}

/** Story i of a replay set: shares countries, topics, a publisher and five people with the others. */
function replayStory(i: number) {
  return {
    title: `Replay story ${i}`,
    summary: 'Replayed by every worker.',
    publishedAt: '2025-04-01',
    topics: ['Replays', `Replay topic ${i % 3}`],
    sources: [{ title: `Replay source ${i}`, kind: 'NEWS_REPORT', publisher: 'Replay Wire' }],
    basedOn: [`Replay source ${i}`],
    entities: [
      { type: 'COUNTRY', code: 'MX' },
      { type: 'COUNTRY', code: 'RU' },
      { type: 'PERSON', name: `Replay Person ${i % 5}`, countryCode: 'MX' },
    ],
    claims: [
      { kind: 'KEY_FACT', text: `Story ${i} reports a meeting.`, about: ['MX', 'RU'], citations: [{ source: `Replay source ${i}` }] },
      { kind: 'STATEMENT', text: `Story ${i} quotes a person.`, about: ['MX'], attributedTo: [`Replay Person ${i % 5}`] },
    ],
  };
}

const sum = (all: Counts[]): Counts =>
  all.reduce((a, b) => ({ stories: a.stories + b.stories, claims: a.claims + b.claims, sources: a.sources + b.sources, entities: a.entities + b.entities }), {
    stories: 0,
    claims: 0,
    sources: 0,
    entities: 0,
  });

describe('concurrent ingests', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startEmptyApp();
  });
  afterAll(() => stopAndClearGraph(app));

  it('two stories racing for one claim id: one wins, the other gets CONFLICT, the claim has one story (20 pairs)', async () => {
    for (let pair = 0; pair < 20; pair++) {
      const [a, b] = await Promise.all([app.gql(INGEST, { input: racingStory(pair, 'a') }), app.gql(INGEST, { input: racingStory(pair, 'b') })]);
      const winners = [a, b].filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      const loser = [a, b].find((r) => r.errors)!;
      expect(loser.errors![0].extensions.code).toBe('CONFLICT');
      expect(loser.errors![0].message).toContain(`claim:race-${pair} belongs to story ${winners[0].data.ingestStory.story.id}`);

      const owners = await app.executor.read<{ story: string; text: string }>(
        'MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim {id: $id}) RETURN s.id AS story, c.text AS text',
        { id: `claim:race-${pair}` },
      );
      const side = winners[0] === a ? 'a' : 'b';
      expect(owners).toEqual([{ story: winners[0].data.ingestStory.story.id, text: `Side ${side} of pair ${pair} says so.` }]);
    }
    const [{ stories }] = await app.executor.read<{ stories: number }>("MATCH (s:Story) WHERE s.title STARTS WITH 'Race ' RETURN count(s) AS stories");
    expect(stories).toBe(20);
  });

  it('10 workers replaying the same 50 stories: 50 stories in the graph, and the summed counts say so', async () => {
    const stories = Array.from({ length: 50 }, (_, i) => replayStory(i));
    const responses: GraphQLResponse[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, worker) => {
        // Each worker starts at a different story, so every story is raced by several workers.
        for (let k = 0; k < stories.length; k++) responses.push(await app.gql(INGEST, { input: stories[(k + worker * 5) % stories.length] }));
      }),
    );
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    const created = sum(responses.map((r) => r.data.ingestStory.created));
    const reused = sum(responses.map((r) => r.data.ingestStory.reused));
    // MX, RU, five people and the publisher.
    expect(created).toEqual({ stories: 50, claims: 100, sources: 50, entities: 8 });
    expect(reused).toEqual({ stories: 450, claims: 900, sources: 450, entities: 500 * 4 - 8 });

    const [graph] = await app.executor.read<Record<string, number>>(
      `CALL () { MATCH (s:Story) WHERE s.title STARTS WITH 'Replay story' RETURN count(s) AS stories, count(DISTINCT s.title) AS titles }
       CALL () { MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim) WHERE s.title STARTS WITH 'Replay story' RETURN count(c) AS claims, count(DISTINCT c) AS distinctClaims }
       CALL () { MATCH (p:Person) WHERE p.name STARTS WITH 'Replay Person' RETURN count(p) AS people }
       CALL () { MATCH (:Story)-[m:MENTIONS]->(:Country {code: 'MX'}) RETURN count(m) AS mentionsOfMexico }
       RETURN stories, titles, claims, distinctClaims, people, mentionsOfMexico`,
    );
    expect(graph).toEqual({ stories: 50, titles: 50, claims: 100, distinctClaims: 100, people: 5, mentionsOfMexico: 50 });
  }, 600_000); // 500 requests on a shared 2-core machine

  it('a story about a country does not wait for another uncommitted write that also links to that country', async () => {
    // Another writer, mid-transaction, has just linked something to Mexico (as a concurrent ingest does).
    const session = app.driver.session();
    const other = session.beginTransaction();
    const watching = { stop: false };
    let ingest: Promise<GraphQLResponse> | undefined;
    try {
      await other.run("MATCH (c:Country {id: 'country:MX'}) CREATE (:LockProbe)-[:PROBE]->(c)");
      ingest = app.gql(INGEST, { input: { ...replayStory(1000), title: 'Written beside an open transaction' } });
      // Either the ingest finishes, or Neo4j shows it blocked behind the open transaction.
      const outcome = await Promise.race([ingest.then((r) => ({ done: r })), blockedTransaction(app, watching).then((b) => ({ blocked: b }))]);
      expect(outcome).toMatchObject({ done: { data: { ingestStory: { created: { stories: 1 } } } } });
    } finally {
      watching.stop = true;
      await other.rollback();
      await session.close();
      await ingest;
    }
  });
});

/** Resolves when some transaction waits for a lock; never resolves otherwise (polling ends with `watching.stop`). */
async function blockedTransaction(app: TestApp, watching: { stop: boolean }): Promise<string> {
  while (!watching.stop) {
    const rows = await app.executor.read<{ status: string }>("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN status");
    if (rows.length) return rows[0].status;
    await new Promise((r) => setTimeout(r, 50));
  }
  return new Promise(() => undefined);
}
