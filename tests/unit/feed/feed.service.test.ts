import { Context } from '../../../src/graphql/context';
import { Feed, FeedPayloads, FeedTopic, StoryIngestedPayload } from '../../../src/modules/feed/feed.events';
import { feedService } from '../../../src/modules/feed/feed.service';
import { Role } from '../../../src/modules/identity/identity.roles';
import { Identity } from '../../../src/modules/identity/identity.type';
import { Tlp } from '../../../src/modules/shared/tlp';

const story = (storyId: string, over: Partial<StoryIngestedPayload> = {}): StoryIngestedPayload => ({
  storyId,
  title: storyId,
  publishedAt: '2025-01-01',
  url: null,
  countries: ['MX', 'RU'],
  topics: [{ id: 'topic:espionage', name: 'Espionage' }],
  claimIds: [],
  created: { stories: 1, claims: 0, sources: 0, entities: 0 },
  markingRank: 0,
  ...over,
});

/** A feed that has already received these events: subscribing replays them, then ends. */
function replaying(events: StoryIngestedPayload[]): Feed {
  return {
    publish: () => undefined,
    subscribe: <T extends FeedTopic>() =>
      (async function* () {
        yield* events;
      })() as AsyncIterable<FeedPayloads[T]>,
  };
}

async function received(identity: Identity, events: StoryIngestedPayload[], args: object = {}): Promise<string[]> {
  const ctx = { identity, feed: replaying(events) } as unknown as Context;
  const ids: string[] = [];
  for await (const event of await feedService.storyIngested(ctx, args)) ids.push(event.storyId);
  return ids;
}

const reader = (clearance: Tlp = Tlp.RED): Identity => ({ id: 'key:test', kind: 'apiKey', name: 'test', role: Role.reader, clearance });

describe('which events a subscriber receives', () => {
  const events = [story('clear'), story('green', { markingRank: 1 }), story('amber', { markingRank: 2 }), story('red', { markingRank: 4 })];

  it('only events marked within the clearance of the identity', async () => {
    expect(await received(reader(Tlp.GREEN), events)).toEqual(['clear', 'green']);
    expect(await received(reader(Tlp.CLEAR), events)).toEqual(['clear']);
    expect(await received(reader(Tlp.RED), events)).toEqual(['clear', 'green', 'amber', 'red']);
  });

  it('all filter countries, any filter topic by id or name', async () => {
    const mixed = [story('mx-ru'), story('mx', { countries: ['MX'] }), story('other-topic', { topics: [{ id: 'topic:energy', name: 'Energy' }] })];
    expect(await received(reader(), mixed, { filter: { countries: ['RU', 'MX'] } })).toEqual(['mx-ru', 'other-topic']);
    expect(await received(reader(), mixed, { filter: { topics: ['ENERGY', 'topic:none'] } })).toEqual(['other-topic']);
    expect(await received(reader(), mixed, { filter: { topics: ['topic:espionage'] } })).toEqual(['mx-ru', 'mx']);
  });

  it('refuses a bad filter before anything is received', async () => {
    await expect(received(reader(), events, { filter: { countries: ['Mexico'] } })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'filter.countries' })] },
    });
  });
});
