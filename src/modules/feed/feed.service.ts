import { filter, pipe } from '@graphql-yoga/subscription';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { badInput } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { validationProblems } from '../../graphql/errors';
import { clearanceRank } from '../identity/identity.type';
import { FeedPayloads, FeedTopic } from './feed.events';
import { ClaimGradedArgs, ClaimsLinkedArgs, StoryIngestedArgs } from './feed.filter';

/** Arguments are checked when the client subscribes, so a bad filter is refused once instead of failing every event. */
async function validated<A extends object>(type: ClassConstructor<A>, args: object): Promise<A> {
  const instance = plainToInstance(type, args);
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length) throw badInput(validationProblems(errors, ''));
  return instance;
}

/** The events of one topic this caller may see (marking within their clearance) and asked for. */
function stream<T extends FeedTopic>(ctx: Context, topic: T, wanted: (event: FeedPayloads[T]) => boolean): AsyncIterable<FeedPayloads[T]> {
  const clearance = clearanceRank(ctx.identity);
  return pipe(
    ctx.feed.subscribe(topic),
    filter((event: FeedPayloads[T]) => event.markingRank <= clearance && wanted(event)),
  );
}

const folded = (text: string) => text.trim().toLowerCase();

export const feedService = {
  async storyIngested(ctx: Context, raw: object) {
    const { filter: f } = await validated(StoryIngestedArgs, raw);
    const countries = f?.countries?.map((c) => c.toUpperCase()) ?? [];
    const topics = new Set(f?.topics?.map(folded) ?? []);
    return stream(
      ctx,
      'storyIngested',
      (event) =>
        countries.every((code) => event.countries.includes(code)) &&
        (topics.size === 0 || event.topics.some((t) => topics.has(folded(t.id)) || topics.has(folded(t.name)))),
    );
  },

  async claimGraded(ctx: Context, raw: object) {
    const { claimId, sourceId } = await validated(ClaimGradedArgs, raw);
    return stream(ctx, 'claimGraded', (event) => (!claimId || event.claimId === claimId) && (!sourceId || event.sourceId === sourceId));
  },

  async claimsLinked(ctx: Context, raw: object) {
    const { claimId, stance } = await validated(ClaimsLinkedArgs, raw);
    return stream(
      ctx,
      'claimsLinked',
      (event) => (!claimId || event.fromClaimId === claimId || event.toClaimId === claimId) && (!stance || event.stance === stance),
    );
  },
};
