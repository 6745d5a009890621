import { ClassType, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection';
import { EntityType, TieRelation } from '../shared/enums';
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
  @Field(() => ID) id!: string;
  @Field(() => EntityType) type!: EntityType;
  @Field() name!: string;
  @Field(() => [String]) aliases!: string[];
}

@ObjectType({ implements: [Entity, Node] })
export class Country extends Entity {
  @Field({ description: 'ISO 3166-1 alpha-2' }) code!: string;
}

@ObjectType({ implements: [Entity, Node] })
export class Agency extends Entity {
  @Field(() => String, { nullable: true }) acronym!: string | null;
}

@ObjectType({ implements: [Entity, Node] })
export class Person extends Entity {}

@ObjectType({ implements: [Entity, Node] })
export class Organization extends Entity {}

@ObjectType({ implements: [Entity, Node], description: 'People speaking as one, e.g. "nine current and former officials"' })
export class Group extends Entity {
  @Field(() => Int, { nullable: true }) size!: number | null;
}

@ObjectType({ implements: Node, description: 'A dated role, e.g. President of Mexico from 2018-12-01 to 2024-09-30' })
export class Role {
  /** "role:<personId>|<title>|<countryId>|<from>" */
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Country, { nullable: true }) country!: Country | null;
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
registerEnumType(CountryTieKind, { name: 'CountryTieKind' });

@ObjectType({ implements: Node, description: "An entity's tie to a country" })
export class CountryTie {
  /** "tie:<entityId>|<relation>|<countryId>" */
  @Field(() => ID) id!: string;
  @Field(() => CountryTieKind) relation!: CountryTieKind;
  @Field(() => Country) country!: Country;
}

@ObjectType()
export class EntityConnection extends Connection(Entity as unknown as ClassType<Entity>, 'Entity') {}
