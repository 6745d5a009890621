import { Context } from '../../graphql/context';
import { found } from '../shared/found';
import { decodeCursor, toConnection } from '../shared/connection';
import { Selection } from '../shared/selection';
import { ClaimsArgs } from './claim.filter';
import { ClaimRepository } from './claim.repository';

export const claimService = {
  /** `selection` is what the client asked of the connection: its nodes' relationship fields come in the same read. */
  async list(ctx: Context, args: ClaimsArgs, selection: Selection = {}) {
    const page = await new ClaimRepository(ctx.executor).page(args.filter, {
      after: decodeCursor(args.after),
      first: args.first,
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection(page);
  },

  get: (ctx: Context, id: string) => found(ctx.loaders.claimById.load(id), 'Claim', id),
};
