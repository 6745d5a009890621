import { badInput, notFound } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { LinkClaimsInput } from './claim-relation.input';
import { ClaimRelationRepository } from './claim-relation.repository';
import { ClaimLink } from './claim-relation.type';

export const claimRelationService = {
  /** Links two different, existing claims, as the acting identity. Conflicting claims are both kept: a link never removes anything. */
  async link(ctx: Context, input: LinkClaimsInput): Promise<ClaimLink> {
    if (input.fromClaimId === input.toClaimId) throw badInput([{ field: 'input.toClaimId', reason: 'a claim cannot be linked to itself' }]);
    const repo = new ClaimRelationRepository(ctx.executor);
    const link = await repo.link(input.fromClaimId, input.toClaimId, input.stance, input.reason.trim(), ctx.identity.id);
    if (link) {
      const { markingRank, ...claimLink } = link;
      const { from, to, stance, reason, linkedBy, linkedAt } = claimLink;
      ctx.feed.publish('claimsLinked', { fromClaimId: from.id, toClaimId: to.id, stance, reason, linkedBy, linkedAt, markingRank });
      return claimLink;
    }
    const [missing] = await repo.missingClaims([input.fromClaimId, input.toClaimId]);
    throw notFound('Claim', missing ?? input.fromClaimId);
  },
};
