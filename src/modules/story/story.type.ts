import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection';

@ObjectType({ description: 'A news story: its claims, its own reporting (sources) and what it mentions' })
export class Story {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'YYYY-MM-DD' }) publishedAt!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
}

@ObjectType()
export class StoryConnection extends Connection(Story) {}
