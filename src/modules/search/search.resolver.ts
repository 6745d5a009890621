import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { selectionOf } from '../shared/selection';
import { SearchArgs } from './search.args';
import { searchService } from './search.service';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search over stories, claims, sources and entities (names and aliases), best first' })
  search(@Args() args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return searchService.search(ctx, args, selectionOf(info));
  }
}
