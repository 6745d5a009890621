import { ClassType, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection';
import { EntityType, TIE_MEANINGS, TieRelation } from '../shared/enums';
import { ENTITY_KINDS } from '../shared/kinds';
import { DateScalar } from '../../graphql/scalars';
import { Node } from '../node/node.type';

/** What repositories return for any entity node: plain values only. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  code?: string | null;
  acronym?: string | null;
  size?: number | null;
}

@InterfaceType({
  implements: Node,
  description: 'A country, agency, person, organisation or group that claims can be about',
  // Node labels double as GraphQL type names (Country, Agency, ...).
  resolveType: (value: EntityRecord) => ENTITY_KINDS[value.type].typeName,
})
export abstract class Entity implements EntityRecord {
  @Field(() => ID, { description: 'Stable id, e.g. country:MX, agency:us-cia, person:claudia-sheinbaum' }) id!: string;
  @Field(() => EntityType, { description: 'Which kind of entity it is (also its GraphQL type)' }) type!: EntityType;
  @Field({ description: 'Display name' }) name!: string;
  @Field(() => [String], { description: 'Other names it goes by (acronyms, spellings, official names)' }) aliases!: string[];
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: 'A country, by ISO 3166-1 alpha-2 code' })
export class Country extends Entity {
  @Field({ description: 'ISO 3166-1 alpha-2' }) code!: string;
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: 'A government agency, e.g. an intelligence service' })
export class Agency extends Entity {
  @Field(() => String, { nullable: true, description: 'e.g. CIA, BND' }) acronym!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: 'A named person' })
export class Person extends Entity {}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: 'A company, outlet, embassy or other organisation' })
export class Organization extends Entity {}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: 'People speaking as one, e.g. "nine current and former officials"' })
export class Group extends Entity {
  @Field(() => Int, { nullable: true, description: 'How many people it stands for, when the story says' }) size!: number | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A dated role, e.g. President of Mexico from 2018-12-01 to 2024-09-30' })
export class Role {
  /** "role:<personId>|<title>|<countryId>|<from>" */
  @Field(() => ID, { description: 'role:<personId>|<title>|<countryId>|<from>' }) id!: string;
  @Field({ description: 'e.g. President of Mexico' }) title!: string;
  @Field(() => Country, { nullable: true, description: 'The country the role is in' }) country!: Country | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day in the role' }) from!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day in the role; null while it is held' }) to!: string | null;
}

/** OF_COUNTRY (agencies, people, groups) plus the organisation ties. */
export enum CountryTieKind {
  OF_COUNTRY = 'OF_COUNTRY',
  REPRESENTS = TieRelation.REPRESENTS,
  LOCATED_IN = TieRelation.LOCATED_IN,
  AFFILIATED_WITH = TieRelation.AFFILIATED_WITH,
}
registerEnumType(CountryTieKind, {
  name: 'CountryTieKind',
  description: 'How an entity is tied to a country',
  valuesConfig: { OF_COUNTRY: { description: 'An agency, person or group of the country' }, ...TIE_MEANINGS },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "An entity's tie to a country" })
export class CountryTie {
  /** "tie:<entityId>|<relation>|<countryId>" */
  @Field(() => ID, { description: 'tie:<entityId>|<relation>|<countryId>' }) id!: string;
  @Field(() => CountryTieKind, { description: 'How the entity is tied to the country' }) relation!: CountryTieKind;
  @Field(() => Country, { description: 'The country' }) country!: Country;
}

@ObjectType({ simpleResolvers: true, description: 'A page of entities' })
export class EntityConnection extends Connection(Entity as unknown as ClassType<Entity>, 'Entity') {}
