import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ArgsType, Field, InputType } from 'type-graphql';
import { EntityType } from '../shared/enums';
import { PageArgs } from '../shared/connection';
import { IsCountryCode } from '../shared/validators';

@InputType()
export class EntityFilter {
  @Field(() => [EntityType], { nullable: true })
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

@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => EntityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EntityFilter)
  filter?: EntityFilter;
}

@ArgsType()
export class EntityPageArgs extends PageArgs {}
