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
