import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EntityType, TieRelation } from '../shared/enums';
import { IsCalendarDate, IsCleanText, IsCountryCode, IsNotBlank, LIMITS } from '../shared/validators';

@InputType({ description: 'A dated role a person held, e.g. President of Mexico from 2018-12-01 to 2024-09-30' })
export class RoleInput {
  @Field({ description: 'e.g. President of Mexico' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  title!: string;

  @Field({ nullable: true, description: 'ISO code of the country the role is in' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; empty while the role is held' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

@InputType({ description: "An organisation's tie to a country, e.g. an embassy REPRESENTS Russia and is LOCATED_IN Mexico" })
export class TieInput {
  @Field(() => TieRelation, { description: 'How the organisation is tied to the country' })
  @IsEnum(TieRelation)
  relation!: TieRelation;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country' })
  @IsCountryCode()
  countryCode!: string;
}

@InputType({ description: 'An entity the story mentions. Claims refer to it by id, name, acronym, code or alias.' })
export class EntityInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to a stable id derived from type and name (country:MX, agency:us-cia, person:...)' })
  @IsOptional()
  @IsString()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  id?: string;

  @Field(() => EntityType, { description: 'Which kind of entity' })
  @IsEnum(EntityType)
  type!: EntityType;

  @Field({ nullable: true, description: 'Required except for countries, which take their name from the ISO code' })
  @ValidateIf((e: EntityInput) => e.type !== EntityType.COUNTRY || e.name !== undefined)
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  name?: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2; required for countries' })
  @ValidateIf((e: EntityInput) => e.type === EntityType.COUNTRY || e.code !== undefined)
  @IsCountryCode()
  code?: string;

  @Field({ nullable: true, description: 'For agencies, e.g. CIA' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(20)
  acronym?: string;

  @Field(() => [String], { nullable: true, description: 'Other names it goes by' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @IsCleanText({ each: true })
  @MaxLength(LIMITS.name, { each: true })
  aliases?: string[];

  @Field({ nullable: true, description: 'The country an agency, person or group belongs to (OF_COUNTRY)' })
  @IsOptional()
  @IsCountryCode()
  countryCode?: string;

  @Field(() => [RoleInput], { nullable: true, description: 'For people: dated roles' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => RoleInput)
  roles?: RoleInput[];

  @Field(() => [TieInput], { nullable: true, description: 'For organisations: ties to countries' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.listItems)
  @ValidateNested({ each: true })
  @Type(() => TieInput)
  ties?: TieInput[];

  @Field(() => Int, { nullable: true, description: 'For groups: how many people it stands for' })
  @IsOptional()
  @IsInt()
  @Min(1)
  size?: number;
}
