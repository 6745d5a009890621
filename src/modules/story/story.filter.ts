import { IsEnum, ArrayMaxSize, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { AsOfField } from '../shared/as-of';
import { OrderDirection, PageArgs } from '../shared/connection';
import { IsCalendarDate, IsCountryCode } from '../shared/validators';

@InputType({ description: 'Criteria for stories; all given must hold' })
export class StoryFilter {
  @Field({ nullable: true, description: 'Topic id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string;

  @Field(() => [String], { nullable: true, description: 'ISO codes the story must mention, all of them' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsCountryCode({ each: true })
  mentionsCountries?: string[];

  @Field(() => [ID], { nullable: true, description: 'Entity ids the story must mention, all of them' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  mentionsEntities?: string[];

  @Field({ nullable: true, description: 'Stories published on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  publishedFrom?: string;

  @Field({ nullable: true, description: 'Stories published on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  publishedTo?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of title or summary' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  textContains?: string;
}

export enum StoryOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
}
registerEnumType(StoryOrderField, {
  name: 'StoryOrderField',
  description: 'What `stories` can be ordered by',
  valuesConfig: { PUBLISHED_AT: { description: 'Publication date' }, TITLE: { description: 'Title' } },
});

@InputType({ description: 'The order of `stories`; ties are broken by id, so pages never skip or repeat a row' })
export class StoryOrder {
  @Field(() => StoryOrderField, { description: 'The field to order by' })
  @IsEnum(StoryOrderField)
  field!: StoryOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Default: DESC for PUBLISHED_AT, ASC for TITLE' })
  @IsOptional()
  @IsEnum(OrderDirection)
  direction?: OrderDirection;
}

@ArgsType()
export class StoriesArgs extends PageArgs {
  @Field(() => StoryFilter, { nullable: true, description: 'Criteria; all must hold' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryFilter)
  filter?: StoryFilter;

  @Field(() => StoryOrder, { nullable: true, description: 'Default: newest first; a cursor is only valid in the order it came from' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryOrder)
  orderBy?: StoryOrder;

  @AsOfField()
  @IsOptional()
  asOf?: Date;
}
