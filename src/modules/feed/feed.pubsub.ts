import { Repeater, SlidingBuffer } from '@repeaterjs/repeater';
import { PubSub } from 'type-graphql';
import { Feed, FEED_TOPICS, FeedPayloads, FeedTopic } from './feed.events';

/**
 * Events a subscriber may fall behind by. Past that the oldest are dropped for that subscriber
 * alone: an unbounded queue would grow without end for a client that stops reading, and the
 * pub/sub's default (throw past 1024) would crash the process from inside an event listener.
 */
export const SUBSCRIBER_BUFFER = 256;

/** The feed services publish to and subscriptions read from, plus the same pub/sub in the form type-graphql's buildSchema asks for. */
export interface FeedPubSub extends Feed {
  readonly pubSub: PubSub;
}

/**
 * Events travel through an EventTarget (a CustomEvent per event, the payload as its `detail`): in
 * memory by default (one process). Past one process, give a shared one, e.g. `createRedisEventTarget`
 * of @graphql-yoga/redis-event-target (README "Live feed"); nothing else changes.
 */
export function createFeedPubSub(target: EventTarget = new EventTarget()): FeedPubSub {
  const publish = (key: string, payload: unknown) => target.dispatchEvent(new CustomEvent(key, { detail: payload }));
  const subscribe = (key: string) =>
    new Repeater<unknown>((push, stop) => {
      const listener = (event: Event) => void push((event as CustomEvent).detail);
      target.addEventListener(key, listener);
      void stop.then(() => target.removeEventListener(key, listener));
    }, new SlidingBuffer(SUBSCRIBER_BUFFER));
  return {
    pubSub: { publish, subscribe },
    publish: (topic, payload) => void publish(FEED_TOPICS[topic], payload),
    subscribe: <T extends FeedTopic>(topic: T) => subscribe(FEED_TOPICS[topic]) as AsyncIterable<FeedPayloads[T]>,
  };
}

let shared: FeedPubSub | undefined;

/** The schema is built once per process (src/graphql/schema.ts), so its feed is one per process too. */
export function processFeed(): FeedPubSub {
  shared ??= createFeedPubSub();
  return shared;
}
