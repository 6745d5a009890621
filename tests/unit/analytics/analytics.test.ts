import { Executor } from '../../../src/db/executor';
import { LeaderboardDimension, toClaimFilter } from '../../../src/modules/analytics/analytics.filter';
import {
  AnalyticsRepository,
  countsStatement,
  leaderboardStatement,
  timelineStatement,
  topSourcesStatement,
} from '../../../src/modules/analytics/analytics.repository';
import { claimScope } from '../../../src/modules/claim/claim.scope';
import { bucketStarts, instantDay, TimeBucket } from '../../../src/modules/analytics/analytics.time';

describe('timeline buckets', () => {
  it('lists every month, across year ends', () => {
    expect(bucketStarts('2024-11-20', '2025-02-01', TimeBucket.MONTH)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(bucketStarts('2025-03-01', '2025-03-31', TimeBucket.MONTH)).toEqual(['2025-03-01']);
  });

  it('starts weeks on Monday (ISO) and days on themselves', () => {
    expect(bucketStarts('2025-12-31', '2026-01-12', TimeBucket.WEEK)).toEqual(['2025-12-29', '2026-01-05', '2026-01-12']);
    expect(bucketStarts('2024-02-28', '2024-03-01', TimeBucket.DAY)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('gives up past the most buckets allowed', () => {
    expect(bucketStarts('2015-01-01', '2025-12-01', TimeBucket.MONTH)).toBeNull();
    expect(bucketStarts('2015-01-01', '2015-04-30', TimeBucket.MONTH)).toHaveLength(4);
  });
});

describe('instants', () => {
  it('reads dates, months, ISO date-times with a zone and epoch milliseconds as their UTC day', () => {
    expect(instantDay('2025-12-08')).toBe('2025-12-08');
    expect(instantDay('2025-12')).toBe('2025-12-01');
    expect(instantDay('2025-12-08T23:30:00Z')).toBe('2025-12-08');
    expect(instantDay('2025-12-08T23:30:00.123456789-02:00')).toBe('2025-12-09');
    expect(instantDay('1765152000000')).toBe('2025-12-08');
  });

  it('refuses junk, impossible dates and date-times without a zone', () => {
    for (const junk of ['yesterday', '2025-02-30', '2025-13', '2025', '2025-12-08T10:00', '2025-12-08T25:00:00Z', '12e5', '', '99999999999999999']) {
      expect([junk, instantDay(junk)]).toEqual([junk, null]);
    }
  });
});

describe('analytics filter', () => {
  it('maps onto the claim filter', () => {
    expect(toClaimFilter({ topic: 'Sabotage', countries: ['DE'], from: '2025-01-01', to: '2025-12-31' })).toEqual({
      topic: 'Sabotage',
      aboutCountries: ['DE'],
      publishedFrom: '2025-01-01',
      publishedTo: '2025-12-31',
    });
  });

  it('starts from the claim scope: values travel as parameters, one allow-listed pattern per dimension', async () => {
    const calls: { cypher: string; params: Record<string, unknown> }[] = [];
    const executor = { read: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), []) } as unknown as Executor;
    await new AnalyticsRepository(executor).leaderboard({ topic: 'Sabotage', countries: ['DE'] }, LeaderboardDimension.PUBLISHER, 5);
    expect(calls[0]).toEqual(leaderboardStatement({ topic: 'Sabotage', countries: ['DE'] }, LeaderboardDimension.PUBLISHER, 5));
    expect(calls[0].cypher).not.toContain('Sabotage');
    expect(calls[0].params).toEqual({ scopeTopic: 'Sabotage', scopeTopicKey: 'sabotage', scopeCountries: ['DE'], first: 5 });
    const scope = claimScope(toClaimFilter({ topic: 'Sabotage', countries: ['DE'] })).cypher;
    // The scope runs first, in its own subquery; the dimension's pattern follows.
    const prefix = `CALL () {\n${scope}\nRETURN s, c\n}`;
    expect(calls[0].cypher.startsWith(prefix)).toBe(true);
    expect(calls[0].cypher.slice(prefix.length)).toMatchInlineSnapshot(`
     "
     MATCH (c)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(k:Organization)
     WITH k, count(DISTINCT c) AS claims, count(DISTINCT s) AS stories
     ORDER BY claims DESC, toLower(k.name), k.id LIMIT toInteger($first)
     RETURN k.id AS id, k.name AS name, claims, stories"
    `);
  });

  it('counts the whole graph from the count store and per-label existence checks when nothing narrows it', () => {
    expect(countsStatement({})).toEqual(countsStatement());
    expect(countsStatement({}).params).toEqual({});
    expect(countsStatement({}, true).cypher).toMatchInlineSnapshot(`
     "CALL () { MATCH (:Story)-[r:HAS_CLAIM]->() RETURN count(r) AS claims }
     CALL () { MATCH (s:Story) WHERE EXISTS { (s)-[:HAS_CLAIM]->(c:Claim) WHERE coalesce(c.markingRank, 0) <= $clearance } RETURN count(s) AS stories }
     CALL () { MATCH (src:Source) WHERE EXISTS { (src)<-[:CITES]-(c:Claim) WHERE coalesce(c.markingRank, 0) <= $clearance } RETURN count(src) AS sources }
     CALL () {
       MATCH (t:Topic) WHERE EXISTS { (t)<-[:TAGGED]-(s:Story) WHERE EXISTS { (s)-[:HAS_CLAIM]->(c:Claim) WHERE coalesce(c.markingRank, 0) <= $clearance } }
       RETURN count(t) AS topics
     }
     CALL () {
       MATCH (e:Entity) WHERE EXISTS { (e)<-[:ABOUT|ATTRIBUTED_TO]-(c:Claim) WHERE coalesce(c.markingRank, 0) <= $clearance }
       WITH e.type AS type, count(e) AS count
       RETURN collect({type: type, count: count}) AS entities
     }
     RETURN stories, claims, sources, topics, entities"
    `);
  });

  it('counts over the anchored scope when a criterion is given', () => {
    const { cypher, params } = countsStatement({ countries: ['PL'] });
    expect(params).toEqual({ scopeCountries: ['PL'] });
    expect(cypher.slice(claimScope({ aboutCountries: ['PL'] }).cypher.length)).toMatchInlineSnapshot(`
     "
     WITH collect(DISTINCT s) AS stories, collect(DISTINCT c) AS claims
     CALL (claims) { UNWIND claims AS c MATCH (c)-[:CITES]->(src:Source) RETURN count(DISTINCT src) AS sources }
     CALL (stories) { UNWIND stories AS s MATCH (s)-[:TAGGED]->(t:Topic) RETURN count(DISTINCT t) AS topics }
     CALL (claims) {
       UNWIND claims AS c MATCH (c)-[:ABOUT|ATTRIBUTED_TO]->(e:Entity)
       WITH e.type AS type, count(DISTINCT e) AS count
       RETURN collect({type: type, count: count}) AS entities
     }
     RETURN size(stories) AS stories, size(claims) AS claims, sources, topics, entities"
    `);
  });

  it('joins the timeline range to the filter dates, so the range can anchor the match', () => {
    expect(timelineStatement(undefined, '2025-08-01', '2026-01-01').params).toEqual({ scopeFrom: '2025-08-01', scopeTo: '2025-12-31' });
    expect(timelineStatement({ from: '2025-10-16', to: '2027-01-01' }, '2025-08-01', '2026-01-01').params).toEqual({
      scopeFrom: '2025-10-16',
      scopeTo: '2025-12-31',
    });
    expect(timelineStatement({ topic: 'Sabotage' }, '2024-02-01', '2024-03-01').params).toMatchObject({ scopeFrom: '2024-02-01', scopeTo: '2024-02-29' });
  });

  it('ranks sources cited by in-scope claims', () => {
    const { cypher, params } = topSourcesStatement({ topic: 'Sabotage' }, 3);
    expect(params).toEqual({ scopeTopic: 'Sabotage', scopeTopicKey: 'sabotage', first: 3 });
    expect(cypher.slice(claimScope({ topic: 'Sabotage' }).cypher.length)).toMatchInlineSnapshot(`
     "
     MATCH (c)-[:CITES]->(src:Source)
     WITH src, count(DISTINCT c) AS citations ORDER BY citations DESC, src.title, src.id LIMIT toInteger($first)
     RETURN src {.id, .title, .url, .kind, marking: ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][coalesce(src.markingRank, 0)]} AS source, citations"
    `);
  });
});
