import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ClaimStance } from '../provenance/claim-relation.type';
import { IsCountryCode } from '../shared/validators';

@InputType({ description: 'Which ingested stories to receive; every condition given must hold' })
export class StoryFeedFilter {
  @Field(() => [String], { nullable: true, description: 'ISO codes the story must involve, all of them, e.g. ["RU", "MX"]' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsCountryCode({ each: true })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Topic ids or names (case-insensitive), any of them' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  topics?: string[];
}

@ArgsType()
export class StoryIngestedArgs {
  @Field(() => StoryFeedFilter, { nullable: true, description: 'Only stories matching these criteria' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryFeedFilter)
  filter?: StoryFeedFilter;
}

@ArgsType()
export class ClaimGradedArgs {
  @Field(() => ID, { nullable: true, description: 'Only grades of citations of this claim' })
  @IsOptional()
  @IsString()
  claimId?: string;

  @Field(() => ID, { nullable: true, description: 'Only grades of citations of this source' })
  @IsOptional()
  @IsString()
  sourceId?: string;
}

@ArgsType()
export class ClaimsLinkedArgs {
  @Field(() => ID, { nullable: true, description: 'Only links from or to this claim' })
  @IsOptional()
  @IsString()
  claimId?: string;

  @Field(() => ClaimStance, { nullable: true, description: 'Only links of this stance' })
  @IsOptional()
  stance?: ClaimStance;
}
