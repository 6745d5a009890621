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
  valuesConfig: {
    SUPPORTS: { description: 'Bears the other claim out (independent agreement)' },
    CONTRADICTS: { description: 'Cannot be true together with the other claim; both are kept' },
    REPEATS: { description: 'Says the same thing again; adds no independent support' },
  },
});
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  valuesConfig: {
    OUTGOING: { description: 'This claim is the subject: it supports, contradicts or repeats the other' },
    INCOMING: { description: 'The other claim supports, contradicts or repeats this one' },
  },
});

@ObjectType({ implements: Node, description: 'A link between two claims, e.g. one CONTRADICTS the other' })
export class ClaimLink {
  /** "link:<fromClaimId>|<stance>|<toClaimId>", resolved from the ends and the stance. */
  @Field(() => ID) id!: string;
  @Field(() => Claim) from!: Claim;
  @Field(() => Claim) to!: Claim;
  @Field(() => ClaimStance) stance!: ClaimStance;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) linkedBy!: string | null;
  @Field(() => DateTimeScalar, { description: 'When the link was first made (UTC)' }) linkedAt!: string;
}

@ObjectType({ implements: Node, description: "A claim's link to another claim, seen from this claim" })
export class ClaimRelation {
  /** "relation:<claimId>|<direction>|<stance>|<otherClaimId>", set by the service that knows the claim it is seen from. */
  @Field(() => ID) id!: string;
  @Field(() => ClaimStance) stance!: ClaimStance;
  @Field(() => RelationDirection) direction!: RelationDirection;
  @Field(() => Claim, { description: 'The other claim' }) claim!: Claim;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) linkedBy!: string | null;
  @Field(() => DateTimeScalar, { description: 'When the link was first made (UTC)' }) linkedAt!: string;
}
