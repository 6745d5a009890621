import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { SourceKind } from '../shared/enums';
import { PageArgs } from '../shared/connection';

@InputType()
export class SourceFilter {
  @Field({ nullable: true, description: 'Publisher id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string;

  @Field(() => [SourceKind], { nullable: true })
  @IsOptional()
  @IsEnum(SourceKind, { each: true })
  kinds?: SourceKind[];

  @Field({ nullable: true, description: 'Case-insensitive substring of the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleContains?: string;

  @Field(() => ID, { nullable: true, description: 'Sources a story relies on or its claims cite' })
  @IsOptional()
  @IsString()
  storyId?: string;
}

@ArgsType()
export class SourcesArgs extends PageArgs {
  @Field(() => SourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceFilter)
  filter?: SourceFilter;
}
