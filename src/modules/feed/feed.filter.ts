import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ClaimStance } from '../provenance/claim-relation.type';
import { CountryCodesField, OptionalInputField } from '../shared/input-fields';

@InputType({ description: 'Which ingested stories to receive; every condition given must hold' })
export class StoryFeedFilter {
  @CountryCodesField('ISO codes the story must involve, all of them, e.g. ["RU", "MX"]')
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
  @OptionalInputField(() => StoryFeedFilter, 'Only stories matching these criteria')
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
