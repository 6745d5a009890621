import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection';
import { DateScalar } from '../../graphql/scalars';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'A news story: its claims, its own reporting (sources) and what it mentions' })
export class Story {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => DateScalar, { description: 'Publication date, e.g. 2025-12-08' }) publishedAt!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
}

@ObjectType()
export class StoryConnection extends Connection(Story) {}
