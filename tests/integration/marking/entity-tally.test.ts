import { Executor } from '../../../src/db/executor';
import { applyMigrations } from '../../../src/db/migrations';
import { claimListRead, ClaimRepository } from '../../../src/modules/claim/claim.repository';
import { RECOUNT_PAIR_TALLIES } from '../../../src/modules/marking/marking.tally';
import { EntityRepository } from '../../../src/modules/entity/entity.repository';
import { SYSTEM } from '../../../src/modules/identity/identity.type';
import { interchangeService } from '../../../src/modules/interchange/interchange.service';
import { TLP_LEVELS } from '../../../src/modules/shared/tlp';
import { unfilteredTotal } from '../../../src/modules/shared/visibility';
import { storyService, validateStoryInput } from '../../../src/modules/story/story.service';
import { fixtureStories } from '../../fixtures/graph';
import { database, startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';

const TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE';
type Tallies = Record<string, number[]>;
type Both = { claims: Tallies; stories: Tallies };
const nonZero = (t: Tallies): Tallies => Object.fromEntries(Object.entries(t).filter(([, ranks]) => ranks.some((n) => n !== 0)));

/** The maintained tallies, by entity id (all-zero ones left out). */
async function tallies(app: TestApp): Promise<Both> {
  const rows = await app.executor.read<{ id: string; claims: number[]; stories: number[] }>(
    'MATCH (t:EntityTally) RETURN t.entityId AS id, t.claims AS claims, t.stories AS stories',
  );
  return {
    claims: nonZero(Object.fromEntries(rows.map((r) => [r.id, r.claims]))),
    stories: nonZero(Object.fromEntries(rows.map((r) => [r.id, r.stories]))),
  };
}

/**
 * The same counted from every claim and story, in JS: a claim counts for what it is ABOUT and for
 * the countries those are tied to, once each, and for every pair of distinct countries among those
 * (directly or tied); a story for what it MENTIONS.
 */
async function bruteForce(app: TestApp): Promise<Both> {
  const claims = await app.executor.read<{ id: string; rank: number; direct: string[]; directCountries: string[]; tied: string[] }>(
    `MATCH (c:Claim) RETURN c.id AS id, coalesce(c.markingRank, 0) AS rank, [(c)-[:ABOUT]->(x:Entity) | x.id] AS direct,
       [(c)-[:ABOUT]->(x:Country) | x.id] AS directCountries, [(c)-[:ABOUT]->(:Entity)-[:${TIES}]->(k:Country) | k.id] AS tied`,
  );
  const stories = await app.executor.read<{ id: string; rank: number; mentions: string[] }>(
    'MATCH (s:Story) RETURN s.id AS id, coalesce(s.markingRank, 0) AS rank, [(s)-[:MENTIONS]->(x:Entity) | x.id] AS mentions',
  );
  // Every claim and story also counts in its shard of the global tallies (the unfiltered lists' totals).
  const shard = (id: string) => `all:${id.slice(-1)}`;
  const pairs = (countries: string[]) => countries.flatMap((a) => countries.filter((b) => a < b).map((b) => `pair:${a}|${b}`));
  const out: Both = { claims: {}, stories: {} };
  for (const c of claims) {
    const countries = [...new Set([...c.directCountries, ...c.tied])];
    for (const id of [...new Set([...c.direct, ...c.tied, shard(c.id)]), ...pairs(countries)]) (out.claims[id] ??= [0, 0, 0, 0, 0])[c.rank] += 1;
  }
  for (const s of stories) for (const id of [...s.mentions, shard(s.id)]) (out.stories[id] ??= [0, 0, 0, 0, 0])[s.rank] += 1;
  return out;
}

/**
 * `claims(filter: {aboutCountries: [A, B]})`'s total at every clearance, read as a reader of that
 * clearance (with no row and with a page, which picks its walk from the total), next to a count of the
 * visible claims about both; for every pair some claim is about and one no claim is about.
 */
async function pairTotals(app: TestApp): Promise<{ read: Record<string, number[]>; counted: Record<string, number[]> }> {
  const countries = await app.executor.read<{ id: string; code: string }>('MATCH (k:Country) RETURN k.id AS id, k.code AS code ORDER BY code');
  const codeOf = new Map(countries.map((k) => [k.id, k.code]));
  const codes = countries.map((k) => k.code);
  const tallied = await app.executor.read<{ id: string }>("MATCH (t:EntityTally) WHERE t.entityId STARTS WITH 'pair:' RETURN t.entityId AS id");
  // A tally of countries not in the graph (a stale one) has no claims to check against.
  const pairs = tallied
    .map((t) =>
      t.id
        .slice('pair:'.length)
        .split('|')
        .map((id) => codeOf.get(id)!),
    )
    .filter((p) => p.every(Boolean));
  const never = codes.flatMap((a) => codes.map((b) => [a, b])).find(([a, b]) => a < b && !pairs.some((p) => p.includes(a) && p.includes(b)));
  const read: Record<string, number[]> = {};
  const counted: Record<string, number[]> = {};
  for (const [a, b] of [...pairs, ...(never ? [never] : [])]) {
    const key = `${a}|${b}`;
    for (const rank of TLP_LEVELS.keys()) {
      const reader = new ClaimRepository(new Executor(app.driver, database(), { clearance: rank }));
      for (const first of [0, 2]) {
        const page = await reader.page({ aboutCountries: [b, a] }, { after: null, first, withTotal: true });
        (read[key] ??= []).push(page.totalCount as number);
      }
      const [row] = await app.executor.read<{ n: number }>(
        `RETURN COUNT { MATCH (c:Claim) WHERE coalesce(c.markingRank, 0) <= $rank
           AND all(code IN $codes WHERE EXISTS { (c)-[:ABOUT]->(:Entity)-[:${TIES}*0..1]->(:Country {code: code}) }) } AS n`,
        { rank, codes: [a, b] },
      );
      (counted[key] ??= []).push(row.n, row.n);
    }
  }
  return { read, counted };
}

/** Every country page's claim and story totals at every clearance, read as a reader of that clearance, next to counts of the visible rows. */
async function countryTotals(app: TestApp): Promise<{ page: Record<string, number[]>; counted: Record<string, number[]> }> {
  const codes = (await app.executor.read<{ code: string }>('MATCH (k:Country) RETURN k.code AS code ORDER BY code')).map((r) => r.code);
  const page: Record<string, number[]> = {};
  const counted: Record<string, number[]> = {};
  const first0 = { after: null, first: 0, withTotal: true };
  for (const code of codes) {
    for (const rank of TLP_LEVELS.keys()) {
      const reader = new EntityRepository(new Executor(app.driver, database(), { clearance: rank }));
      const found = await reader.withPages({ code }, { claims: first0, stories: first0 });
      (page[code] ??= []).push(found!.claims!.totalCount as number, found!.stories!.totalCount as number);
      const [row] = await app.executor.read<{ claims: number; stories: number }>(
        `MATCH (e:Country {code: $code})
         RETURN COUNT { CALL (e) { RETURN e AS x UNION MATCH (x:Entity)-[:${TIES}]->(e) RETURN x }
             MATCH (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(c.markingRank, 0) <= $rank RETURN DISTINCT c } AS claims,
           COUNT { (e)<-[:MENTIONS]-(s:Story) WHERE coalesce(s.markingRank, 0) <= $rank } AS stories`,
        { code, rank },
      );
      (counted[code] ??= []).push(row.claims, row.stories);
    }
  }
  return { page, counted };
}

/** The unfiltered claim and story lists' totals at every clearance, as their repositories ask for them. */
async function listTotals(app: TestApp): Promise<number[][]> {
  const totals: number[][] = [];
  for (const rank of TLP_LEVELS.keys()) {
    const reader = new Executor(app.driver, database(), { clearance: rank });
    const [claims] = await reader.read<{ total: number }>(unfilteredTotal('Claim', rank));
    const [stories] = await reader.read<{ total: number }>(unfilteredTotal('Story', rank));
    totals.push([claims.total, stories.total]);
  }
  return totals;
}

async function listCounts(app: TestApp): Promise<number[][]> {
  const totals: number[][] = [];
  for (const rank of TLP_LEVELS.keys()) {
    const [row] = await app.executor.read<{ claims: number; stories: number }>(
      'RETURN COUNT { (c:Claim) WHERE coalesce(c.markingRank, 0) <= $rank } AS claims, COUNT { (s:Story) WHERE coalesce(s.markingRank, 0) <= $rank } AS stories',
      { rank },
    );
    totals.push([row.claims, row.stories]);
  }
  return totals;
}

async function expectExact(app: TestApp): Promise<Both> {
  const maintained = await tallies(app);
  const counted = await bruteForce(app);
  expect(maintained).toEqual({ claims: nonZero(counted.claims), stories: nonZero(counted.stories) });
  const { page, counted: visible } = await countryTotals(app);
  expect(page).toEqual(visible);
  expect(await listTotals(app)).toEqual(await listCounts(app));
  const pairsRead = await pairTotals(app);
  expect(pairsRead.read).toEqual(pairsRead.counted);
  return maintained;
}

/** The fixture stories with markings at several ranks: the first AMBER, a RED source in the second. */
function markedFixtures(): Record<string, any>[] {
  const [first, second, ...rest] = fixtureStories() as Record<string, any>[];
  return [
    { ...first, marking: 'AMBER' },
    { ...second, sources: second.sources.map((s: Record<string, unknown>, i: number) => (i === 0 ? { ...s, marking: 'RED' } : s)) },
    ...rest,
  ];
}

const bureauStory = (id: string, countryCode?: string) => ({
  id: `story:tally-${id}`,
  title: `Bureau story ${id}`,
  summary: 'A story about a bureau.',
  publishedAt: '2025-06-15',
  marking: 'GREEN',
  sources: [{ id: `source:tally-${id}`, title: 'Report', kind: 'NEWS_REPORT' }],
  entities: [
    { type: 'AGENCY', name: 'Tally Test Bureau', ...(countryCode ? { countryCode } : {}) },
    ...(countryCode ? [{ type: 'COUNTRY', code: countryCode }] : []),
  ],
  claims: [
    {
      id: `claim:tally-${id}`,
      kind: 'KEY_FACT',
      text: `The bureau acted (${id}).`,
      about: ['Tally Test Bureau'],
      citations: [{ source: `source:tally-${id}` }],
    },
  ],
});

/** A bureau story about the bureau and Russia; with `tieTo` the bureau is that country's (a tie). */
const pairStory = (id: string, tieTo?: string) => {
  const story = bureauStory(id, tieTo) as Record<string, any>;
  story.entities = [
    { type: 'AGENCY', name: 'Pair Test Bureau', ...(tieTo ? { countryCode: tieTo } : {}) },
    { type: 'COUNTRY', code: 'RU' },
  ];
  story.claims = story.claims.map((c: Record<string, unknown>) => ({ ...c, text: `The pair bureau acted (${id}).`, about: ['Pair Test Bureau', 'Russia'] }));
  return story;
};

describe('entity tallies stay exact through every write (entity and country page totals)', () => {
  let app: TestApp;
  const inputs = async (plain: unknown[]) => Promise.all(plain.map((p) => validateStoryInput(p)));
  const ingestAll = async (plain: unknown[]) => {
    const entries = await storyService.ingestMany(app.executor, await inputs(plain));
    expect(entries.filter((e) => !e.ok)).toEqual([]);
  };
  const setMarking = async (id: string, marking: string) => {
    const body = await app.gql('mutation($id: ID!, $m: Tlp!) { setMarking(id: $id, marking: $m) { id } }', { id, m: marking });
    expect(body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('ingest of one story, then of a batch, counts each claim at its rank for its entities and tied countries', async () => {
    const [first, ...rest] = markedFixtures();
    await storyService.ingest(app.executor, await validateStoryInput(first));
    await ingestAll(rest);
    const maintained = await expectExact(app);
    // The fixture says something at several ranks, and the countries count what is tied to them.
    const ranksUsed = (t: Tallies) => [...new Set(Object.values(t).flatMap((ranks) => ranks.flatMap((n, rank) => (n ? [rank] : []))))].sort();
    expect(ranksUsed(maintained.claims)).toEqual([2, 4]);
    expect(ranksUsed(maintained.stories)).toEqual([0, 2]);
    expect(maintained.claims['country:RU'].reduce((a, b) => a + b)).toBeGreaterThan(0);
  });

  it('a replay counts nothing twice; a re-ingest without a claim takes it out', async () => {
    const before = await tallies(app);
    await ingestAll(markedFixtures());
    expect(await tallies(app)).toEqual(before);

    const [first] = markedFixtures();
    const dropped = first.claims[0];
    await ingestAll([{ ...first, claims: first.claims.slice(1) }]);
    const after = await expectExact(app);
    expect(after).not.toEqual(before);
    await ingestAll([first]);
    expect(await expectExact(app)).toEqual(before);
    expect(dropped.about.length).toBeGreaterThan(0);
  });

  it('a tie added later makes the country count the claims already about the tied entity', async () => {
    await ingestAll([bureauStory('a')]);
    const before = await expectExact(app);
    await ingestAll([bureauStory('b', 'MX')]);
    const after = await expectExact(app);
    // Both bureau claims (GREEN) now count for Mexico: the earlier one through the new tie.
    expect((after.claims['country:MX'] ?? [0, 0, 0, 0, 0])[1] - (before.claims['country:MX'] ?? [0, 0, 0, 0, 0])[1]).toBe(2);
  });

  it('a tie added later gives the claims about the tied entity a new country pair', async () => {
    const pair = 'pair:country:MX|country:RU';
    await ingestAll([pairStory('pa')]);
    const before = await expectExact(app);
    await ingestAll([pairStory('pb', 'MX')]);
    const after = await expectExact(app);
    // Both pair-bureau claims (GREEN) are now about Mexico and Russia: the earlier one through the new tie.
    expect(after.claims[pair][1] - (before.claims[pair] ?? [0, 0, 0, 0, 0])[1]).toBe(2);
    // The total of claims about two countries is that tally, not a count.
    expect(claimListRead({ aboutCountries: ['RU', 'MX'] }, { after: null, first: 20, withTotal: true, clearance: 2 }).total).toMatch(/EntityTally/);
    expect(claimListRead({ aboutCountries: ['RU', 'MX'], kinds: [] }, { after: null, first: 20, withTotal: true, clearance: 2 }).total).toMatch(/EntityTally/);
    for (const other of [{ aboutCountries: ['RU', 'MX', 'PL'] }, { aboutCountries: ['RU', 'MX'], textContains: 'bureau' }, { aboutCountries: ['RU', 'ru'] }]) {
      expect(claimListRead(other, { after: null, first: 20, withTotal: true, clearance: 2 }).total ?? '').not.toMatch(/EntityTally/);
    }
    const asOf = new Date().toISOString();
    expect(claimListRead({ aboutCountries: ['RU', 'MX'] }, { after: null, first: 20, withTotal: true, clearance: 2, asOf }).total ?? '').not.toMatch(
      /EntityTally/,
    );
  });

  it('concurrent ingests about the same country add up (each takes the tally lock before reading it)', async () => {
    const before = await tallies(app);
    const stories = Array.from({ length: 8 }, (_, i) => ({ ...bureauStory(`c${i}`, 'MX'), marking: i % 2 ? 'AMBER' : 'CLEAR' }));
    const outcomes = await Promise.all(stories.map(async (s) => storyService.ingest(app.executor, await validateStoryInput(s))));
    expect(outcomes.map((o) => o.created.stories)).toEqual(stories.map(() => 1));
    const after = await expectExact(app);
    const added = (kind: 'claims' | 'stories') => after[kind]['country:MX'].map((n, rank) => n - (before[kind]['country:MX'] ?? [0, 0, 0, 0, 0])[rank]);
    expect(added('claims')).toEqual([4, 0, 4, 0, 0]);
    expect(added('stories')).toEqual([4, 0, 4, 0, 0]);
  });

  it('a new claim citing a source the graph already ranks RED is RED from its creation, and counted so', async () => {
    const [, second] = markedFixtures();
    const { id, title, kind, publisher } = second.sources[0];
    await ingestAll([
      {
        id: 'story:tally-cites-red',
        title: 'Repeats the red statement',
        summary: 'A CLEAR story citing a RED source already in the graph.',
        publishedAt: '2025-06-16',
        sources: [{ id, title, kind, publisher, marking: 'RED' }],
        entities: [{ type: 'COUNTRY', code: 'MX' }],
        claims: [{ id: 'claim:tally-cites-red', kind: 'KEY_FACT', text: 'Repeats the red statement.', about: ['MX'], citations: [{ source: id }] }],
      },
    ]);
    const [claim] = await app.executor.read<{ rank: number }>('MATCH (c:Claim {id: $id}) RETURN c.markingRank AS rank', { id: 'claim:tally-cites-red' });
    expect(claim.rank).toBe(4);
    await expectExact(app);
  });

  it('setMarking up and down moves claims between ranks, downstream ones included', async () => {
    const [first, second] = markedFixtures();
    await setMarking(first.id, 'RED');
    await expectExact(app);
    await setMarking(first.id, 'CLEAR');
    await expectExact(app);
    await setMarking(second.sources[0].id, 'CLEAR');
    await expectExact(app);
    await setMarking(second.sources[1].id, 'AMBER_STRICT');
    await expectExact(app);
  });

  it('a STIX import into an empty graph gives the same tallies, and importing it again changes none', async () => {
    const before = await tallies(app);
    const bundle = await interchangeService.exportStix(app.executor, SYSTEM, {});
    await resetGraph(app.executor);
    await interchangeService.importStix(app.executor, bundle);
    expect(await expectExact(app)).toEqual(before);
    await interchangeService.importStix(app.executor, bundle);
    expect(await tallies(app)).toEqual(before);
  });

  it('migration 008 backfills pair tallies on a graph written without them (zeroing stale ones), and a rerun writes nothing', async () => {
    const before = await tallies(app);
    expect(Object.keys(before.claims).filter((id) => id.startsWith('pair:')).length).toBeGreaterThan(2);
    await app.executor.write("MATCH (t:EntityTally) WHERE t.entityId STARTS WITH 'pair:' DETACH DELETE t");
    await app.executor.write("CREATE (:EntityTally {entityId: 'pair:country:AA|country:ZZ', claims: [1, 0, 0, 0, 0], stories: [0, 0, 0, 0, 0]})");
    await app.executor.write("MATCH (m:Migration {id: '008_pair_tallies'}) DELETE m");
    expect(await applyMigrations(app.executor)).toEqual(['008_pair_tallies']);
    expect(await expectExact(app)).toEqual(before);
    const [{ recounted }] = await app.executor.writeTx((tx) => tx.run<{ recounted: number }>(RECOUNT_PAIR_TALLIES));
    expect(recounted).toBe(0);
  });
});
