import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ClaimInput } from '../claim/claim.input';
import { EntityInput } from '../entity/entity.input';
import { SourceInput } from '../source/source.input';
import { Tlp } from '../shared/tlp';
import { IsCalendarDate, IsCleanText, IsNotBlank, LIMITS, URL_OPTIONS } from '../shared/validators';

@InputType({ description: 'A whole story: written in one transaction, idempotently' })
export class StoryInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to story:<publishedAt>-<slug of title>' })
  @IsOptional()
  @IsString()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  id?: string;

  @Field({ description: 'Headline' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.title)
  title!: string;

  @Field({ description: 'What the story reports' })
  @IsString()
  @IsCleanText({ multiline: true })
  @MaxLength(LIMITS.summary)
  summary!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  publishedAt!: string;

  @Field({ nullable: true, description: 'Where the story is published (http or https)' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(LIMITS.url)
  url?: string;

  @Field(() => Tlp, {
    nullable: true,
    description:
      'TLP marking of the story (default CLEAR); its claims, and its sources without their own, are marked at least as high. A re-ingest never lowers a marking',
  })
  @IsOptional()
  @IsEnum(Tlp, { message: `marking must be one of ${Object.values(Tlp).join(', ')}` })
  marking?: Tlp;

  @Field(() => [String], { description: 'Topic names, e.g. "Intelligence and Espionage"; new ones are created' })
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @IsCleanText({ each: true })
  @MaxLength(100, { each: true })
  topics: string[] = [];

  @Field(() => [SourceInput], { description: 'Every source the story or its claims rely on' })
  @ArrayMaxSize(LIMITS.sourcesPerStory)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources: SourceInput[] = [];

  @Field(() => [String], { description: "The story's own reporting (BASED_ON): ids or titles from sources" })
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @IsCleanText({ each: true })
  basedOn: string[] = [];

  @Field(() => [EntityInput], { description: 'Every entity the story mentions' })
  @ArrayMaxSize(LIMITS.entitiesPerStory)
  @ValidateNested({ each: true })
  @Type(() => EntityInput)
  entities: EntityInput[] = [];

  @Field(() => [ClaimInput], { description: 'The claims the story makes, in order' })
  @ArrayMaxSize(LIMITS.claimsPerStory)
  @ValidateNested({ each: true })
  @Type(() => ClaimInput)
  claims: ClaimInput[] = [];
}
