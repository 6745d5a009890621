import { Field, Int, ObjectType } from 'type-graphql';
import { Story } from './story.type';

@ObjectType({ simpleResolvers: true, description: 'How many nodes of each kind an ingest created, or found already there' })
export class IngestCounts {
  @Field(() => Int, { description: 'Stories' }) stories!: number;
  @Field(() => Int, { description: 'Claims' }) claims!: number;
  @Field(() => Int, { description: 'Sources' }) sources!: number;
  @Field(() => Int, { description: 'Entities (countries, agencies, people, organisations, groups)' }) entities!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One ingested story and what the write created or found already there' })
export class IngestResult {
  @Field(() => Story, { description: 'The story as stored' }) story!: Story;
  @Field(() => IngestCounts, { description: 'Nodes this write created' }) created!: IngestCounts;
  @Field(() => IngestCounts, { description: 'Nodes that were there already (a replay reuses everything)' }) reused!: IngestCounts;
}

@ObjectType({ simpleResolvers: true, description: 'A field of one input that was refused, and why' })
export class IngestFieldProblem {
  @Field({ description: 'e.g. inputs[3].claims[0].text' }) field!: string;
  @Field({ description: 'Why it was refused' }) reason!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Why one story of ingestStories was refused; nothing of it was written' })
export class IngestStoryError {
  @Field({ description: 'BAD_USER_INPUT or CONFLICT' }) code!: string;
  @Field({ description: 'Human-readable summary' }) message!: string;
  @Field(() => [IngestFieldProblem], { description: 'Each refused field and why' }) fields!: IngestFieldProblem[];
}

@ObjectType({ simpleResolvers: true, description: 'One story of ingestStories, in input order: its result or its error, never both' })
export class IngestStoriesEntry {
  @Field(() => Int, { description: 'Position of the story in `inputs`' }) index!: number;
  @Field(() => IngestResult, { nullable: true, description: 'Set when the story landed' }) result?: IngestResult;
  @Field(() => IngestStoryError, { nullable: true, description: 'Set when the story was refused' }) error?: IngestStoryError;
}
