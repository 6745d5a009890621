import { apiKeyService } from '../../../src/modules/identity/api-key.service';
import { Role } from '../../../src/modules/identity/identity.roles';
import { CreatedApiKey } from '../../../src/modules/identity/api-key.type';
import { Tlp } from '../../../src/modules/shared/tlp';
import { TestApp } from '../../support/app';

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A real key in the test graph, made the way the CLI makes one. */
export function createKey(app: TestApp, role: Role, name = `${role} of the test`, clearance = Tlp.RED): Promise<CreatedApiKey> {
  return apiKeyService.create(app.executor, { name, role, clearance }, 'test');
}

/** One header per role, each a separate live key. */
export async function keysForEveryRole(app: TestApp): Promise<Record<Role, Record<string, string>>> {
  const out = {} as Record<Role, Record<string, string>>;
  for (const role of Object.values(Role)) out[role] = bearer((await createKey(app, role)).key);
  return out;
}

export async function auditCount(app: TestApp): Promise<number> {
  const [row] = await app.executor.read<{ n: number }>('MATCH (e:AuditEntry) RETURN count(e) AS n');
  return row.n;
}
