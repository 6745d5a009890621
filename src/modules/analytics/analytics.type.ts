import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars';
import { Source } from '../source/source.type';
import { AnalyticsFilter } from './analytics.filter';

@ObjectType({ simpleResolvers: true, description: 'Dashboard figures; every field applies the filter given to `analytics`' })
export class Analytics {
  filter!: AnalyticsFilter;
}

@ObjectType({ simpleResolvers: true, description: 'How many of each kind the in-scope claims involve' })
export class AnalyticsCounts {
  @Field(() => Int, { description: 'Stories with at least one in-scope claim' }) stories!: number;
  @Field(() => Int, { description: 'In-scope claims' }) claims!: number;
  @Field(() => Int, { description: 'Sources the in-scope claims cite' }) sources!: number;
  @Field(() => Int, { description: 'Topics of the stories' }) topics!: number;
  @Field(() => Int, { description: 'Countries the claims are about or attributed to (likewise below)' }) countries!: number;
  @Field(() => Int, { description: 'Agencies' }) agencies!: number;
  @Field(() => Int, { description: 'People' }) people!: number;
  @Field(() => Int, { description: 'Organisations' }) organizations!: number;
  @Field(() => Int, { description: 'Groups' }) groups!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One ranked country, agency, person, publisher or topic' })
export class LeaderboardRow {
  @Field(() => ID, { description: 'Id of the ranked entity or topic' }) id!: string;
  @Field({ description: 'Its name' }) name!: string;
  @Field(() => Int, { description: 'In-scope claims' }) claims!: number;
  @Field(() => Int, { description: 'Stories those claims belong to' }) stories!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Stories and claims of one bucket of time (by story publication date)' })
export class TimelinePoint {
  @Field(() => DateScalar, { description: 'First day of the bucket' }) start!: string;
  @Field(() => DateScalar, { description: 'Last day of the bucket (inclusive)' }) end!: string;
  @Field({ description: 'The month of `start`, YYYY-MM: the bucket itself when buckets are months' }) month!: string;
  @Field(() => Int, { description: 'Stories published in the bucket with in-scope claims' }) stories!: number;
  @Field(() => Int, { description: 'In-scope claims of those stories' }) claims!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A source and how many in-scope claims cite it' })
export class SourceCitations {
  @Field(() => Source, { description: 'The source' }) source!: Source;
  @Field(() => Int, { description: 'In-scope claims citing it' }) citations!: number;
}
