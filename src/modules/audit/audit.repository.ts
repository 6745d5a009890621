import { randomUUID } from 'node:crypto';
import { Executor } from '../../db/executor';
import { CursorKey, SortKey } from '../../db/keyset';
import { PagedRead, readKeysetPage } from '../../db/paged-read';
import { Page } from '../shared/connection';
import { Identity } from '../identity/identity.type';
import { AuditEntry } from './audit.type';

/** Newest first; entries of the same millisecond in a fixed (id) order. Backed by the audit_entry_order index. */
const AUDIT_KEYS: SortKey[] = [
  { expr: 'e.atMs', dir: 'DESC', kind: 'int' },
  { expr: 'e.id', dir: 'DESC', kind: 'string' },
];

const ENTRY = (e: string) => `${e} {.id, at: ${e}.at, .identityId, .identityKind, .identityName, .role, .mutation, .ids}`;

export class AuditRepository {
  constructor(private readonly executor: Executor) {}

  /** Entries are only ever added; each has its own id, so a retried transaction cannot add one twice. */
  async record(identity: Identity, mutation: string, ids: string[]): Promise<void> {
    await this.executor.write(
      `WITH datetime() AS now
       MERGE (e:AuditEntry {id: $id})
       ON CREATE SET e.at = now, e.atMs = now.epochMillis, e.identityId = $identity.id, e.identityKind = $identity.kind,
                     e.identityName = $identity.name, e.role = $identity.role, e.mutation = $mutation, e.ids = $ids`,
      { id: `audit:${randomUUID()}`, identity: { ...identity }, mutation, ids },
    );
  }

  page(after: CursorKey | null, first: number, withTotal: boolean): Promise<Page<AuditEntry>> {
    const read: PagedRead = {
      scope: 'MATCH (e:AuditEntry)',
      params: {},
      vars: 'e',
      order: AUDIT_KEYS,
      project: ENTRY('e'),
      after,
      first,
      total: 'MATCH (e:AuditEntry) RETURN count(e) AS total',
      withTotal,
    };
    return readKeysetPage<AuditEntry>(this.executor, read);
  }
}
