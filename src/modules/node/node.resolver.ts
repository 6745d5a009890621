import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { MAX_NODES, nodeService } from './node.service';
import { Node } from './node.type';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Anything identifiable by its id; null plus a NOT_FOUND error when no such thing exists' })
  node(
    @Arg('id', () => ID, { description: 'An id as returned by any `id` field, e.g. "story:2024-10-01-..." or "citation:claim:...|source:..."' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return nodeService.node(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Many objects by id, in the order asked (at most ${MAX_NODES}); an unknown id gives null in its place and a NOT_FOUND error`,
  })
  nodes(@Arg('ids', () => [ID], { description: `At most ${MAX_NODES} ids, of any kinds` }) ids: string[], @Ctx() ctx: Context) {
    return nodeService.nodes(ctx, ids);
  }
}
