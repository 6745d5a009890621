import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCleanText, IsNotBlank, LIMITS } from '../shared/validators';
import { ClaimLink, ClaimStance } from './claim-relation.type';

@InputType({ description: 'fromClaim SUPPORTS / CONTRADICTS / REPEATS toClaim, with a reason' })
export class LinkClaimsInput implements Partial<ClaimLink> {
  @Field(() => ID, { description: 'The claim that supports, contradicts or repeats' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  fromClaimId!: string;

  @Field(() => ID, { description: 'The claim it bears on' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  toClaimId!: string;

  @Field(() => ClaimStance, { description: 'How the first bears on the second' })
  @IsEnum(ClaimStance)
  stance!: ClaimStance;

  @Field({ description: 'Why the claims relate so' })
  @IsString()
  @IsNotBlank()
  @IsCleanText({ multiline: true })
  @MaxLength(LIMITS.text)
  reason!: string;

  @Field({
    nullable: true,
    deprecationReason: 'Ignored: linkedBy is the identity of the request (its API key or token)',
    description: 'Ignored: linkedBy is the identity of the request',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  linkedBy?: string;
}
