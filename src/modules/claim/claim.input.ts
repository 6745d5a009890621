import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ClaimKind } from '../shared/enums';
import { IsPartialDate, LIMITS } from '../shared/validators';

@InputType()
export class CitationInput {
  @Field({ description: "Id or title of one of the story's sources" })
  @IsString() @IsNotEmpty() @MaxLength(LIMITS.title)
  source!: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.text)
  quote?: string;
}

@InputType()
export class ClaimInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to a stable hash of story id and text' })
  @IsOptional() @IsString() @MaxLength(LIMITS.name)
  id?: string;

  @Field() @IsString() @IsNotEmpty() @MaxLength(LIMITS.text)
  text!: string;

  @Field(() => ClaimKind) @IsEnum(ClaimKind)
  kind!: ClaimKind;

  @Field({ nullable: true, description: 'When the claim holds: YYYY, YYYY-MM or YYYY-MM-DD' })
  @IsOptional() @IsPartialDate()
  asOf?: string;

  @Field(() => [String], { nullable: true, description: "Entities the claim is about: id, name, code or alias of the story's entities" })
  @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) @IsNotEmpty({ each: true })
  about?: string[];

  @Field(() => [String], { nullable: true, description: "Who said it: references to the story's entities" })
  @IsOptional() @ArrayMaxSize(LIMITS.listItems) @IsString({ each: true }) @IsNotEmpty({ each: true })
  attributedTo?: string[];

  @Field(() => [CitationInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(LIMITS.listItems) @ValidateNested({ each: true }) @Type(() => CitationInput)
  citations?: CitationInput[];
}
