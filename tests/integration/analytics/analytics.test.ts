import { TestApp } from '../../support/app';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';

/*
 * Hand-computed from seeds/sample-story.json (2025-12-08, 7 claims) and tests/fixtures/graph
 * (rail sabotage 2025-10-15, 5 claims; Poland 2025-08-20, 2 claims). Claims are the unit of analysis.
 */
const COUNTS = `query($filter: AnalyticsFilter) {
  analytics(filter: $filter) { counts { stories claims sources topics countries agencies people organizations groups } }
}`;
const LEADERBOARD = `query($filter: AnalyticsFilter, $dimension: LeaderboardDimension!, $first: Int) {
  analytics(filter: $filter) { leaderboard(dimension: $dimension, first: $first) { id name claims stories } }
}`;
const TIMELINE = `query($filter: AnalyticsFilter, $from: String!, $to: String!) {
  analytics(filter: $filter) { timeline(from: $from, to: $to) { month stories claims } }
}`;

describe('dashboard analytics', () => {
  let app: TestApp;
  const counts = async (filter?: Record<string, unknown>) => (await app.data(COUNTS, { filter })).analytics.counts;
  const board = async (dimension: string, filter?: Record<string, unknown>, first?: number) =>
    (await app.data(LEADERBOARD, { dimension, filter, first })).analytics.leaderboard.map((r: { name: string; claims: number }) => [r.name, r.claims]);

  beforeAll(async () => {
    app = await startFixtureApp();
  });
  afterAll(() => stopFixtureApp(app));

  describe('counts', () => {
    it('counts what the claims involve', async () => {
      expect(await counts()).toEqual({ stories: 3, claims: 14, sources: 13, topics: 3, countries: 6, agencies: 6, people: 1, organizations: 1, groups: 2 });
    });

    it('narrows by topic, by countries (all of them) and by date range', async () => {
      expect(await counts({ topic: 'Sabotage' })).toEqual({
        stories: 1,
        claims: 5,
        sources: 6,
        topics: 2,
        countries: 2,
        agencies: 3,
        people: 0,
        organizations: 0,
        groups: 1,
      });
      expect(await counts({ countries: ['PL'] })).toMatchObject({ stories: 1, claims: 2 });
      expect(await counts({ countries: ['DE', 'RU'] })).toMatchObject({ stories: 1, claims: 2 });
      expect(await counts({ from: '2025-09-01', to: '2025-12-31' })).toMatchObject({ stories: 2, claims: 12 });
      expect(await counts({ from: '2025-09-01', to: '2025-11-30', countries: ['RU'] })).toMatchObject({ stories: 1, claims: 3 });
    });

    it('agrees with the claims query for the same criteria', async () => {
      const { claims } = await app.data(`{ claims(filter: {aboutCountries: ["DE", "RU"], topic: "Sabotage"}) { totalCount } }`);
      expect((await counts({ countries: ['DE', 'RU'], topic: 'Sabotage' })).claims).toBe(claims.totalCount);
    });
  });

  describe('leaderboard', () => {
    it('ranks countries by claims concerning them, directly or through tied entities', async () => {
      expect(await board('COUNTRY')).toEqual([
        ['Russia', 12],
        ['Mexico', 7],
        ['Germany', 4],
        ['United States', 3],
        ['Poland', 2],
        ['Ukraine', 1],
      ]);
      expect(await board('COUNTRY', { topic: 'Sabotage' })).toEqual([
        ['Germany', 4],
        ['Russia', 3],
      ]);
      expect(await board('COUNTRY', undefined, 2)).toEqual([
        ['Russia', 12],
        ['Mexico', 7],
      ]);
    });

    it('ranks agencies, publishers and topics', async () => {
      expect((await board('AGENCY'))[0]).toEqual(['Main Directorate of the General Staff', 3]);
      expect(await board('AGENCY')).toHaveLength(6);
      expect((await board('PUBLISHER')).slice(0, 4)).toEqual([
        ['The New York Times', 3],
        ['Baltic Courier', 2],
        ['gov.pl', 2],
        ['Policy Digest', 2],
      ]);
      expect(await board('TOPIC')).toEqual([
        ['Intelligence and Espionage', 14],
        ['U.S.–Mexico Relations', 7],
        ['Sabotage', 5],
      ]);
      expect(await board('TOPIC', { countries: ['PL'] })).toEqual([['Intelligence and Espionage', 2]]);
    });

    it('reports story counts and caps first at 50', async () => {
      const rows = (await app.data(LEADERBOARD, { dimension: 'COUNTRY', first: 1 })).analytics.leaderboard;
      expect(rows).toEqual([{ id: 'country:RU', name: 'Russia', claims: 12, stories: 3 }]);
      const body = await app.gql(LEADERBOARD, { dimension: 'COUNTRY', first: 51 });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'first' })] });
    });
  });

  describe('timeline', () => {
    it('gives every month of the range, zero months included', async () => {
      const { analytics } = await app.data(TIMELINE, { from: '2025-07', to: '2025-12' });
      expect(analytics.timeline).toEqual([
        { month: '2025-07', stories: 0, claims: 0 },
        { month: '2025-08', stories: 1, claims: 2 },
        { month: '2025-09', stories: 0, claims: 0 },
        { month: '2025-10', stories: 1, claims: 5 },
        { month: '2025-11', stories: 0, claims: 0 },
        { month: '2025-12', stories: 1, claims: 7 },
      ]);
    });

    it('applies the shared filter', async () => {
      const topic = (await app.data(TIMELINE, { from: '2025-08', to: '2025-12', filter: { topic: 'Sabotage' } })).analytics.timeline;
      expect(topic.map((p: { claims: number }) => p.claims)).toEqual([0, 0, 5, 0, 0]);
      const russia = (await app.data(TIMELINE, { from: '2025-08', to: '2025-12', filter: { countries: ['RU'] } })).analytics.timeline;
      expect(russia.map((p: { claims: number }) => p.claims)).toEqual([2, 0, 3, 0, 7]);
      const dated = (await app.data(TIMELINE, { from: '2025-08', to: '2025-12', filter: { from: '2025-10-16' } })).analytics.timeline;
      expect(dated.map((p: { claims: number }) => p.claims)).toEqual([0, 0, 0, 0, 7]);
    });

    it('refuses malformed, reversed or over-long ranges', async () => {
      const malformed = await app.gql(TIMELINE, { from: '2025-13', to: '2025-12' });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'from' })] });
      const reversed = await app.gql(TIMELINE, { from: '2025-12', to: '2025-01' });
      expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'to' })] });
      const long = await app.gql(TIMELINE, { from: '2015-01', to: '2025-12' });
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'to' })] });
    });
  });

  describe('timeline buckets and instants', () => {
    const BUCKETED = `query($filter: AnalyticsFilter, $from: String!, $to: String!, $bucket: TimeBucket!) {
      analytics(filter: $filter) { timeline(from: $from, to: $to, bucket: $bucket) { start end month stories claims } }
    }`;

    it('gives weeks (Monday to Sunday) and days, zeros included', async () => {
      const months = (await app.data(TIMELINE, { from: '2025-07', to: '2025-12' })).analytics.timeline;
      const withClaims = months.filter((p: { claims: number }) => p.claims > 0);
      const weeks = (await app.data(BUCKETED, { from: '2025-07-01', to: '2025-12-31', bucket: 'WEEK' })).analytics.timeline;
      expect(weeks[0]).toMatchObject({ start: '2025-06-30', end: '2025-07-06' });
      expect(weeks.every((w: { start: string }) => new Date(`${w.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      const sum = (points: { claims: number; stories: number }[]) => points.reduce((t, p) => [t[0] + p.stories, t[1] + p.claims], [0, 0]);
      expect(sum(weeks)).toEqual(sum(months));
      const days = (await app.data(BUCKETED, { from: '2025-12-01', to: '2025-12-31', bucket: 'DAY' })).analytics.timeline;
      expect(days).toHaveLength(31);
      expect(sum(days)).toEqual(sum([withClaims[withClaims.length - 1]]));
    });

    it('reads ISO date-times and epoch milliseconds (as Grafana sends them) as their UTC day', async () => {
      const byDate = await counts({ from: '2025-10-16', to: '2025-12-31' });
      expect(await counts({ from: '2025-10-16T00:00:00Z', to: '2025-12-31T23:59:59.999Z' })).toEqual(byDate);
      expect(await counts({ from: String(Date.parse('2025-10-16T08:00:00Z')), to: String(Date.parse('2025-12-31T08:00:00Z')) })).toEqual(byDate);
      const iso = (await app.data(BUCKETED, { from: '2025-08-01T00:00:00Z', to: String(Date.parse('2025-12-15T00:00:00Z')), bucket: 'MONTH' })).analytics
        .timeline;
      expect(iso.map((p: { month: string }) => p.month)).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    });

    it('refuses junk instants (BAD_USER_INPUT naming the field) and too many days', async () => {
      const junk = await app.gql(COUNTS, { filter: { from: 'last tuesday' } });
      expect(junk.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'filter.from' })] });
      const naive = await app.gql(BUCKETED, { from: '2025-08-01T00:00:00', to: '2025-09-01', bucket: 'DAY' });
      expect(naive.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'from' })] });
      const long = await app.gql(BUCKETED, { from: '2020-01-01', to: '2025-01-01', bucket: 'DAY' });
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'to' })] });
    });
  });

  describe('topSources', () => {
    it('lists the most-cited sources with citation counts', async () => {
      const { analytics } = await app.data(`{ analytics { topSources(first: 3) { source { id title publisher { name } } citations } } }`);
      expect(analytics.topSources.map((r: { source: { id: string }; citations: number }) => [r.source.id, r.citations])).toEqual([
        [FIXTURE.nytSource, 3],
        ['source:fixture/digest-analysis', 2],
        ['source:fixture/gov-pl-statement', 2],
      ]);
      expect(analytics.topSources[0].source.publisher).toEqual({ name: 'The New York Times' });
    });

    it('applies the shared filter', async () => {
      const { analytics } = await app.data(`{ analytics(filter: {countries: ["PL"]}) { topSources { source { id } citations } } }`);
      expect(analytics.topSources).toEqual([
        { source: { id: 'source:fixture/gov-pl-statement' }, citations: 2 },
        { source: { id: 'source:fixture/courier-expulsion' }, citations: 1 },
      ]);
    });
  });

  it('validates the shared filter', async () => {
    const badCountry = await app.gql(COUNTS, { filter: { countries: ['XX'] } });
    expect(badCountry.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'filter.countries' })] });
    const reversed = await app.gql(COUNTS, { filter: { from: '2025-12-01', to: '2025-01-01' } });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'filter.to' })] });
  });
});
