/**
 * What the live feed publishes, one topic per event kind. Payloads are plain objects (no driver
 * types), so a pub/sub across processes can carry them as JSON.
 */
export const FEED_TOPICS = {
  storyIngested: 'STORY_INGESTED',
  claimGraded: 'CLAIM_GRADED',
  claimsLinked: 'CLAIMS_LINKED',
} as const;

export type FeedTopic = keyof typeof FEED_TOPICS;

/** Every event carries the effective marking rank (0 = CLEAR ... 4 = RED) of what it tells about. */
interface Marked {
  markingRank: number;
}

export interface StoryIngestedPayload extends Marked {
  storyId: string;
  title: string;
  publishedAt: string;
  url: string | null;
  /** ISO codes of every country the story involves (mentions, claims about, ties). */
  countries: string[];
  topics: { id: string; name: string }[];
  claimIds: string[];
  created: { stories: number; claims: number; sources: number; entities: number };
}

export interface ClaimGradedPayload extends Marked {
  gradeId: string;
  claimId: string;
  sourceId: string;
  grade: number;
  gradedBy: string;
  gradedAt: string;
  note: string | null;
}

export interface ClaimsLinkedPayload extends Marked {
  fromClaimId: string;
  toClaimId: string;
  stance: string;
  reason: string;
  linkedBy: string | null;
  linkedAt: string;
}

export interface FeedPayloads {
  storyIngested: StoryIngestedPayload;
  claimGraded: ClaimGradedPayload;
  claimsLinked: ClaimsLinkedPayload;
}

/** What services see of the feed: they publish after their write committed, and never wait for subscribers. */
export interface FeedPublisher {
  publish<T extends FeedTopic>(topic: T, payload: FeedPayloads[T]): void;
}

/** The whole feed: what services publish, subscriptions receive (from this process or, with a shared pub/sub, any). */
export interface Feed extends FeedPublisher {
  subscribe<T extends FeedTopic>(topic: T): AsyncIterable<FeedPayloads[T]>;
}

/** For scripts and tests that call services without a server: nothing is sent and nothing arrives. */
export const SILENT_FEED: Feed = Object.freeze({
  publish: () => undefined,
  subscribe: () => ({ [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true as const, value: undefined }) }) }),
});
