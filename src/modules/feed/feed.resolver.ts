import { Args, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../graphql/auth';
import { Context } from '../../graphql/context';
import { tlpOfRank } from '../shared/tlp';
import { ClaimGradedPayload, ClaimsLinkedPayload, StoryIngestedPayload } from './feed.events';
import { ClaimGradedArgs, ClaimsLinkedArgs, StoryIngestedArgs } from './feed.filter';
import { feedService } from './feed.service';
import { ClaimGradedEvent, ClaimsLinkedEvent, StoryIngestedEvent } from './feed.type';
import { ClaimStance } from '../provenance/claim-relation.type';

type Subscribe = { args: object; context: Context };

/** Subscriptions are served over WebSocket only (graphql-ws at /graphql, src/http/subscriptions.ts). */
@Resolver()
export class FeedResolver {
  @Authorized(Role.reader)
  @Subscription(() => StoryIngestedEvent, {
    description: 'Stories as they are ingested (ingestStory, ingestStories, importStoryCard), filtered by country and topic',
    subscribe: ({ args, context }: Subscribe) => feedService.storyIngested(context, args),
  })
  storyIngested(@Root() event: StoryIngestedPayload, @Args() _args: StoryIngestedArgs): StoryIngestedEvent {
    return { ...event, topics: event.topics.map((t) => t.name), marking: tlpOfRank(event.markingRank) };
  }

  @Authorized(Role.reader)
  @Subscription(() => ClaimGradedEvent, {
    description: 'Credibility grades as they are given (gradeCitation), optionally for one claim or source',
    subscribe: ({ args, context }: Subscribe) => feedService.claimGraded(context, args),
  })
  claimGraded(@Root() event: ClaimGradedPayload, @Args() _args: ClaimGradedArgs): ClaimGradedEvent {
    return { ...event, marking: tlpOfRank(event.markingRank) };
  }

  @Authorized(Role.reader)
  @Subscription(() => ClaimsLinkedEvent, {
    description: 'Claim links as they are made (linkClaims), optionally for one claim (either end) or one stance',
    subscribe: ({ args, context }: Subscribe) => feedService.claimsLinked(context, args),
  })
  claimsLinked(@Root() event: ClaimsLinkedPayload, @Args() _args: ClaimsLinkedArgs): ClaimsLinkedEvent {
    return { ...event, stance: event.stance as ClaimStance, marking: tlpOfRank(event.markingRank) };
  }
}
