import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, EntityRecord } from '../entity/entity.type';

@ObjectType({ simpleResolvers: true, description: 'A node for a graph viewer' })
export class GraphNode {
  @Field(() => ID, { description: 'The id of the node (story, claim, source, entity or topic)' }) id!: string;
  @Field({ description: 'Story, Claim, Source, Topic, Country, Agency, Person, Organization or Group' }) label!: string;
  @Field({ description: 'Name, title or claim text' }) name!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A directed relationship for a graph viewer' })
export class GraphEdge {
  @Field(() => ID, { description: '"<from>-<TYPE>-<to>"' }) id!: string;
  @Field({ description: 'Relationship type, e.g. ABOUT, MENTIONS, DERIVED_FROM' }) type!: string;
  @Field(() => ID, { description: 'Id of the start node' }) from!: string;
  @Field(() => ID, { description: 'Id of the end node' }) to!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Nodes and the relationships among them, ready for a graph viewer' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'The nodes, nearest first' }) nodes!: GraphNode[];
  @Field(() => [GraphEdge], { description: 'Relationships among the nodes' }) edges!: GraphEdge[];
  @Field({ description: 'More nodes matched than were returned' }) truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'An entity that claims are about together with the given one' })
export class CoMention {
  @Field(() => Entity, { description: 'The other entity' }) entity!: EntityRecord;
  @Field(() => Int, { description: 'Claims about both' }) claims!: number;
}
