import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Tlp } from '../shared/tlp';
import { SourceKind } from '../shared/enums';
import { IsCleanText, IsNotBlank, LIMITS, URL_OPTIONS } from '../shared/validators';

@InputType({ description: 'A document claims cite. Claims and basedOn refer to it by id or title.' })
export class SourceInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to a stable id derived from publisher and title' })
  @IsOptional()
  @IsString()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  id?: string;

  @Field({ description: 'Title of the document' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.title)
  title!: string;

  @Field({ nullable: true, description: 'Where the document is (http or https)' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(LIMITS.url)
  url?: string;

  @Field(() => SourceKind, { description: 'What sort of document it is' })
  @IsEnum(SourceKind)
  kind!: SourceKind;

  @Field({ nullable: true, description: 'The publishing organisation, e.g. "NBC News"' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  publisher?: string;

  @Field(() => Tlp, { nullable: true, description: "The source's own TLP marking (default: the story's); sources derived from it inherit it" })
  @IsOptional()
  @IsEnum(Tlp, { message: `marking must be one of ${Object.values(Tlp).join(', ')}` })
  marking?: Tlp;

  @Field(() => [ID], { nullable: true, description: 'Ids of sources this one repeats or is derived from' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @IsCleanText({ each: true })
  derivedFrom?: string[];
}
