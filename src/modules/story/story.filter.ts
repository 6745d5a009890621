import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { AsOfField } from '../shared/as-of';
import { OrderInput, PageArgs } from '../shared/connection';
import { CountryCodesField, EntityIdsField, OptionalInputField, PublishedFromField, PublishedToField } from '../shared/input-fields';

@InputType({ description: 'Criteria for stories; all given must hold' })
export class StoryFilter {
  @Field({ nullable: true, description: 'Topic id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string;

  @CountryCodesField('ISO codes the story must mention, all of them')
  mentionsCountries?: string[];

  @EntityIdsField('Entity ids the story must mention, all of them')
  mentionsEntities?: string[];

  @PublishedFromField()
  publishedFrom?: string;

  @PublishedToField()
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
export class StoryOrder extends OrderInput(StoryOrderField, 'Default: DESC for PUBLISHED_AT, ASC for TITLE') {}

@ArgsType()
export class StoriesArgs extends PageArgs {
  @OptionalInputField(() => StoryFilter, 'Criteria; all must hold')
  filter?: StoryFilter;

  @OptionalInputField(() => StoryOrder, 'Default: newest first; a cursor is only valid in the order it came from')
  orderBy?: StoryOrder;

  @AsOfField()
  @IsOptional()
  asOf?: Date;
}
