import { Driver } from 'neo4j-driver';
import { applyMarkings } from '../../../bench/graph/markings';
import { createDriver } from '../../../src/db/driver';
import { Executor, Statement } from '../../../src/db/executor';
import { keyedPagedStatement } from '../../../src/db/paged-read';
import { CursorKey } from '../../../src/db/keyset';
import { walkedClaimsPage } from '../../../src/modules/entity/entity.claims-walk';
import { claimsAboutRead, ENTITY_BY_KEY, EntityRepository } from '../../../src/modules/entity/entity.repository';
import { tlpRank, Tlp } from '../../../src/modules/shared/tlp';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { profile, seedBulkGraph, totalDbHits } from '../../support/plans';

const SELECTION = { id: {}, text: {} };
const EVERYWHERE = 'agency:test-everywhere';
const BYGONE = 'agency:test-bygone';
const SKEWED = 'agency:test-skewed';
const READERS = [Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.RED].map(tlpRank);

/** The entity page's claims as the sorted read gives them (what the walk must reproduce). */
const sorted = (id: string, first: number, clearance: number, after: CursorKey | null = null): Statement => {
  const s = keyedPagedStatement(claimsAboutRead({ after, first, withTotal: true, clearance, selection: SELECTION }), ENTITY_BY_KEY);
  return { cypher: s.cypher, params: { ...s.params, keys: [id], clearance } };
};
const walked = (id: string, first: number, clearance: number, after: CursorKey | null = null): Statement => {
  const s = walkedClaimsPage(id, first, clearance, SELECTION, true, after);
  return { cypher: s.cypher, params: { ...s.params, clearance } };
};

/**
 * An entity page's claims, walked through the stories' date index when the entity's tally says it
 * pays, on a marked generated graph of 600 stories with three made-up agencies: one that every other
 * claim is about (spread over time: the walk fills its page early), one that only the claims of the
 * oldest 300 stories are about (the walk finds nothing within its cap and hands over to the sort) and
 * one about the claims of the newest 5 stories and of the oldest 200 (a first page walked, a page after
 * the burst handed over). Same answer as the sort at every clearance, page size and cursor; the
 * all-old one costs at most the walk's cap more than sorting.
 */
describe('entity claims page: walk or sort', () => {
  let driver: Driver;
  let executor: Executor;

  async function run(statement: Statement): Promise<{ total: number; ids: string[]; keys: unknown[]; hits: number }> {
    const session = driver.session({ database: database(), defaultAccessMode: 'READ' });
    try {
      const record = (await session.run(statement.cypher, statement.params)).records[0];
      const value = record.keys.includes('value') ? record.get('value') : record.toObject();
      const rows = value.rows as { node: { id: string }; key: unknown[] }[];
      return {
        total: Number(value.total),
        ids: rows.map((r) => r.node.id),
        keys: rows.map((r) => r.key.map((k) => (typeof k === 'object' && k !== null ? Number(k) : k))),
        hits: totalDbHits(await profile(driver, statement)),
      };
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    executor = new Executor(driver, database());
    await resetGraph(executor);
    await seedBulkGraph(executor, 600);
    await executor.write(
      `UNWIND [$everywhere, $bygone, $skewed] AS id MERGE (a:Entity:Agency {id: id}) SET a.type = 'AGENCY', a.name = id
       WITH collect(a) AS agencies
       MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim) WITH agencies, s, c ORDER BY s.publishedAt, s.id, c.id
       WITH agencies, collect(DISTINCT s) AS stories, collect(c) AS claims
       CALL (agencies, claims) { UNWIND range(0, size(claims) - 1, 2) AS i WITH agencies[0] AS a, claims[i] AS c MERGE (c)-[:ABOUT]->(a) }
       CALL (agencies, stories) { UNWIND stories[0..300] AS s MATCH (s)-[:HAS_CLAIM]->(c:Claim) WITH agencies[1] AS a, c MERGE (c)-[:ABOUT]->(a) }
       CALL (agencies, stories) { UNWIND stories[0..200] + stories[-5..] AS s MATCH (s)-[:HAS_CLAIM]->(c:Claim) WITH agencies[2] AS a, c MERGE (c)-[:ABOUT]->(a) }`,
      { everywhere: EVERYWHERE, bygone: BYGONE, skewed: SKEWED },
    );
    await applyMarkings(executor);
    // Their tallies, as every write keeps them (marking.tally.ts): claims about each, by effective rank.
    await executor.write(
      `UNWIND [$everywhere, $bygone, $skewed] AS id MATCH (a:Entity {id: id})
       MERGE (t:EntityTally {entityId: id})
       SET t.claims = [r IN range(0, 4) | COUNT { (a)<-[:ABOUT]-(c:Claim) WHERE coalesce(c.markingRank, 0) = r }], t.stories = [0, 0, 0, 0, 0]`,
      { everywhere: EVERYWHERE, bygone: BYGONE, skewed: SKEWED },
    );
    await executor.write('CALL db.prepareForReplanning(120)');
  }, 600000);

  afterAll(async () => {
    await resetGraph(executor);
    await driver.close();
  });

  const cases: [string, number, number][] = [];
  for (const id of [EVERYWHERE, BYGONE, SKEWED, 'agency:us-cia'])
    for (const clearance of READERS) for (const first of [1, 10, 30]) cases.push([id, clearance, first]);

  it.each(cases)('%s as clearance %i, first %i: the same page and total as the sorted read', async (id, clearance, first) => {
    const [expected, actual] = [await run(sorted(id, first, clearance)), await run(walked(id, first, clearance))];
    expect(actual.ids).toEqual(expected.ids);
    expect(actual.keys).toEqual(expected.keys);
    expect(actual.total).toBe(expected.total);
    expect(actual.ids.length).toBe(Math.min(first + 1, expected.total));
  });

  // After the page's own last row, in the burst and past it (the skewed agency's claims thin out after 5 stories).
  it.each(cases)('%s as clearance %i, first %i: after a cursor mid-way, the same page as the sorted read', async (id, clearance, first) => {
    const all = await run(sorted(id, 100, clearance));
    for (const at of [first - 1, 23, 45]) {
      if (at >= all.keys.length) continue;
      const cursor = all.keys[at] as CursorKey;
      const [expected, actual] = [await run(sorted(id, first, clearance, cursor)), await run(walked(id, first, clearance, cursor))];
      expect(actual.ids).toEqual(expected.ids);
      expect(actual.keys).toEqual(expected.keys);
      expect(actual.ids).toEqual(all.ids.slice(at + 1, at + 2 + first));
      expect(actual.total).toBe(all.total);
    }
  });

  it('through the repository: cursors only when asked for, and the next page follows on from them', async () => {
    const repository = new EntityRepository(new Executor(driver, database(), { clearance: tlpRank(Tlp.AMBER) }));
    const page = (cursors: boolean) => ({ after: null, first: 3, withTotal: true, selection: SELECTION, cursors });
    const [withCursors, without] = [
      await repository.withPages({ id: EVERYWHERE }, { claims: page(true) }),
      await repository.withPages({ id: EVERYWHERE }, { claims: page(false) }),
    ];
    expect(without!.claims!.nodes).toEqual(withCursors!.claims!.nodes);
    expect(without!.claims!.keys).toEqual([[], [], []]);
    const expected = await run(sorted(EVERYWHERE, 6, tlpRank(Tlp.AMBER)));
    expect(withCursors!.claims!.keys.map((k) => k.map((x) => (typeof x === 'object' ? Number(x) : x)))).toEqual(expected.keys.slice(0, 3));
    const [next] = await repository.claimsAbout([EVERYWHERE], { after: withCursors!.claims!.keys[2], first: 3, withTotal: false, selection: SELECTION });
    expect([...withCursors!.claims!.nodes, ...next.nodes].map((n) => n.id)).toEqual(expected.ids.slice(0, 6));
    const walkedNext = await repository.withPages({ id: EVERYWHERE }, { claims: { ...page(true), after: withCursors!.claims!.keys[2] } });
    expect(walkedNext!.claims!.nodes).toEqual(next.nodes);
    expect(walkedNext!.claims!.hasPreviousPage).toBe(true);
    expect(walkedNext!.claims!.totalCount).toBe(expected.total);
  });

  it('walks when the claims are spread over time, first page or after a cursor: a fraction of the sort', async () => {
    for (const clearance of READERS) {
      const [sort, walk] = [await run(sorted(EVERYWHERE, 10, clearance)), await run(walked(EVERYWHERE, 10, clearance))];
      expect(walk.hits).toBeLessThan(sort.hits / 4);
      const cursor = walk.keys[9] as CursorKey;
      const [sortLater, walkLater] = [await run(sorted(EVERYWHERE, 10, clearance, cursor)), await run(walked(EVERYWHERE, 10, clearance, cursor))];
      expect(walkLater.hits).toBeLessThan(sortLater.hits / 4);
    }
  });

  // The cap may cost as much as the sort (CAP_SHARE), which lets an AMBER reader of agency:us-cia walk at 10k stories.
  it('an entity whose claims are all old costs at most the walk cap more than the sort, never a walk over the graph', async () => {
    for (const clearance of READERS) {
      const [sort, walk] = [await run(sorted(BYGONE, 10, clearance)), await run(walked(BYGONE, 10, clearance))];
      expect(walk.hits).toBeLessThanOrEqual(sort.hits * 2.1);
    }
  });
});
