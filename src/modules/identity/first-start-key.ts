import { Executor } from '../../db/executor';
import { ApiKeyRepository } from './api-key.repository';
import { apiKeyService } from './api-key.service';
import { Tlp } from '../shared/tlp';
import { Role } from './identity.roles';

/**
 * Development quick start: when the graph holds no API key at all, creates an admin key and returns
 * it (to print once: only its hash is kept). Returns undefined once any key exists.
 */
export async function firstStartAdminKey(executor: Executor): Promise<string | undefined> {
  if (await new ApiKeyRepository(executor).any()) return undefined;
  const { key } = await apiKeyService.create(executor, { name: 'development admin (first start)', role: Role.admin, clearance: Tlp.RED }, 'first-start');
  return key;
}
