import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection';
import { DateScalar } from '../../graphql/scalars';
import { Node } from '../node/node.type';
import { MARKING_DESCRIPTION, Tlp } from '../shared/tlp';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news story: its claims, its own reporting (sources) and what it mentions' })
export class Story {
  @Field(() => ID, { description: 'Stable id, story:<publishedAt>-<slug of title> unless the input chose one' }) id!: string;
  @Field({ description: 'Headline' }) title!: string;
  @Field({ description: 'What the story reports, in a paragraph' }) summary!: string;
  @Field(() => DateScalar, { description: 'Publication date, e.g. 2025-12-08' }) publishedAt!: string;
  @Field(() => String, { nullable: true, description: 'Where the story is published, when known' }) url!: string | null;
  @Field(() => Tlp, { description: MARKING_DESCRIPTION }) marking!: Tlp;
}

@ObjectType({ simpleResolvers: true, description: 'A page of stories' })
export class StoryConnection extends Connection(Story) {}
