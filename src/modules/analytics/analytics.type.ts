import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Source } from '../source/source.type';
import { AnalyticsFilter } from './analytics.filter';

@ObjectType({ description: 'Dashboard figures; every field applies the filter given to `analytics`' })
export class Analytics {
  filter!: AnalyticsFilter;
}

@ObjectType({ description: 'How many of each kind the in-scope claims involve' })
export class AnalyticsCounts {
  @Field(() => Int, { description: 'Stories with at least one in-scope claim' }) stories!: number;
  @Field(() => Int, { description: 'In-scope claims' }) claims!: number;
  @Field(() => Int, { description: 'Sources the in-scope claims cite' }) sources!: number;
  @Field(() => Int, { description: 'Topics of the stories' }) topics!: number;
  @Field(() => Int, { description: 'Countries the claims are about or attributed to (likewise below)' }) countries!: number;
  @Field(() => Int) agencies!: number;
  @Field(() => Int) people!: number;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) groups!: number;
}

@ObjectType()
export class LeaderboardRow {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'In-scope claims' }) claims!: number;
  @Field(() => Int, { description: 'Stories those claims belong to' }) stories!: number;
}

@ObjectType({ description: 'Stories and claims of one bucket of time (by story publication date)' })
export class TimelinePoint {
  @Field(() => DateScalar, { description: 'First day of the bucket' }) start!: string;
  @Field(() => DateScalar, { description: 'Last day of the bucket (inclusive)' }) end!: string;
  @Field({ description: 'The month of `start`, YYYY-MM: the bucket itself when buckets are months' }) month!: string;
  @Field(() => Int) stories!: number;
  @Field(() => Int) claims!: number;
}

@ObjectType()
export class SourceCitations {
  @Field(() => Source) source!: Source;
  @Field(() => Int, { description: 'In-scope claims citing it' }) citations!: number;
}
