import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Tlp } from '../shared/tlp';
import { ClaimKind } from '../shared/enums';
import { IsCleanText, IsNotBlank, IsPartialDate, LIMITS } from '../shared/validators';

@InputType({ description: 'One source a claim cites, with the words it relies on' })
export class CitationInput {
  @Field({ description: "Id or title of one of the story's sources" })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.title)
  source!: string;

  @Field({ nullable: true, description: 'The words of the source the claim relies on' })
  @IsOptional()
  @IsString()
  @IsCleanText({ multiline: true })
  @MaxLength(LIMITS.text)
  quote?: string;
}

@InputType({ description: 'One claim of a story' })
export class ClaimInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to a stable hash of story id and text' })
  @IsOptional()
  @IsString()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  id?: string;

  @Field({ description: 'The statement' })
  @IsString()
  @IsNotBlank()
  @IsCleanText({ multiline: true })
  @MaxLength(LIMITS.text)
  text!: string;

  @Field(() => ClaimKind, { description: 'Key fact, data point or other statement' })
  @IsEnum(ClaimKind)
  kind!: ClaimKind;

  @Field({ nullable: true, description: 'When the claim holds: YYYY, YYYY-MM or YYYY-MM-DD' })
  @IsOptional()
  @IsPartialDate()
  asOf?: string;

  @Field(() => Tlp, {
    nullable: true,
    description: "The claim's own TLP marking (default CLEAR); its effective marking is at least its story's and its cited sources'",
  })
  @IsOptional()
  @IsEnum(Tlp, { message: `marking must be one of ${Object.values(Tlp).join(', ')}` })
  marking?: Tlp;

  @Field(() => [String], { nullable: true, description: "Entities the claim is about: id, name, code or alias of the story's entities" })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @IsCleanText({ each: true })
  about?: string[];

  @Field(() => [String], { nullable: true, description: "Who said it: references to the story's entities" })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @IsCleanText({ each: true })
  attributedTo?: string[];

  @Field(() => [CitationInput], { nullable: true, description: 'Sources the claim cites' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => CitationInput)
  citations?: CitationInput[];
}
