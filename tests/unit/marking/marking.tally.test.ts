import { loadMigrations } from '../../../src/db/migrations';
import { RECOUNT_CLAIM_TALLIES, tallyDelta } from '../../../src/modules/marking/marking.tally';

describe('claim tallies', () => {
  it('tallyDelta: after minus before per entity and rank, unchanged entities left out, sorted by id', () => {
    const before = [
      { id: 'claim:a', rank: 0, pages: ['country:MX', 'agency:x'] },
      { id: 'claim:b', rank: 2, pages: ['country:RU'] },
    ];
    const after = [
      { id: 'claim:a', rank: 0, pages: ['country:MX', 'agency:x'] },
      { id: 'claim:b', rank: 4, pages: ['country:RU', 'country:MX'] },
      { id: 'claim:c', rank: 1, pages: ['agency:x'] },
    ];
    expect(tallyDelta(before, after)).toEqual([
      { id: 'agency:x', delta: [0, 1, 0, 0, 0] },
      { id: 'country:MX', delta: [0, 0, 0, 0, 1] },
      { id: 'country:RU', delta: [0, 0, -1, 0, 1] },
    ]);
    expect(tallyDelta(after, after)).toEqual([]);
  });

  it('migration 006 backfills with the same statement the code recounts with', () => {
    const migration = loadMigrations().find((m) => m.id === '006_claim_tallies')!;
    expect(migration.statements[1]).toBe(RECOUNT_CLAIM_TALLIES);
  });
});
