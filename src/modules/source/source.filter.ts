import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SourceKind } from '../shared/enums';
import { OrderInput, PageArgs } from '../shared/connection';
import { OptionalInputField } from '../shared/input-fields';

@InputType({ description: 'Criteria for sources; all given must hold' })
export class SourceFilter {
  @Field({ nullable: true, description: 'Publisher id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  publisher?: string;

  @Field(() => [SourceKind], { nullable: true, description: 'Sources of any of these kinds' })
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

export enum SourceOrderField {
  TITLE = 'TITLE',
}
registerEnumType(SourceOrderField, {
  name: 'SourceOrderField',
  description: 'What `sources` can be ordered by',
  valuesConfig: { TITLE: { description: 'Title' } },
});

@InputType({ description: 'The order of `sources`; ties are broken by id, so pages never skip or repeat a row' })
export class SourceOrder extends OrderInput(SourceOrderField, 'Default: ASC') {}

@ArgsType()
export class SourcesArgs extends PageArgs {
  @OptionalInputField(() => SourceFilter, 'Criteria; all must hold')
  filter?: SourceFilter;

  @OptionalInputField(() => SourceOrder, 'Default: by title, A first; a cursor is only valid in the order it came from')
  orderBy?: SourceOrder;
}
