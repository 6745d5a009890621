import { Context } from '../../graphql/context';
import { decodeCursor, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { Selection } from '../shared/selection';
import { StoriesArgs } from './story.filter';
import { StoryRepository } from './story.repository';
import { Story } from './story.type';

/** Reading stories: what the client selected below a story is read in the same statement. */
export const storyReadService = {
  get: (ctx: Context, id: string, selection?: Selection): Promise<Story> => found(new StoryRepository(ctx.executor).byId(id, selection), 'Story', id),

  async list(ctx: Context, args: StoriesArgs, selection: Selection = {}) {
    const page = await new StoryRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first, {
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection(page);
  },
};
