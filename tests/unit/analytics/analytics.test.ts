import { Executor } from '../../../src/db/executor';
import { LeaderboardDimension, toClaimFilter } from '../../../src/modules/analytics/analytics.filter';
import { AnalyticsRepository } from '../../../src/modules/analytics/analytics.repository';
import { monthsBetween } from '../../../src/modules/analytics/analytics.service';

describe('monthsBetween', () => {
  it('lists every month, across year ends', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-03')).toEqual(['2025-03']);
  });
});

describe('analytics filter', () => {
  it('maps onto the claim filter', () => {
    expect(toClaimFilter({ topic: 'Sabotage', countries: ['DE'], from: '2025-01-01', to: '2025-12-31' })).toEqual({
      topic: 'Sabotage', aboutCountries: ['DE'], publishedFrom: '2025-01-01', publishedTo: '2025-12-31',
    });
  });

  it('reuses claimConditions: values travel as parameters, one allow-listed pattern per dimension', async () => {
    const calls: { cypher: string; params: Record<string, unknown> }[] = [];
    const executor = { read: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), []) } as unknown as Executor;
    await new AnalyticsRepository(executor).leaderboard({ topic: 'Sabotage', countries: ['DE'] }, LeaderboardDimension.PUBLISHER, 5);
    expect(calls[0].cypher).toContain('MATCH (c)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(k:Organization)');
    expect(calls[0].cypher).toContain('all(code IN $aboutCountries');
    expect(calls[0].cypher).not.toContain('Sabotage');
    expect(calls[0].params).toEqual({ topic: 'Sabotage', topicKey: 'sabotage', aboutCountries: ['DE'], first: 5 });
  });
});
