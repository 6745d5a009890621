import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AsOfField } from '../shared/as-of';
import { PageArgs } from '../shared/connection';
import { IsCalendarDate, IsCountryCode } from '../shared/validators';

@InputType()
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

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  publishedFrom?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  publishedTo?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of title or summary' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  textContains?: string;
}

@ArgsType()
export class StoriesArgs extends PageArgs {
  @Field(() => StoryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoryFilter)
  filter?: StoryFilter;

  @AsOfField()
  @IsOptional()
  asOf?: Date;
}
