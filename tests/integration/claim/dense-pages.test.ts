import { TestApp } from '../../support/app';
import { startBulkApp } from '../../support/plans';
import { COUNTRY_TIES } from '../../../src/modules/shared/projections';

const PAGE = `query($codes: [String!], $after: String) { claims(first: 25, after: $after, filter: { aboutCountries: $codes }) {
  totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/** What `claims(filter: {aboutCountries})` must answer, the slow obvious way: every claim, checked, sorted. */
const BRUTE_FORCE = `MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)
WHERE all(code IN $codes WHERE EXISTS { (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}*0..1]->(:Country {code: code}) })
RETURN c.id AS id ORDER BY s.publishedAt DESC, s.id, coalesce(c.position, 0), c.id`;

/**
 * Claims about countries are paged two ways (src/db/paged-read.ts, `dense`): a dense answer walks
 * stories newest first, a sparse one sorts the anchored claims. Both must give the brute-force list.
 */
describe('claims about countries, dense and sparse, on a generated graph of 600 stories', () => {
  let app: TestApp;
  let stop: () => Promise<void>;
  let stories: number;
  beforeAll(async () => {
    ({ app, stop } = await startBulkApp(600));
    stories = (await app.executor.read<{ n: number }>('MATCH (s:Story) RETURN count(s) AS n'))[0].n;
  }, 300000);
  afterAll(() => stop());

  async function pageThrough(codes: string[]): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    do {
      const { claims }: any = await app.data(PAGE, { codes, after });
      ids.push(...claims.edges.map((e: any) => e.node.id));
      totals.push(claims.totalCount);
      after = claims.pageInfo.hasNextPage ? claims.pageInfo.endCursor : null;
    } while (after);
    return { ids, totals };
  }

  const expected = async (codes: string[]) => (await app.executor.read<{ id: string }>(BRUTE_FORCE, { codes })).map((r) => r.id);

  it.each([[['RU', 'MX']], [['RU']], [['MX', 'RU', 'US']]])('pages %j like the brute force, every page with the same total', async (codes) => {
    const want = await expected(codes);
    const { ids, totals } = await pageThrough(codes);
    expect(ids).toEqual(want);
    expect(new Set(totals)).toEqual(new Set([want.length]));
  });

  it('covers both ways: a dense pair walks stories, a sparse pair sorts its anchor', async () => {
    // The rule: walk when total² > pageLimit × stories (pageLimit = first + 1 = 26).
    const dense = (await expected(['RU', 'MX'])).length;
    expect(dense * dense).toBeGreaterThan(26 * stories);
    const rare = await app.executor.read<{ code: string; n: number }>(
      `MATCH (k:Country)<-[:ABOUT]-(:Claim) WITH k, count(*) AS n WHERE n > 0 RETURN k.code AS code, n ORDER BY n, code LIMIT 1`,
    );
    const codes = ['RU', rare[0].code];
    const want = await expected(codes);
    expect(want.length * want.length).toBeLessThanOrEqual(26 * stories);
    const { ids, totals } = await pageThrough(codes);
    expect(ids).toEqual(want);
    expect(new Set(totals)).toEqual(new Set([want.length]));
  });
});
