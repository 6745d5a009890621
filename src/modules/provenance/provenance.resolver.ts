import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { AsOfArg, instantOf, isoOf } from '../shared/as-of';
import { selectionOf } from '../shared/selection';
import { Context } from '../../graphql/context';
import { Claim } from '../claim/claim.type';
import { provenanceService } from './provenance.service';
import { Assessment, Corroboration, Provenance } from './provenance.type';

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @Query(() => Provenance, {
    nullable: true,
    description: 'The chain behind a claim: story, citations, sources at any DERIVED_FROM depth, speakers, origins; null plus NOT_FOUND for an unknown claim',
  })
  provenance(
    @Arg('claimId', () => ID, { description: 'The claim' }) claimId: string,
    @AsOfArg() asOf: Date | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return provenanceService.provenance(ctx, claimId, selectionOf(info), isoOf(asOf));
  }

  @Query(() => Corroboration, {
    nullable: true,
    description:
      'Independent origins (circular reporting counted once), publishers, supporting and contradicting claims; null plus NOT_FOUND for an unknown claim',
  })
  corroboration(
    @Arg('claimId', () => ID, { description: 'The claim' }) claimId: string,
    @AsOfArg() asOf: Date | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return provenanceService.corroboration(ctx, claimId, selectionOf(info), isoOf(asOf));
  }

  @Query(() => Assessment, { nullable: true, description: 'Explained credibility score (0-100) of a claim; null plus NOT_FOUND for an unknown claim' })
  assessment(@Arg('claimId', () => ID, { description: 'The claim' }) claimId: string, @AsOfArg() asOf: Date | undefined, @Ctx() ctx: Context) {
    return provenanceService.assessment(ctx, claimId, isoOf(asOf));
  }
}

/** Analysis fields on Claim, batched through DataLoaders. */
@Resolver(() => Claim)
export class ClaimAnalysisResolver {
  @FieldResolver(() => Corroboration, { description: 'How independently the claim is sourced, and which claims agree or disagree' })
  corroboration(@Parent() claim: Claim, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return provenanceService.corroboration(ctx, claim.id, selectionOf(info), instantOf(claim));
  }

  @FieldResolver(() => Assessment, { description: 'Explained credibility score (0-100)' })
  assessment(@Parent() claim: Claim, @Ctx() ctx: Context) {
    return provenanceService.assessment(ctx, claim.id, instantOf(claim));
  }
}
