import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { Context } from '../../graphql/context';
import { Claim } from '../claim/claim.type';
import { Organization } from '../entity/entity.type';
import { prefetchedOr } from '../shared/prefetch';
import { selectionOf } from '../shared/selection';
import { SourcesArgs } from './source.filter';
import { sourceService } from './source.service';
import { Source, SourceConnection } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'Sources, alphabetically by title' })
  sources(@Args() args: SourcesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sourceService.list(ctx, args, selectionOf(info));
  }

  @Query(() => Source, { nullable: true, description: 'One source; null plus a NOT_FOUND error when the id is unknown' })
  source(@Arg('id', () => ID, { description: 'A source id, e.g. "source:new-york-times/..."' }) id: string, @Ctx() ctx: Context) {
    return sourceService.get(ctx, id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation that published it, when known' })
  publisher(@Parent() source: Source, @Ctx() ctx: Context) {
    return prefetchedOr(source, 'publisher', () => ctx.loaders.publisherOfSource.load(source.id));
  }

  @FieldResolver(() => [Claim], { description: 'Claims citing this source' })
  claims(@Parent() source: Source, @Ctx() ctx: Context) {
    return ctx.loaders.claimsOfSource.load(source.id);
  }

  @FieldResolver(() => [Source], { description: 'Sources this one is derived from (one hop; see provenance for the chain)' })
  derivedFrom(@Parent() source: Source, @Ctx() ctx: Context) {
    return ctx.loaders.derivedFromOfSource.load(source.id);
  }
}
