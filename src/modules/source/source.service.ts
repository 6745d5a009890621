import { Context } from '../../graphql/context';
import { decodeCursor, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { Selection } from '../shared/selection';
import { SourcesArgs } from './source.filter';
import { SourceRepository } from './source.repository';

export const sourceService = {
  async list(ctx: Context, args: SourcesArgs, selection: Selection = {}) {
    const page = await new SourceRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first, {
      selection: selection.edges?.node,
      withTotal: 'totalCount' in selection,
      orderBy: args.orderBy,
    });
    return toConnection(page);
  },

  get: (ctx: Context, id: string) => found(ctx.loaders.sourceById.load(id), 'Source', id),
};
