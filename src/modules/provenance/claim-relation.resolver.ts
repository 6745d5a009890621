import { Authorized, Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { Role } from '../../graphql/auth';
import { afterWrite, Context, loadersAt } from '../../graphql/context';
import { instantOf, stamped } from '../shared/as-of';
import { Audited } from '../audit/audit.middleware';
import { Claim } from '../claim/claim.type';
import { LinkClaimsInput } from './claim-relation.input';
import { claimRelationService } from './claim-relation.service';
import { ClaimLink, ClaimRelation } from './claim-relation.type';

@Resolver(() => ClaimLink)
export class ClaimLinkResolver {
  @Authorized(Role.analyst)
  @Audited()
  @Mutation(() => ClaimLink, {
    description: 'Links two claims (SUPPORTS, CONTRADICTS or REPEATS) with a reason; idempotent per (from, to, stance); self-links are refused',
  })
  linkClaims(@Arg('input', () => LinkClaimsInput, { description: 'The two claims, the stance and the reason' }) input: LinkClaimsInput, @Ctx() ctx: Context) {
    return afterWrite(ctx, claimRelationService.link(ctx, input));
  }
}

/** Claim.relations: links in both directions. */
@Resolver(() => Claim)
export class ClaimRelationsResolver {
  @FieldResolver(() => [ClaimRelation], { description: 'Claims this one supports, contradicts or repeats, and those that do so to it' })
  async relations(@Parent() claim: Claim, @Ctx() ctx: Context) {
    const asOf = instantOf(claim);
    const relations = await loadersAt(ctx, asOf).relationsOfClaim.load(claim.id);
    return asOf ? relations.map((r) => ({ ...r, claim: stamped(r.claim, asOf) })) : relations;
  }
}
