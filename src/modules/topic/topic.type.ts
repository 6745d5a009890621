import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A subject stories are tagged with, e.g. "Intelligence and Espionage"' })
export class Topic {
  @Field(() => ID, { description: 'Stable id, topic:<slug of name>' }) id!: string;
  @Field({ description: 'As first written, e.g. "Intelligence and Espionage"' }) name!: string;
  @Field(() => Int, { description: 'Stories tagged with it' }) storyCount!: number;
}
