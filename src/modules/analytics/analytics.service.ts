import { badInput } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { EntityType } from '../shared/enums';
import { AnalyticsArgs, AnalyticsFilter, LeaderboardArgs, TimelineArgs, TopSourcesArgs } from './analytics.filter';
import { bucketStarts, dayBefore, instantDay, MAX_BUCKETS, nextBucket } from './analytics.time';
import { AnalyticsRepository } from './analytics.repository';
import { Analytics, AnalyticsCounts, LeaderboardRow, SourceCitations, TimelinePoint } from './analytics.type';

export const analyticsService = {
  /** Instants in any accepted form become the UTC days stories are dated by (validated already). */
  scope(args: AnalyticsArgs): Analytics {
    const given = args.filter ?? {};
    const filter = { ...given, from: given.from ? instantDay(given.from)! : undefined, to: given.to ? instantDay(given.to)! : undefined };
    if (filter.from && filter.to && filter.from > filter.to) throw badInput([{ field: 'filter.to', reason: 'must not be before filter.from' }]);
    return { filter };
  },

  async counts(ctx: Context, filter: AnalyticsFilter): Promise<AnalyticsCounts> {
    const row = await new AnalyticsRepository(ctx.executor).counts(filter);
    const entities = (type: EntityType) => row.entities.find((e) => e.type === type)?.count ?? 0;
    return {
      stories: row.stories,
      claims: row.claims,
      sources: row.sources,
      topics: row.topics,
      countries: entities(EntityType.COUNTRY),
      agencies: entities(EntityType.AGENCY),
      people: entities(EntityType.PERSON),
      organizations: entities(EntityType.ORGANIZATION),
      groups: entities(EntityType.GROUP),
    };
  },

  leaderboard(ctx: Context, filter: AnalyticsFilter, args: LeaderboardArgs): Promise<LeaderboardRow[]> {
    return new AnalyticsRepository(ctx.executor).leaderboard(filter, args.dimension, args.first);
  },

  /** Every bucket from the one holding `from` to the one holding `to`, zeros included. */
  async timeline(ctx: Context, filter: AnalyticsFilter, args: TimelineArgs): Promise<TimelinePoint[]> {
    const [from, to] = [instantDay(args.from)!, instantDay(args.to)!];
    if (from > to) throw badInput([{ field: 'to', reason: 'must not be before from' }]);
    const starts = bucketStarts(from, to, args.bucket);
    if (!starts) throw badInput([{ field: 'to', reason: `the range may span at most ${MAX_BUCKETS[args.bucket]} buckets of a ${args.bucket.toLowerCase()}` }]);
    const end = nextBucket(starts[starts.length - 1], args.bucket);
    const rows = await new AnalyticsRepository(ctx.executor).timeline(filter, starts[0], end, args.bucket);
    const byStart = new Map(rows.map((r) => [r.start, r]));
    return starts.map((start) => ({
      start,
      end: dayBefore(nextBucket(start, args.bucket)),
      month: start.slice(0, 7),
      stories: byStart.get(start)?.stories ?? 0,
      claims: byStart.get(start)?.claims ?? 0,
    }));
  },

  topSources(ctx: Context, filter: AnalyticsFilter, args: TopSourcesArgs): Promise<SourceCitations[]> {
    return new AnalyticsRepository(ctx.executor).topSources(filter, args.first);
  },
};
