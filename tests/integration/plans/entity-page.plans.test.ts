import { Driver } from 'neo4j-driver';
import { applyMarkings } from '../../../bench/graph/markings';
import { createDriver } from '../../../src/db/driver';
import { Executor, FULL_CLEARANCE, Statement } from '../../../src/db/executor';
import { keyedPagedStatement } from '../../../src/db/paged-read';
import { claimsAboutRead, ENTITY_BY_KEY, storiesMentioningRead } from '../../../src/modules/entity/entity.repository';
import { tlpRank, Tlp } from '../../../src/modules/shared/tlp';
import { unfilteredTotal } from '../../../src/modules/shared/visibility';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { PlanStep, profile, seedBulkGraph, totalDbHits } from '../../support/plans';

const AMBER = tlpRank(Tlp.AMBER);
const TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE';

/** A page's total alone (first: 0 reads no row) for one entity, as a reader of `clearance`. */
const total = (read: typeof claimsAboutRead, id: string, clearance: number): Statement => {
  const s = keyedPagedStatement(read({ after: null, first: 0, withTotal: true, clearance }), ENTITY_BY_KEY);
  return { cypher: s.cypher, params: { ...s.params, keys: [id], clearance } };
};

/**
 * The totals of the country page (Q4 of the benchmarks), of an agency page and of the unfiltered
 * claim and story lists (L1, L2, Q5), for an AMBER reader,
 * profiled on a marked generated graph of 600 and then 1,200 stories: they read the entity's tally
 * (one index seek), never the claims or stories, so their work does not grow with the graph, while
 * the answers do and equal a count of the visible rows.
 */
describe('entity page totals below full clearance are lookups', () => {
  let driver: Driver;
  let executor: Executor;
  let agencyId: string;

  const statements = (): Record<string, Statement> => ({
    'claims about MX and what is tied to it': total(claimsAboutRead, 'country:MX', AMBER),
    'stories mentioning MX': total(storiesMentioningRead, 'country:MX', AMBER),
    'claims about an agency': total(claimsAboutRead, agencyId, AMBER),
    'claims, no filter (L1)': { cypher: `CALL () { ${unfilteredTotal('Claim', AMBER)} }\nRETURN {total: total} AS value`, params: { clearance: AMBER } },
    'stories, no filter (L2, Q5)': { cypher: `CALL () { ${unfilteredTotal('Story', AMBER)} }\nRETURN {total: total} AS value`, params: { clearance: AMBER } },
  });

  /** The same totals counted over the rows, as the pages counted them before tallies. */
  const counted = async (): Promise<Record<string, number>> => {
    const [row] = await executor.read<Record<string, number>>(
      `MATCH (k:Country {id: 'country:MX'}) MATCH (a:Entity {id: $agencyId})
       RETURN COUNT { CALL (k) { RETURN k AS x UNION MATCH (x:Entity)-[:${TIES}]->(k) RETURN x }
           MATCH (x)<-[:ABOUT]-(c:Claim) WHERE coalesce(c.markingRank, 0) <= $amber RETURN DISTINCT c } AS mxClaims,
         COUNT { (k)<-[:MENTIONS]-(s:Story) WHERE coalesce(s.markingRank, 0) <= $amber } AS mxStories,
         COUNT { (a)<-[:ABOUT]-(c:Claim) WHERE coalesce(c.markingRank, 0) <= $amber } AS agencyClaims,
         COUNT { (c:Claim) WHERE coalesce(c.markingRank, 0) <= $amber } AS claims,
         COUNT { (s:Story) WHERE coalesce(s.markingRank, 0) <= $amber } AS stories`,
      { agencyId, amber: AMBER },
    );
    return {
      'claims about MX and what is tied to it': row.mxClaims,
      'stories mentioning MX': row.mxStories,
      'claims about an agency': row.agencyClaims,
      'claims, no filter (L1)': row.claims,
      'stories, no filter (L2, Q5)': row.stories,
    };
  };

  async function answer(statement: Statement): Promise<number> {
    const session = driver.session({ database: database(), defaultAccessMode: 'READ' });
    try {
      return Number((await session.run(statement.cypher, statement.params)).records[0].get('value').total);
    } finally {
      await session.close();
    }
  }

  async function measure(): Promise<Record<string, { hits: number; answer: number; counted: number; steps: PlanStep[] }>> {
    const expected = await counted();
    const out: Record<string, { hits: number; answer: number; counted: number; steps: PlanStep[] }> = {};
    for (const [name, statement] of Object.entries(statements())) {
      const steps = await profile(driver, statement);
      out[name] = { hits: totalDbHits(steps), answer: await answer(statement), counted: expected[name], steps };
    }
    return out;
  }

  let small: Awaited<ReturnType<typeof measure>>;
  let large: Awaited<ReturnType<typeof measure>>;

  beforeAll(async () => {
    driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    executor = new Executor(driver, database());
    await resetGraph(executor);
    agencyId = (await seedBulkGraph(executor, 600)).targets.agencyId;
    await applyMarkings(executor);
    small = await measure();
    await seedBulkGraph(executor, 1200);
    await applyMarkings(executor);
    large = await measure();
  }, 600000);

  afterAll(async () => {
    await resetGraph(executor);
    await driver.close();
  });

  it('answer what a count over the visible rows answers, on both graphs, and the answers grow', () => {
    for (const m of [small, large])
      expect(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.answer]))).toEqual(
        Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.counted])),
      );
    const grew = Object.keys(small).filter((name) => large[name].answer > small[name].answer);
    expect(grew).toEqual(Object.keys(small));
  });

  it('touch no claim or story: the same few database hits on twice the graph', () => {
    const touching = Object.entries(large).flatMap(([name, m]) =>
      m.steps.filter((s) => /:(Claim|Story)\b|ABOUT|MENTIONS/.test(s.details)).map((s) => `${name}: ${s.operator} ${s.details}`),
    );
    expect(touching).toEqual([]);
    const grew = Object.keys(small)
      .map((name) => ({ name, small: small[name].hits, large: large[name].hits }))
      .filter((m) => m.large > m.small + 10);
    expect(grew).toEqual([]);
  });

  it('read as RED, the stories total stays the degree and the claims total the tally', async () => {
    const steps = await profile(driver, total(storiesMentioningRead, 'country:MX', FULL_CLEARANCE));
    expect(steps.filter((s) => s.details.includes('EntityTally'))).toEqual([]);
    const claims = await profile(driver, total(claimsAboutRead, 'country:MX', FULL_CLEARANCE));
    expect(claims.some((s) => s.details.includes('EntityTally'))).toBe(true);
  });
});
