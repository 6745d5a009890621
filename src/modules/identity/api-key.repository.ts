import { Executor } from '../../db/executor';
import { Tlp } from '../shared/tlp';
import { Role } from './identity.roles';
import { ApiKey } from './api-key.type';

/**
 * (:ApiKey {id, name, role, clearance, hash, createdAt, createdBy, revokedAt}); `hash` never leaves this file but for the
 * check. A key from before clearances has none and reads as RED: it read everything then, when nothing was marked.
 */
const KEY = (k: string) =>
  `${k} {.id, .name, .role, clearance: coalesce(${k}.clearance, 'RED'), createdAt: ${k}.createdAt, .createdBy, revokedAt: ${k}.revokedAt}`;

export interface KeyCredentials {
  hash: string;
  name: string;
  role: Role;
  clearance: Tlp;
  revoked: boolean;
}

export class ApiKeyRepository {
  constructor(private readonly executor: Executor) {}

  async create(key: { id: string; name: string; role: Role; clearance: Tlp; hash: string; createdBy: string }): Promise<ApiKey> {
    const [row] = await this.executor.write<{ key: ApiKey }>(
      `CREATE (k:ApiKey {id: $id, name: $name, role: $role, clearance: $clearance, hash: $hash, createdAt: datetime(), createdBy: $createdBy})
       RETURN ${KEY('k')} AS key`,
      key,
    );
    return row.key;
  }

  /** Newest first; revoked keys stay listed (and in audit entries) so their history reads. */
  async list(): Promise<ApiKey[]> {
    const rows = await this.executor.read<{ key: ApiKey }>(`MATCH (k:ApiKey) RETURN ${KEY('k')} AS key ORDER BY k.createdAt DESC, k.id`);
    return rows.map((r) => r.key);
  }

  /** Idempotent: revoking again keeps the first revokedAt. Null for an unknown id. */
  async revoke(id: string): Promise<ApiKey | null> {
    const [row] = await this.executor.write<{ key: ApiKey }>(
      `MATCH (k:ApiKey {id: $id}) SET k.revokedAt = coalesce(k.revokedAt, datetime()) RETURN ${KEY('k')} AS key`,
      { id },
    );
    return row?.key ?? null;
  }

  /** Read on every request that sends a key: no cache, so a revocation holds from the next request on. */
  async credentials(id: string): Promise<KeyCredentials | null> {
    const [row] = await this.executor.read<KeyCredentials>(
      `MATCH (k:ApiKey {id: $id})
       RETURN k.hash AS hash, k.name AS name, k.role AS role, coalesce(k.clearance, 'RED') AS clearance, k.revokedAt IS NOT NULL AS revoked`,
      { id },
    );
    return row ?? null;
  }

  async any(): Promise<boolean> {
    const [row] = await this.executor.read<{ any: boolean }>('RETURN EXISTS { MATCH (:ApiKey) } AS any');
    return row.any;
  }
}
