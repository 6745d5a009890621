import { Executor } from '../../db/executor';
import { notFound } from '../../errors/app-error';
import { hashMatches, keyIdOf, newKeySecret } from './api-key.secret';
import { ApiKeyRepository } from './api-key.repository';
import { ApiKey, CreatedApiKey } from './api-key.type';
import { CreateApiKeyInput } from './api-key.input';
import { Identity } from './identity.type';

/** What the key mutations and the keys CLI share; `createdBy` is the acting identity's id (or "cli"). */
export const apiKeyService = {
  async create(executor: Executor, input: CreateApiKeyInput, createdBy: string): Promise<CreatedApiKey> {
    const secret = newKeySecret();
    const apiKey = await new ApiKeyRepository(executor).create({
      id: secret.id,
      name: input.name.trim(),
      role: input.role,
      clearance: input.clearance,
      hash: secret.hash,
      createdBy,
    });
    return { apiKey, key: secret.key };
  },

  list(executor: Executor): Promise<ApiKey[]> {
    return new ApiKeyRepository(executor).list();
  },

  async revoke(executor: Executor, id: string): Promise<ApiKey> {
    const revoked = await new ApiKeyRepository(executor).revoke(id);
    if (!revoked) throw notFound('ApiKey', id);
    return revoked;
  },

  /** The identity of a presented key; undefined for anything that is not a live key of ours. */
  async identify(executor: Executor, key: string): Promise<Identity | undefined> {
    const id = keyIdOf(key);
    if (!id) return undefined;
    const found = await new ApiKeyRepository(executor).credentials(id);
    if (!found || found.revoked || !hashMatches(key, found.hash)) return undefined;
    return { id: `key:${id}`, kind: 'apiKey', name: found.name, role: found.role, clearance: found.clearance };
  },
};
