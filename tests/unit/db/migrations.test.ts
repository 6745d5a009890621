import { loadMigrations, parseCypherFile } from '../../../src/db/migrations';
import { RECOUNT_ALL_TALLIES, RECOUNT_PAIR_TALLIES, RECOUNT_TALLIES } from '../../../src/modules/marking/marking.tally';

describe('migrations', () => {
  it('splits statements and drops comments', () => {
    expect(parseCypherFile('// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)',
    ]);
  });

  it('loads the schema migrations in order, each idempotent', () => {
    const migrations = loadMigrations();
    expect(migrations[0].id).toBe('001_core_constraints');
    expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
    // The only data statements are the tally backfills, which recount and write only what differs (a rerun writes nothing).
    const backfills = [RECOUNT_TALLIES, RECOUNT_ALL_TALLIES, RECOUNT_PAIR_TALLIES];
    for (const statement of migrations.flatMap((m) => m.statements).filter((s) => !backfills.includes(s))) {
      // Schema statements must be re-runnable; procedure calls (awaiting indexes) are harmless to repeat.
      expect(statement).toMatch(/^CREATE [\s\S]+ IF NOT EXISTS|^CALL db\.awaitIndexes/);
    }
  });
});
