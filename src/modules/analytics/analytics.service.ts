import { badInput } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { EntityType } from '../shared/enums';
import { AnalyticsArgs, AnalyticsFilter, ANALYTICS_LIMITS, LeaderboardArgs, TimelineArgs, TopSourcesArgs } from './analytics.filter';
import { AnalyticsRepository } from './analytics.repository';
import { Analytics, AnalyticsCounts, LeaderboardRow, SourceCitations, TimelinePoint } from './analytics.type';

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

/** "2025-08" .. "2025-12" inclusive, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) months.push(monthOf(i));
  return months;
}

const nextMonth = (month: string) => monthOf(monthIndex(month) + 1);

export const analyticsService = {
  scope(args: AnalyticsArgs): Analytics {
    const filter = args.filter ?? {};
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

  /** Every month from `from` to `to`, zeros included. */
  async timeline(ctx: Context, filter: AnalyticsFilter, args: TimelineArgs): Promise<TimelinePoint[]> {
    if (args.from > args.to) throw badInput([{ field: 'to', reason: 'must not be before from' }]);
    if (monthIndex(args.to) - monthIndex(args.from) + 1 > ANALYTICS_LIMITS.months)
      throw badInput([{ field: 'to', reason: `the range may span at most ${ANALYTICS_LIMITS.months} months` }]);
    const months = monthsBetween(args.from, args.to);
    const rows = await new AnalyticsRepository(ctx.executor).monthly(filter, `${args.from}-01`, `${nextMonth(args.to)}-01`);
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return months.map((month) => ({ month, stories: byMonth.get(month)?.stories ?? 0, claims: byMonth.get(month)?.claims ?? 0 }));
  },

  topSources(ctx: Context, filter: AnalyticsFilter, args: TopSourcesArgs): Promise<SourceCitations[]> {
    return new AnalyticsRepository(ctx.executor).topSources(filter, args.first);
  },
};
