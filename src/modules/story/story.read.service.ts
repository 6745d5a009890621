import { Context } from '../../graphql/context';
import { isoOf, stamped } from '../shared/as-of';
import { decodeCursor, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { Selection } from '../shared/selection';
import { StoriesArgs } from './story.filter';
import { StoryRepository } from './story.repository';
import { Story } from './story.type';

/** As of an instant a story's claims come from their loader, which leaves out claims added later: prefetching them would be wasted. */
function withoutClaims(selection: Selection | undefined, asOf: string | undefined): Selection | undefined {
  if (!asOf || !selection) return selection;
  const { claims: _claims, ...rest } = selection;
  return rest;
}

/** Reading stories: what the client selected below a story is read in the same statement. */
export const storyReadService = {
  /** With `asOf` (an ISO instant) a story ingested later is NOT_FOUND, and its fields answer as of then. */
  get: async (ctx: Context, id: string, selection?: Selection, asOf?: string): Promise<Story> =>
    stamped(await found(new StoryRepository(ctx.executor, asOf).byId(id, withoutClaims(selection, asOf)), 'Story', id), asOf),

  async list(ctx: Context, args: StoriesArgs, selection: Selection = {}) {
    const asOf = isoOf(args.asOf);
    const page = await new StoryRepository(ctx.executor, asOf).page(args.filter, decodeCursor(args.after), args.first, {
      selection: withoutClaims(selection.edges?.node, asOf),
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection({ ...page, nodes: stamped(page.nodes, asOf) });
  },
};
