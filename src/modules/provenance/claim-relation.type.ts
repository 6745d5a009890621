import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Claim } from '../claim/claim.type';
import { DateTimeScalar } from '../../graphql/scalars';
import { Node } from '../node/node.type';

/** How one claim relates to another; each stance is its own relationship type. */
export enum ClaimStance {
  SUPPORTS = 'SUPPORTS',
  CONTRADICTS = 'CONTRADICTS',
  REPEATS = 'REPEATS',
}

/** The only strings that ever become relationship types for claim links (allow-list, keyed by the validated enum). */
export const STANCE_TYPES: Readonly<Record<ClaimStance, string>> = {
  [ClaimStance.SUPPORTS]: 'SUPPORTS',
  [ClaimStance.CONTRADICTS]: 'CONTRADICTS',
  [ClaimStance.REPEATS]: 'REPEATS',
};

export const ANY_STANCE = Object.values(STANCE_TYPES).join('|');

export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

registerEnumType(ClaimStance, {
  name: 'ClaimStance',
  description: 'How one claim bears on another',
  valuesConfig: {
    SUPPORTS: { description: 'Bears the other claim out (independent agreement)' },
    CONTRADICTS: { description: 'Cannot be true together with the other claim; both are kept' },
    REPEATS: { description: 'Says the same thing again; adds no independent support' },
  },
});
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which end of a link a claim is',
  valuesConfig: {
    OUTGOING: { description: 'This claim is the subject: it supports, contradicts or repeats the other' },
    INCOMING: { description: 'The other claim supports, contradicts or repeats this one' },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A link between two claims, e.g. one CONTRADICTS the other' })
export class ClaimLink {
  /** "link:<fromClaimId>|<stance>|<toClaimId>", resolved from the ends and the stance. */
  @Field(() => ID, { description: 'link:<fromClaimId>|<stance>|<toClaimId>' }) id!: string;
  @Field(() => Claim, { description: 'The claim that supports, contradicts or repeats' }) from!: Claim;
  @Field(() => Claim, { description: 'The claim it bears on' }) to!: Claim;
  @Field(() => ClaimStance, { description: 'How `from` bears on `to`' }) stance!: ClaimStance;
  @Field({ description: 'Why the claims relate so, in the words of who linked them' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'The identity that last linked them, e.g. "key:3f9a1c07b2e4"' }) linkedBy!: string | null;
  @Field(() => DateTimeScalar, { description: 'When the link was first made (UTC)' }) linkedAt!: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A claim's link to another claim, seen from this claim" })
export class ClaimRelation {
  /** "relation:<claimId>|<direction>|<stance>|<otherClaimId>", set by the service that knows the claim it is seen from. */
  @Field(() => ID, { description: 'relation:<claimId>|<direction>|<stance>|<otherClaimId>' }) id!: string;
  @Field(() => ClaimStance, { description: 'How the claim that is the subject bears on the other' }) stance!: ClaimStance;
  @Field(() => RelationDirection, { description: 'Whether this claim is the subject (OUTGOING) or the object (INCOMING)' }) direction!: RelationDirection;
  @Field(() => Claim, { description: 'The other claim' }) claim!: Claim;
  @Field({ description: 'Why the claims relate so' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'The identity that last linked them' }) linkedBy!: string | null;
  @Field(() => DateTimeScalar, { description: 'When the link was first made (UTC)' }) linkedAt!: string;
}
