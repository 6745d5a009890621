import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { EntityType } from '../shared/enums';
import { OrderInput, PageArgs } from '../shared/connection';
import { IsCountryCode } from '../shared/validators';
import { OptionalInputField } from '../shared/input-fields';

@InputType({ description: 'Criteria for entities; all given must hold' })
export class EntityFilter {
  @Field(() => [EntityType], { nullable: true, description: 'Entities of any of these types' })
  @IsOptional()
  @IsEnum(EntityType, { each: true })
  types?: EntityType[];

  @Field({ nullable: true, description: 'Case- and accent-insensitive match on name or any alias' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameContains?: string;

  @Field({ nullable: true, description: 'Entities tied to this country (OF_COUNTRY, REPRESENTS, LOCATED_IN, roles)' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;
}

export enum EntityOrderField {
  TYPE = 'TYPE',
  NAME = 'NAME',
}
registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'What `entities` can be ordered by',
  valuesConfig: { TYPE: { description: 'Type (AGENCY, COUNTRY, ...), then name' }, NAME: { description: 'Name' } },
});

@InputType({ description: 'The order of `entities`; ties are broken by id, so pages never skip or repeat a row' })
export class EntityOrder extends OrderInput(EntityOrderField, 'Default: ASC') {}

@ArgsType()
export class EntitiesArgs extends PageArgs {
  @OptionalInputField(() => EntityFilter, 'Criteria; all must hold')
  filter?: EntityFilter;

  @OptionalInputField(() => EntityOrder, 'Default: by type, then name; a cursor is only valid in the order it came from')
  orderBy?: EntityOrder;
}

@ArgsType()
export class EntityPageArgs extends PageArgs {}
