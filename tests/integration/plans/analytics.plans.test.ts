import { Statement } from '../../../src/db/executor';
import { AnalyticsFilter, LeaderboardDimension } from '../../../src/modules/analytics/analytics.filter';
import { countsStatement, leaderboardStatement, timelineStatement, topSourcesStatement } from '../../../src/modules/analytics/analytics.repository';
import { TestApp } from '../../support/app';
import { planOf, startBulkApp } from '../../support/plans';

const FILTERS: [string, AnalyticsFilter, RegExp][] = [
  ['countries', { countries: ['RU', 'MX'] }, /NodeUniqueIndexSeek .*:Country\(code\)/],
  ['topic', { topic: 'Sabotage' }, /Node(Unique)?IndexSeek .*:Topic\((id|nameKey)\)/],
  ['date range', { from: '2025-01-01', to: '2025-03-31' }, /NodeIndexSeekByRange .*:Story\(publishedAt\)/],
  ['countries and dates', { countries: ['PL'], from: '2025-01-01' }, /NodeUniqueIndexSeek .*:Country\(code\)/],
];

describe('analytics plans on a generated graph of 600 stories', () => {
  let app: TestApp;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ app, stop } = await startBulkApp(600));
  }, 300000);
  afterAll(() => stop());

  describe.each(FILTERS)('with a %s filter', (_, filter, anchor) => {
    const statements: [string, () => Statement][] = [
      ['counts', () => countsStatement(filter)],
      ...Object.values(LeaderboardDimension).map((d): [string, () => Statement] => [`leaderboard ${d}`, () => leaderboardStatement(filter, d, 10)]),
      ['timeline', () => timelineStatement(filter, '2024-01-01', '2026-01-01')],
      ['topSources', () => topSourcesStatement(filter, 10)],
    ];
    it.each(statements)('%s starts from the criterion through an index', async (__, statement) => {
      const { lines: plan, scans } = await planOf(app.driver, statement());
      expect(scans).toEqual([]);
      expect(plan.some((op) => anchor.test(op))).toBe(true);
    });
  });

  it('an unfiltered timeline is anchored by its own range', async () => {
    const { lines: plan, scans } = await planOf(app.driver, timelineStatement(undefined, '2025-01-01', '2025-07-01'));
    expect(scans).toEqual([]);
    expect(plan.some((op) => /NodeIndexSeekByRange .*:Story\(publishedAt\)/.test(op))).toBe(true);
  });

  it('unfiltered counts take the claim total from the count store, for a caller who sees everything only', async () => {
    const { lines: plan } = await planOf(app.driver, countsStatement({}, true));
    expect(plan.filter((op) => op.startsWith('RelationshipCountFromCountStore'))).toEqual([
      'RelationshipCountFromCountStore count( (:Story)-[:HAS_CLAIM]->() ) AS claims',
    ]);
    // The other figures are existence checks per node of a label: the answer is the whole graph.
    expect(plan.filter((op) => op.startsWith('AllNodesScan'))).toEqual([]);
    // Below RED: the same count store minus the hidden claims, found by a range seek in the markingRank index.
    const { lines: marked } = await planOf(app.driver, countsStatement({}, false));
    expect(marked.filter((op) => op.startsWith('RelationshipCountFromCountStore'))).toEqual([
      'RelationshipCountFromCountStore count( ()-[:HAS_CLAIM]->() ) AS everything',
    ]);
    expect(marked.filter((op) => op.startsWith('NodeIndexSeekByRange') && op.includes('markingRank'))).toHaveLength(1);
    expect(marked.filter((op) => op.startsWith('AllNodesScan'))).toEqual([]);
  });
});
