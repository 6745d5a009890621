import { Context } from '../../graphql/context';
import { decodeCursor, toConnection } from '../shared/connection';
import { found } from '../shared/found';
import { SourcesArgs } from './source.filter';
import { SourceRepository } from './source.repository';

export const sourceService = {
  async list(ctx: Context, args: SourcesArgs) {
    return toConnection(await new SourceRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first));
  },

  get: (ctx: Context, id: string) => found(ctx.loaders.sourceById.load(id), 'Source', id),
};
