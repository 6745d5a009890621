import { Context } from '../../graphql/context';
import { badInput } from '../../errors/app-error';
import { decodeCursor, PageArgs, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { isCountryCode } from './countries';
import { EntitiesArgs } from './entity.filter';
import { EntityRepository } from './entity.repository';

export const entityService = {
  get: (ctx: Context, id: string) => found(ctx.loaders.entityById.load(id), 'Entity', id),

  async list(ctx: Context, args: EntitiesArgs) {
    return toConnection(await new EntityRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first));
  },

  /** Codes are case-insensitive ("mx"), but must be assigned ISO 3166-1 alpha-2 codes. */
  country(ctx: Context, code: string) {
    const normalized = code.toUpperCase();
    if (!isCountryCode(normalized)) throw badInput([{ field: 'code', reason: `must be an ISO 3166-1 alpha-2 country code (got "${code}")` }]);
    return found(new EntityRepository(ctx.executor).countryByCode(normalized), 'Country', normalized);
  },

  async claims(ctx: Context, entityId: string, args: PageArgs) {
    return toConnection(await ctx.loaders.claimsAboutEntity(decodeCursor(args.after), args.first).load(entityId));
  },

  async stories(ctx: Context, entityId: string, args: PageArgs) {
    return toConnection(await ctx.loaders.storiesMentioningEntity(decodeCursor(args.after), args.first).load(entityId));
  },
};
