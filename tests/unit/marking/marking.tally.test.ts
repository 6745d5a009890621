import { loadMigrations } from '../../../src/db/migrations';
import { pairPage, pairPages, RECOUNT_ALL_TALLIES, RECOUNT_PAIR_TALLIES, RECOUNT_TALLIES, tallyDelta } from '../../../src/modules/marking/marking.tally';

describe('entity tallies', () => {
  it('tallyDelta: after minus before per entity, kind and rank, unchanged entities left out, sorted by id', () => {
    const before = [
      { id: 'claim:a', rank: 0, pages: ['country:MX', 'agency:x'] },
      { id: 'claim:b', rank: 2, pages: ['country:RU'] },
    ];
    const after = [
      { id: 'claim:a', rank: 0, pages: ['country:MX', 'agency:x'] },
      { id: 'claim:b', rank: 4, pages: ['country:RU', 'country:MX'] },
      { id: 'claim:c', rank: 1, pages: ['agency:x'] },
    ];
    const stories = { before: [{ id: 'story:s', rank: 0, pages: ['country:RU'] }], after: [{ id: 'story:s', rank: 3, pages: ['country:RU'] }] };
    const none = [0, 0, 0, 0, 0];
    expect(tallyDelta({ claims: { before, after }, stories })).toEqual([
      { id: 'agency:x', claims: [0, 1, 0, 0, 0], stories: none },
      { id: 'country:MX', claims: [0, 0, 0, 0, 1], stories: none },
      { id: 'country:RU', claims: [0, 0, -1, 0, 1], stories: [-1, 0, 0, 1, 0] },
    ]);
    expect(tallyDelta({ claims: { before: after, after }, stories: { before: stories.after, after: stories.after } })).toEqual([]);
  });

  it('migration 006 backfills with the same statement the code recounts with', () => {
    const migration = loadMigrations().find((m) => m.id === '006_entity_tallies')!;
    expect(migration.statements[1]).toBe(RECOUNT_TALLIES);
  });

  it('migration 007 backfills the global tallies with the statement the code recounts them with', () => {
    expect(loadMigrations().find((m) => m.id === '007_all_tallies')!.statements).toEqual([RECOUNT_ALL_TALLIES]);
  });

  it('migration 008 backfills the pair tallies with the statement the code recounts them with', () => {
    expect(loadMigrations().find((m) => m.id === '008_pair_tallies')!.statements).toEqual([RECOUNT_PAIR_TALLIES]);
  });

  it('a claim about several countries counts once for each unordered pair of distinct ones, keyed by the sorted ids', () => {
    expect(pairPage('country:RU', 'country:MX')).toBe('pair:country:MX|country:RU');
    expect(pairPage('country:MX', 'country:RU')).toBe('pair:country:MX|country:RU');
    expect(pairPages(['country:RU'])).toEqual([]);
    expect(pairPages(['country:RU', 'country:MX', 'country:RU', 'country:US']).sort()).toEqual([
      'pair:country:MX|country:RU',
      'pair:country:MX|country:US',
      'pair:country:RU|country:US',
    ]);
  });
});
