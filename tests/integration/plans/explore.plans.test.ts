import { EXPLORE_LIMITS } from '../../../src/modules/explore/explore.args';
import { coMentionsStatement, neighborhoodStatement, pathsStatement } from '../../../src/modules/explore/explore.repository';
import { TestApp } from '../../support/app';

import { planOf, profile, startBulkApp, totalDbHits, withClearance } from '../../support/plans';

const operatorNames = (plan: string[]) => [...new Set(plan.map((op) => op.split(' ')[0]))];

describe('exploration plans on a generated graph of 600 stories', () => {
  let app: TestApp;
  let targets: { claimId: string; storyId: string; agencyId: string };
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ app, targets, stop } = await startBulkApp(600));
  }, 300000);
  afterAll(() => stop());

  it.each([
    [1, false],
    [2, false],
    [3, false],
    [1, true],
    [2, true],
    [3, true],
  ])('neighborhood at depth %i (full clearance: %s) starts from the node by id and expands level by level', async (depth, fullClearance) => {
    const { lines: plan, scans } = await planOf(app.driver, neighborhoodStatement('country:MX', depth, 50, EXPLORE_LIMITS.depth, fullClearance));
    expect(scans).toEqual([]);
    expect(plan.filter((op) => op.startsWith('NodeUniqueIndexSeek '))).toHaveLength(5);
    // One ordered cut per level (a Top), never a walk to full depth that is cut afterwards. Below full
    // clearance the Top is a probe, and each level has a Sort for when too few of the probe are visible.
    // At full clearance a hub's level may read the five id indexes in order instead, each read capped.
    expect(plan.filter((op) => op.startsWith('Top `x.id`'))).toHaveLength(depth);
    expect(plan.filter((op) => op.startsWith('NodeUniqueIndexSeekByRange'))).toHaveLength(fullClearance ? 5 * depth : 0);
    expect(plan.filter((op) => /^Limit \(toInteger\(\$limit\) \+ \S+\) \* \S+$/.test(op))).toHaveLength(fullClearance ? 5 * depth : 0);
    expect(plan.filter((op) => op.startsWith('Sort `x.id`'))).toHaveLength(fullClearance ? 0 : depth);
    expect(operatorNames(plan).filter((op) => /VarLengthExpand|ShortestPath/.test(op))).toEqual([]);
  });

  it('a neighbourhood that fills its limit at the first level reads no deeper, whatever the depth asked', async () => {
    const hits = async (depth: number) => totalDbHits(await profile(app.driver, neighborhoodStatement('country:MX', depth, 20, EXPLORE_LIMITS.depth, false)));
    const [one, three] = [await hits(1), await hits(3)];
    expect(three).toBeLessThanOrEqual(one * 1.2);
  });

  it('finds the same subgraph at full clearance (no marking read) and below it, where only the kept nodes are checked', async () => {
    const run = async (fullClearance: boolean) => {
      const statement = withClearance(neighborhoodStatement('country:MX', 2, 50, EXPLORE_LIMITS.depth, fullClearance));
      const [row] = await app.executor.read(statement.cypher, statement.params);
      return { row, hits: totalDbHits(await profile(app.driver, statement)) };
    };
    const [full, checked] = [await run(true), await run(false)];
    expect(full.row).toEqual(checked.row);
    // The start and its 50 nearest: the walk is cut at the limit, not run dry.
    expect((full.row as { nodes: unknown[]; truncated: boolean }).nodes).toHaveLength(51);
    expect((full.row as { truncated: boolean }).truncated).toBe(true);
    // The marking is read for at most the probe of each level (2 × limit + 2 nodes, a rank and up to three
    // labels each), not for every neighbour of the hub (2.5 times the walk when every neighbour was read).
    const probe = 2 * 50 + 2;
    expect(checked.hits - full.hits).toBeLessThanOrEqual(2 * probe * 4);
    expect(checked.hits).toBeGreaterThan(full.hits);
  });

  it('a hub level read from the id indexes keeps the same nodes as the sort of every neighbour, and reads less where it is taken', async () => {
    const starts = ['country:MX', 'country:US', 'country:RU', targets.agencyId, targets.claimId, targets.storyId];
    let scanned = 0;
    for (const id of starts)
      for (const depth of [1, 2])
        for (const limit of [1, 3, 10, 30]) {
          // scanFrom 0: every level that the claims' density allows reads the indexes, whatever its size.
          const indexes = neighborhoodStatement(id, depth, limit, EXPLORE_LIMITS.depth, true, 0);
          const sort = neighborhoodStatement(id, depth, limit, EXPLORE_LIMITS.depth, true, Number.MAX_SAFE_INTEGER);
          const [a] = await app.executor.read(indexes.cypher, indexes.params);
          const [b] = await app.executor.read(sort.cypher, sort.params);
          expect({ id, depth, limit, row: a }).toEqual({ id, depth, limit, row: b });
          const steps = await profile(app.driver, indexes);
          // Every level took the indexes' answer: they were read and no Top over every neighbour saw a row.
          const read = steps.some((s) => s.operator === 'NodeUniqueIndexSeekByRange' && s.rows > 0);
          if (read && steps.every((s) => !(s.operator === 'Top' && s.details.startsWith('`x.id`') && s.rows > 0))) {
            scanned += 1;
            expect(totalDbHits(steps)).toBeLessThan(totalDbHits(await profile(app.driver, sort)));
          }
        }
    expect(scanned).toBeGreaterThan(0);
  });

  it('paths run allShortestPaths between two nodes found by id', async () => {
    const { lines: plan, scans } = await planOf(app.driver, pathsStatement(targets.agencyId, targets.claimId, 4, EXPLORE_LIMITS.hops, false));
    expect(scans).toEqual([]);
    expect(plan.filter((op) => op.startsWith('NodeUniqueIndexSeek'))).toHaveLength(10);
    expect(plan.some((op) => /^ShortestPath|^StatefulShortestPath/.test(op))).toBe(true);
  });

  it('coMentions read the claims of one entity found by id', async () => {
    const { lines: plan, scans } = await planOf(app.driver, coMentionsStatement('country:MX', 20, false));
    expect(scans).toEqual([]);
    expect(plan.find((op) => op.startsWith('NodeUniqueIndexSeek'))).toMatch(/e:Entity\(id\)/);
  });
});
