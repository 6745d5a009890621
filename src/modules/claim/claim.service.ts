import { Context } from '../../graphql/context';
import { found } from '../shared/found';
import { decodeCursor, toConnection } from '../shared/connection';
import { ClaimsArgs } from './claim.filter';
import { ClaimRepository } from './claim.repository';

export const claimService = {
  async list(ctx: Context, args: ClaimsArgs) {
    const page = await new ClaimRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first);
    return toConnection(page);
  },

  get: (ctx: Context, id: string) => found(ctx.loaders.claimById.load(id), 'Claim', id),
};
