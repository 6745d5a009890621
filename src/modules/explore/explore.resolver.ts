import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { CoMentionsArgs, NeighborhoodArgs, PathsArgs } from './explore.args';
import { exploreService } from './explore.service';
import { CoMention, Subgraph } from './explore.type';

@Resolver(() => Subgraph)
export class ExploreResolver {
  @Query(() => Subgraph, { description: 'Nodes within `depth` hops of a node (nearest first, at most `limit`) and the relationships among them' })
  neighborhood(@Args() args: NeighborhoodArgs, @Ctx() ctx: Context) {
    return exploreService.neighborhood(ctx, args);
  }

  @Query(() => Subgraph, { description: 'All shortest paths between two nodes, up to maxHops relationships, as one subgraph; empty when none' })
  paths(@Args() args: PathsArgs, @Ctx() ctx: Context) {
    return exploreService.paths(ctx, args);
  }

  @Query(() => [CoMention], { description: 'Entities that claims are about together with this one, most shared claims first' })
  coMentions(@Args() args: CoMentionsArgs, @Ctx() ctx: Context) {
    return exploreService.coMentions(ctx, args);
  }
}
