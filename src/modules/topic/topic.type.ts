import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'A subject stories are tagged with, e.g. "Intelligence and Espionage"' })
export class Topic {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Stories tagged with it' }) storyCount!: number;
}
