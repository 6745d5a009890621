import { Field, Int, ObjectType } from 'type-graphql';
import { Story } from './story.type';

@ObjectType({ description: 'How many nodes of each kind an ingest created, or found already there' })
export class IngestCounts {
  @Field(() => Int) stories!: number;
  @Field(() => Int) claims!: number;
  @Field(() => Int) sources!: number;
  @Field(() => Int) entities!: number;
}

@ObjectType()
export class IngestResult {
  @Field(() => Story) story!: Story;
  @Field(() => IngestCounts) created!: IngestCounts;
  @Field(() => IngestCounts) reused!: IngestCounts;
}

@ObjectType({ description: 'A field of one input that was refused, and why' })
export class IngestFieldProblem {
  @Field({ description: 'e.g. inputs[3].claims[0].text' }) field!: string;
  @Field() reason!: string;
}

@ObjectType({ description: 'Why one story of ingestStories was refused; nothing of it was written' })
export class IngestStoryError {
  @Field({ description: 'BAD_USER_INPUT or CONFLICT' }) code!: string;
  @Field() message!: string;
  @Field(() => [IngestFieldProblem]) fields!: IngestFieldProblem[];
}

@ObjectType({ description: 'One story of ingestStories, in input order: its result or its error, never both' })
export class IngestStoriesEntry {
  @Field(() => Int) index!: number;
  @Field(() => IngestResult, { nullable: true }) result?: IngestResult;
  @Field(() => IngestStoryError, { nullable: true }) error?: IngestStoryError;
}
