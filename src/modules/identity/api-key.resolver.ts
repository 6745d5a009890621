import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth';
import { Context } from '../../graphql/context';
import { Audited } from '../audit/audit.middleware';
import { CreateApiKeyInput } from './api-key.input';
import { apiKeyService } from './api-key.service';
import { ApiKey, CreatedApiKey } from './api-key.type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.admin)
  @Query(() => [ApiKey], { description: 'Every API key, newest first, revoked ones included (admins only)' })
  apiKeys(@Ctx() ctx: Context) {
    return apiKeyService.list(ctx.executor);
  }

  @Authorized(Role.admin)
  @Audited()
  @Mutation(() => CreatedApiKey, { description: 'Creates an API key; the key itself is in this response only' })
  createApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'Name and role of the new key' }) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return apiKeyService.create(ctx.executor, input, ctx.identity.id);
  }

  @Authorized(Role.admin)
  @Audited()
  @Mutation(() => ApiKey, { description: 'Revokes a key: refused from the next request on. Idempotent; NOT_FOUND for an unknown id' })
  revokeApiKey(@Arg('id', () => ID, { description: 'The key id, sg_<id> as apiKeys lists it' }) id: string, @Ctx() ctx: Context) {
    return apiKeyService.revoke(ctx.executor, id);
  }
}
