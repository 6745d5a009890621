import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { Context } from '../../graphql/context';
import { Entity } from '../entity/entity.type';
import { viewIds } from '../shared/ids';
import { AsOfArg, instantOf, isoOf, stamped } from '../shared/as-of';
import { prefetchedOr } from '../shared/prefetch';
import { selectionOf } from '../shared/selection';
import { Citation, Source } from '../source/source.type';
import { Story } from '../story/story.type';
import { ClaimsArgs } from './claim.filter';
import { claimService } from './claim.service';
import { Claim, ClaimConnection } from './claim.type';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => ClaimConnection, { description: 'Claims matching every criterion of the filter, newest stories first' })
  claims(@Args() args: ClaimsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return claimService.list(ctx, args, selectionOf(info));
  }

  @Query(() => Claim, { nullable: true, description: 'One claim; null plus a NOT_FOUND error when the id is unknown' })
  claim(@Arg('id', () => ID, { description: 'A claim id, e.g. "claim:3f9a1c07b2e4"' }) id: string, @AsOfArg() asOf: Date | undefined, @Ctx() ctx: Context) {
    return claimService.get(ctx, id, isoOf(asOf));
  }

  // Read as of an instant, a claim hands it down: its story, sources and citations answer as of it too.
  @FieldResolver(() => Story, { description: 'The story that makes the claim' })
  async story(@Parent() claim: Claim, @Ctx() ctx: Context) {
    return stamped(await prefetchedOr(claim, 'story', () => ctx.loaders.storyOfClaim.load(claim.id)), instantOf(claim));
  }

  @FieldResolver(() => [Source], { description: 'The sources this claim cites' })
  async sources(@Parent() claim: Claim, @Ctx() ctx: Context) {
    return stamped(await prefetchedOr(claim, 'sources', () => ctx.loaders.sourcesOfClaim.load(claim.id)), instantOf(claim));
  }

  @FieldResolver(() => [Citation], { description: 'Each citation with its quote' })
  async citations(@Parent() claim: Claim, @Ctx() ctx: Context) {
    return stamped(await prefetchedOr(claim, 'citations', () => ctx.loaders.citationsOfClaim.load(claim.id)), instantOf(claim));
  }

  @FieldResolver(() => [Entity], { description: 'Entities the claim is about' })
  about(@Parent() claim: Claim, @Ctx() ctx: Context) {
    return prefetchedOr(claim, 'about', () => ctx.loaders.aboutOfClaim.load(claim.id));
  }

  @FieldResolver(() => [Entity], { description: 'Who the claim is attributed to' })
  attributedTo(@Parent() claim: Claim, @Ctx() ctx: Context) {
    return prefetchedOr(claim, 'attributedTo', () => ctx.loaders.attributedToOfClaim.load(claim.id));
  }
}

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => ID, { description: 'citation:<claimId>|<sourceId>: a citation is the CITES relationship between the two' })
  id(@Parent() citation: Citation) {
    return viewIds.citation(citation);
  }

  @FieldResolver(() => Source, { description: 'The cited source' })
  async source(@Parent() citation: Citation, @Ctx() ctx: Context) {
    return stamped(await prefetchedOr(citation, 'source', () => ctx.loaders.sourceById.load(citation.sourceId)), instantOf(citation));
  }

  @FieldResolver(() => Claim, { description: 'The citing claim' })
  claim(@Parent() citation: Citation, @Ctx() ctx: Context) {
    return ctx.loaders.claimById.load(citation.claimId);
  }
}
