import { IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../shared/validators';
import { ClaimLink, ClaimStance } from './claim-relation.type';

@InputType({ description: 'fromClaim SUPPORTS / CONTRADICTS / REPEATS toClaim, with a reason' })
export class LinkClaimsInput implements Partial<ClaimLink> {
  @Field(() => ID) @IsString() @IsNotEmpty()
  fromClaimId!: string;

  @Field(() => ID) @IsString() @IsNotEmpty()
  toClaimId!: string;

  @Field(() => ClaimStance) @IsEnum(ClaimStance)
  stance!: ClaimStance;

  @Field({ description: 'Why the claims relate so' })
  @IsString() @Matches(/\S/, { message: '$property must not be blank' }) @MaxLength(LIMITS.text)
  reason!: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(LIMITS.name)
  linkedBy?: string;
}
