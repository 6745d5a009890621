import { createFeedPubSub, SUBSCRIBER_BUFFER } from '../../../src/modules/feed/feed.pubsub';
import { ClaimsLinkedPayload } from '../../../src/modules/feed/feed.events';

const link = (n: number): ClaimsLinkedPayload => ({
  fromClaimId: `claim:${n}`,
  toClaimId: 'claim:x',
  stance: 'SUPPORTS',
  reason: 'r',
  linkedBy: null,
  linkedAt: '2025-01-01T00:00:00.000Z',
  markingRank: 0,
});

/** An EventTarget that counts its listeners, to see a subscription let go of its own. */
class CountingTarget extends EventTarget {
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners += 1;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners -= 1;
    super.removeEventListener(...args);
  }
}

describe('the feed pub/sub', () => {
  it('delivers the events of a topic in order, and only of that topic', async () => {
    const feed = createFeedPubSub();
    const links = feed.subscribe('claimsLinked')[Symbol.asyncIterator]();
    const first = links.next();
    feed.publish('storyIngested', { storyId: 'story:a' } as never);
    feed.publish('claimsLinked', link(1));
    feed.publish('claimsLinked', link(2));
    expect((await first).value.fromClaimId).toBe('claim:1');
    expect((await links.next()).value.fromClaimId).toBe('claim:2');
  });

  it('keeps the newest events for a subscriber that stops reading, instead of failing the publisher', async () => {
    const feed = createFeedPubSub();
    const slow = feed.subscribe('claimsLinked')[Symbol.asyncIterator]();
    const first = slow.next();
    for (let n = 1; n <= 2000; n++) feed.publish('claimsLinked', link(n));
    expect((await first).value.fromClaimId).toBe('claim:1');
    expect((await slow.next()).value.fromClaimId).toBe(`claim:${2000 - SUBSCRIBER_BUFFER + 1}`);
  });

  it('removes its listener when the subscriber completes', async () => {
    const target = new CountingTarget();
    const feed = createFeedPubSub(target);
    const links = feed.subscribe('claimsLinked')[Symbol.asyncIterator]();
    const pending = links.next();
    expect(target.listeners).toBe(1);
    await links.return!();
    await pending;
    expect(target.listeners).toBe(0);
  });
});
