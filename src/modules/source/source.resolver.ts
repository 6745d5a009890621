import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { notFound } from '../../errors/app-error';
import { Claim } from '../claim/claim.type';
import { decodeCursor, toConnection } from '../shared/connection';
import { Organization } from '../entity/entity.type';
import { SourcesArgs } from './source.filter';
import { SourceRepository } from './source.repository';
import { Source, SourceConnection } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'Sources, alphabetically by title' })
  async sources(@Args() args: SourcesArgs, @Ctx() ctx: Context) {
    return toConnection(await new SourceRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first));
  }

  @Query(() => Source)
  async source(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return (await ctx.loaders.sourceById.load(id)) ?? Promise.reject(notFound('Source', id));
  }

  @FieldResolver(() => Organization, { nullable: true })
  publisher(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.loaders.publisherOfSource.load(source.id);
  }

  @FieldResolver(() => [Claim], { description: 'Claims citing this source' })
  claims(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.loaders.claimsOfSource.load(source.id);
  }

  @FieldResolver(() => [Source], { description: 'Sources this one is derived from (one hop; see provenance for the chain)' })
  derivedFrom(@Root() source: Source, @Ctx() ctx: Context) {
    return ctx.loaders.derivedFromOfSource.load(source.id);
  }
}
