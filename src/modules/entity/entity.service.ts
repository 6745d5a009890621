import { Context } from '../../graphql/context';
import { badInput } from '../../errors/app-error';
import { decodeCursor, PageArgs, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { isCountryCode } from './countries';
import { EntitiesArgs } from './entity.filter';
import { EntityRepository, RelatedPageOptions } from './entity.repository';
import { Selection } from '../shared/selection';

/** A page of a connection field: the page, what its nodes select, and whether the total is asked for. */
function pageRequest(args: PageArgs, selection: Selection): RelatedPageOptions {
  return { after: decodeCursor(args.after), first: args.first, selection: selection.edges?.node, withTotal: 'totalCount' in selection };
}

export const entityService = {
  get: (ctx: Context, id: string) => found(ctx.loaders.entityById.load(id), 'Entity', id),

  async list(ctx: Context, args: EntitiesArgs, selection: Selection = {}) {
    const page = await new EntityRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first, {
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
    });
    return toConnection(page);
  },

  /** Codes are case-insensitive ("mx"), but must be assigned ISO 3166-1 alpha-2 codes. */
  country(ctx: Context, code: string) {
    const normalized = code.toUpperCase();
    if (!isCountryCode(normalized)) throw badInput([{ field: 'code', reason: `must be an ISO 3166-1 alpha-2 country code (got "${code}")` }]);
    return found(new EntityRepository(ctx.executor).countryByCode(normalized), 'Country', normalized);
  },

  async claims(ctx: Context, entityId: string, args: PageArgs, selection: Selection = {}) {
    return toConnection(await ctx.loaders.claimsAboutEntity(pageRequest(args, selection)).load(entityId));
  },

  async stories(ctx: Context, entityId: string, args: PageArgs, selection: Selection = {}) {
    return toConnection(await ctx.loaders.storiesMentioningEntity(pageRequest(args, selection)).load(entityId));
  },
};
