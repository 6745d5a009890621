import { createPubSub, PubSubEventTarget } from '@graphql-yoga/subscription';
import { PubSub } from 'type-graphql';
import { Feed, FEED_TOPICS, FeedPayloads, FeedTopic } from './feed.events';

/** Routing key -> the one payload published under it. */
type Channels = Record<string, [FeedPayloads[FeedTopic]]>;

/** The feed services publish to and subscriptions read from, plus the same pub/sub in the form type-graphql's buildSchema asks for. */
export interface FeedPubSub extends Feed {
  readonly pubSub: PubSub;
}

/**
 * Events travel through an EventTarget: in memory by default (one process). Past one process, give
 * a shared one, e.g. `createRedisEventTarget` of @graphql-yoga/redis-event-target (README "Live feed").
 */
export function createFeedPubSub(eventTarget?: PubSubEventTarget<Channels>): FeedPubSub {
  const pubSub = createPubSub<Channels>(eventTarget ? { eventTarget } : {});
  return {
    pubSub: pubSub as PubSub,
    publish: (topic, payload) => pubSub.publish(FEED_TOPICS[topic], payload),
    subscribe: <T extends FeedTopic>(topic: T) => pubSub.subscribe(FEED_TOPICS[topic]) as AsyncIterable<FeedPayloads[T]>,
  };
}

let shared: FeedPubSub | undefined;

/** The schema is built once per process (src/graphql/schema.ts), so its feed is one per process too. */
export function processFeed(): FeedPubSub {
  shared ??= createFeedPubSub();
  return shared;
}
