import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { Context } from '../../graphql/context';
import { AnalyticsArgs, LeaderboardArgs, TimelineArgs, TopSourcesArgs } from './analytics.filter';
import { analyticsService } from './analytics.service';
import { Analytics, AnalyticsCounts, LeaderboardRow, SourceCitations, TimelinePoint } from './analytics.type';

/** `analytics(filter)` fixes the scope once; each figure is one Cypher query. */
@Resolver(() => Analytics)
export class AnalyticsResolver {
  @Query(() => Analytics, { description: 'Dashboard figures over the claims matching the filter' })
  analytics(@Args() args: AnalyticsArgs) {
    return analyticsService.scope(args);
  }

  @FieldResolver(() => AnalyticsCounts, { description: 'How many stories, claims, sources, topics and entities the in-scope claims involve' })
  counts(@Parent() analytics: Analytics, @Ctx() ctx: Context) {
    return analyticsService.counts(ctx, analytics.filter);
  }

  @FieldResolver(() => [LeaderboardRow], { description: 'Most claims per country, agency, person, publisher or topic' })
  leaderboard(@Parent() analytics: Analytics, @Args() args: LeaderboardArgs, @Ctx() ctx: Context) {
    return analyticsService.leaderboard(ctx, analytics.filter, args);
  }

  @FieldResolver(() => [TimelinePoint], { description: 'Stories and claims per month, every month of the range (zeros included)' })
  timeline(@Parent() analytics: Analytics, @Args() args: TimelineArgs, @Ctx() ctx: Context) {
    return analyticsService.timeline(ctx, analytics.filter, args);
  }

  @FieldResolver(() => [SourceCitations], { description: 'Most-cited sources' })
  topSources(@Parent() analytics: Analytics, @Args() args: TopSourcesArgs, @Ctx() ctx: Context) {
    return analyticsService.topSources(ctx, analytics.filter, args);
  }
}
