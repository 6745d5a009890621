import { Context, loadersAt } from '../../graphql/context';
import { isoOf, stamped } from '../shared/as-of';
import { found } from '../shared/found';
import { decodeCursor, toConnection } from '../shared/connection';
import { Selection } from '../shared/selection';
import { ClaimsArgs } from './claim.filter';
import { ClaimRepository } from './claim.repository';

export const claimService = {
  /** `selection` is what the client asked of the connection: its nodes' relationship fields come in the same read. */
  async list(ctx: Context, args: ClaimsArgs, selection: Selection = {}) {
    const asOf = isoOf(args.asOf);
    const page = await new ClaimRepository(ctx.executor, asOf).page(args.filter, {
      after: decodeCursor(args.after),
      first: args.first,
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection({ ...page, nodes: stamped(page.nodes, asOf) });
  },

  /** With `asOf` (an ISO instant) a claim ingested later is NOT_FOUND, and its fields answer as of then. */
  get: async (ctx: Context, id: string, asOf?: string) => stamped(await found(loadersAt(ctx, asOf).claimById.load(id), 'Claim', id), asOf),
};
