import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ClaimKind } from '../shared/enums';
import { AsOfField } from '../shared/as-of';
import { OrderInput, PageArgs } from '../shared/connection';
import { CountryCodesField, EntityIdsField, OptionalInputField, PublishedFromField, PublishedToField } from '../shared/input-fields';

@InputType({ description: 'All given criteria must hold' })
export class ClaimFilter {
  @CountryCodesField('ISO codes; the claim must concern every one, directly or through a tied agency, organisation or person')
  aboutCountries?: string[];

  @EntityIdsField('Entity ids; the claim must be about every one')
  aboutEntities?: string[];

  @Field({ nullable: true, description: 'Topic id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string;

  @Field(() => ID, { nullable: true, description: 'Claims of this story' })
  @IsOptional()
  @IsString()
  storyId?: string;

  @Field(() => ID, { nullable: true, description: 'Claims citing this source' })
  @IsOptional()
  @IsString()
  sourceId?: string;

  @Field({ nullable: true, description: 'Claims citing a source from this publisher (id or name)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string;

  @Field(() => [ClaimKind], { nullable: true, description: 'Claims of any of these kinds' })
  @IsOptional()
  @IsEnum(ClaimKind, { each: true })
  kinds?: ClaimKind[];

  @PublishedFromField()
  publishedFrom?: string;

  @PublishedToField()
  publishedTo?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of the claim text' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  textContains?: string;
}

export enum ClaimOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
}
registerEnumType(ClaimOrderField, {
  name: 'ClaimOrderField',
  description: 'What `claims` can be ordered by',
  valuesConfig: { PUBLISHED_AT: { description: "Publication date of the claim's story, then the story, then the claim's position in it" } },
});

@InputType({ description: 'The order of `claims`; ties are broken by id, so pages never skip or repeat a row' })
export class ClaimOrder extends OrderInput(ClaimOrderField, 'Default: DESC') {}

@ArgsType()
export class ClaimsArgs extends PageArgs {
  @OptionalInputField(() => ClaimFilter, 'Criteria; all must hold')
  filter?: ClaimFilter;

  @OptionalInputField(() => ClaimOrder, 'Default: newest stories first; a cursor is only valid in the order it came from')
  orderBy?: ClaimOrder;

  @AsOfField()
  @IsOptional()
  asOf?: Date;
}
