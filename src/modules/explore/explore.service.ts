import { badInput, notFound } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { CoMentionsArgs, EXPLORE_LIMITS, NeighborhoodArgs, PathsArgs } from './explore.args';
import { ExploreRepository } from './explore.repository';
import { CoMention, Subgraph } from './explore.type';

export const exploreService = {
  async neighborhood(ctx: Context, args: NeighborhoodArgs): Promise<Subgraph> {
    const row = await new ExploreRepository(ctx.executor).neighborhood(args.id, args.depth, args.limit, EXPLORE_LIMITS.depth);
    if (!row.found) throw notFound('Node', args.id);
    return { nodes: row.nodes, edges: row.edges, truncated: row.truncated };
  },

  /** Empty when the two nodes are not connected within maxHops. */
  async paths(ctx: Context, args: PathsArgs): Promise<Subgraph> {
    if (args.fromId === args.toId) throw badInput([{ field: 'toId', reason: 'must differ from fromId' }]);
    const row = await new ExploreRepository(ctx.executor).paths(args.fromId, args.toId, args.maxHops, EXPLORE_LIMITS.hops);
    if (!row.fromFound) throw notFound('Node', args.fromId);
    if (!row.toFound) throw notFound('Node', args.toId);
    return { nodes: row.nodes, edges: row.edges, truncated: row.truncated };
  },

  async coMentions(ctx: Context, args: CoMentionsArgs): Promise<CoMention[]> {
    const rows = await new ExploreRepository(ctx.executor).coMentions(args.entityId, args.limit);
    if (!rows) throw notFound('Entity', args.entityId);
    return rows;
  },
};
