import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { ClaimFilter } from '../claim/claim.filter';
import { INSTANT_FORMS, IsInstant, MAX_BUCKETS, TimeBucket } from './analytics.time';
import { CountryCodesField, OptionalInputField, stacked } from '../shared/input-fields';

/**
 * Shared by every analytics figure. Claims are the unit of analysis: a claim is in scope when it
 * matches the claim filter built from these criteria (see toClaimFilter); a story, source, entity or
 * topic counts when an in-scope claim reaches it.
 */
@InputType({ description: 'Narrows every analytics figure; all given criteria must hold' })
export class AnalyticsFilter {
  @Field({ nullable: true, description: 'Topic id or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string;

  @CountryCodesField('ISO codes; claims must concern every one, directly or through a tied entity')
  countries?: string[];

  @Field({ nullable: true, description: `Stories published on or after the UTC day of this instant: ${INSTANT_FORMS}` })
  @IsOptional()
  @IsInstant()
  from?: string;

  @Field({ nullable: true, description: `Stories published on or before the UTC day of this instant: ${INSTANT_FORMS}` })
  @IsOptional()
  @IsInstant()
  to?: string;
}

/** The same semantics as the `claims` query: analytics figures agree with claims(filter).totalCount. */
export function toClaimFilter(filter: AnalyticsFilter = {}): ClaimFilter {
  return { topic: filter.topic, aboutCountries: filter.countries, publishedFrom: filter.from, publishedTo: filter.to };
}

@ArgsType()
export class AnalyticsArgs {
  @OptionalInputField(() => AnalyticsFilter, 'Narrows every figure; all given criteria must hold')
  filter?: AnalyticsFilter;
}

export enum LeaderboardDimension {
  COUNTRY = 'COUNTRY',
  AGENCY = 'AGENCY',
  PERSON = 'PERSON',
  PUBLISHER = 'PUBLISHER',
  TOPIC = 'TOPIC',
}
registerEnumType(LeaderboardDimension, {
  name: 'LeaderboardDimension',
  description: 'What a leaderboard ranks',
  valuesConfig: {
    COUNTRY: { description: 'Claims concerning the country, directly or through a tied agency, organisation or person' },
    AGENCY: { description: 'Claims about the agency' },
    PERSON: { description: 'Claims about the person' },
    PUBLISHER: { description: 'Claims citing a source the organisation published' },
    TOPIC: { description: 'Claims of stories tagged with the topic' },
  },
});

export const ANALYTICS_LIMITS = { rows: 50 } as const;

/** How many rows a ranked figure returns. */
const RowsField = () =>
  stacked(
    Field(() => Int, { description: `1 to ${ANALYTICS_LIMITS.rows}` }),
    IsInt(),
    Min(1),
    Max(ANALYTICS_LIMITS.rows),
  );

@ArgsType()
export class LeaderboardArgs {
  @Field(() => LeaderboardDimension, { description: 'What to rank' })
  @IsEnum(LeaderboardDimension)
  dimension!: LeaderboardDimension;

  @RowsField()
  first: number = 10;
}

@ArgsType()
export class TopSourcesArgs {
  @RowsField()
  first: number = 10;
}

@ArgsType()
export class TimelineArgs {
  @Field({ description: `The first point is the bucket holding this instant: ${INSTANT_FORMS}` })
  @IsInstant()
  from!: string;

  @Field({
    description: `The last point is the bucket holding this instant (inclusive; at most ${MAX_BUCKETS.MONTH} months, ${MAX_BUCKETS.WEEK} weeks or ${MAX_BUCKETS.DAY} days)`,
  })
  @IsInstant()
  to!: string;

  @Field(() => TimeBucket, { description: 'How long each point is' })
  @IsEnum(TimeBucket)
  bucket: TimeBucket = TimeBucket.MONTH;
}
