import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ClaimKind } from '../shared/enums';
import { IsCalendarDate, IsCountryCode } from '../shared/validators';
import { AsOfField } from '../shared/as-of';
import { OrderDirection, PageArgs } from '../shared/connection';

@InputType({ description: 'All given criteria must hold' })
export class ClaimFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'ISO codes; the claim must concern every one, directly or through a tied agency, organisation or person',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsCountryCode({ each: true })
  aboutCountries?: string[];

  @Field(() => [ID], { nullable: true, description: 'Entity ids; the claim must be about every one' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
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

  @Field({ nullable: true, description: 'Stories published on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  publishedFrom?: string;

  @Field({ nullable: true, description: 'Stories published on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
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
export class ClaimOrder {
  @Field(() => ClaimOrderField, { description: 'The field to order by' })
  @IsEnum(ClaimOrderField)
  field!: ClaimOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Default: DESC' })
  @IsOptional()
  @IsEnum(OrderDirection)
  direction?: OrderDirection;
}

@ArgsType()
export class ClaimsArgs extends PageArgs {
  @Field(() => ClaimFilter, { nullable: true, description: 'Criteria; all must hold' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClaimFilter)
  filter?: ClaimFilter;

  @Field(() => ClaimOrder, { nullable: true, description: 'Default: newest stories first; a cursor is only valid in the order it came from' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClaimOrder)
  orderBy?: ClaimOrder;

  @AsOfField()
  @IsOptional()
  asOf?: Date;
}
