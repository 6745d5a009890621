import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class Topic {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Stories tagged with it' }) storyCount!: number;
}
