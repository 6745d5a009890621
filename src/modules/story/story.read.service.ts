import { Context } from '../../graphql/context';
import { isoOf, stamped } from '../shared/as-of';
import { decodeCursor, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { Selection } from '../shared/selection';
import { StoriesArgs } from './story.filter';
import { StoryRepository } from './story.repository';
import { Story } from './story.type';

/** Reading stories: what the client selected below a story is read in the same statement. */
export const storyReadService = {
  /** With `asOf` (an ISO instant) a story ingested later is NOT_FOUND, and its fields answer as of then. */
  get: async (ctx: Context, id: string, selection?: Selection, asOf?: string): Promise<Story> =>
    stamped(await found(new StoryRepository(ctx.executor, asOf).byId(id, selection), 'Story', id), asOf),

  async list(ctx: Context, args: StoriesArgs, selection: Selection = {}) {
    const asOf = isoOf(args.asOf);
    const page = await new StoryRepository(ctx.executor, asOf).page(args.filter, decodeCursor(args.after), args.first, {
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection({ ...page, nodes: stamped(page.nodes, asOf) });
  },
};
