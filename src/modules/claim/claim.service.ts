import { Context } from '../../graphql/context';
import { notFound } from '../../errors/app-error';
import { decodeCursor, toConnection } from '../shared/connection';
import { ClaimsArgs } from './claim.filter';
import { ClaimRepository } from './claim.repository';

export const claimService = {
  async list(ctx: Context, args: ClaimsArgs) {
    const page = await new ClaimRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first);
    return toConnection(page);
  },

  async get(ctx: Context, id: string) {
    const claim = await ctx.loaders.claimById.load(id);
    if (!claim) throw notFound('Claim', id);
    return claim;
  },
};
