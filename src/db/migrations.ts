import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKFILL_TIMEOUT_MS, Executor } from './executor';
import { fromRoot } from '../config/paths';

export const MIGRATIONS_DIR = fromRoot('schema', 'neo4j');

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a .cypher file into statements on ';' at line ends, dropping // comments. */
export function parseCypherFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: crypto.createHash('sha256').update(text).digest('hex').slice(0, 16),
        statements: parseCypherFile(text),
      };
    });
}

/**
 * Applies the migrations that have not run yet and records each as (:Migration {id, checksum, appliedAt}).
 * Schema statements use IF NOT EXISTS, so a crash between a statement and its record is harmless.
 * Neo4j forbids schema changes and data writes in one transaction, hence one transaction per statement.
 */
export async function applyMigrations(executor: Executor, migrations = loadMigrations()): Promise<string[]> {
  await executor.write('CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE');
  const applied = new Map(
    (await executor.read<{ id: string; checksum: string }>('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum')).map((m) => [m.id, m.checksum]),
  );
  const ran: string[] = [];
  for (const migration of migrations) {
    const previous = applied.get(migration.id);
    if (previous !== undefined) {
      if (previous !== migration.checksum) {
        throw new Error(`migration ${migration.id} changed after it was applied (checksum ${previous} -> ${migration.checksum}); add a new migration instead`);
      }
      continue;
    }
    for (const statement of migration.statements) await executor.writeTx((tx) => tx.run(statement), { timeoutMs: BACKFILL_TIMEOUT_MS });
    await executor.write('MERGE (m:Migration {id: $id}) ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()', {
      id: migration.id,
      checksum: migration.checksum,
    });
    ran.push(migration.id);
  }
  return ran;
}

export async function pendingMigrations(executor: Executor, migrations = loadMigrations()): Promise<string[]> {
  const rows = await executor.read<{ id: string }>('MATCH (m:Migration) RETURN m.id AS id');
  const done = new Set(rows.map((r) => r.id));
  return migrations.map((m) => m.id).filter((id) => !done.has(id));
}
