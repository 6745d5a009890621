import 'reflect-metadata';
import { batches, dependent, footprint, Planned, writeConcurrently } from '../../../src/modules/story/story.batches';
import { buildWritePlan, WritePlan } from '../../../src/modules/story/story.plan';
import { validateStoryInput } from '../../../src/modules/story/story.service';
import { sampleStory } from '../../support/sample';

async function plan(mutate: (s: any) => void = () => undefined): Promise<WritePlan> {
  const input = sampleStory();
  mutate(input);
  return buildWritePlan(await validateStoryInput(input));
}

/** Another story (its own story and claim ids) about the same entities and sources. */
const retitled = (title: string) => (s: any) => {
  s.title = title;
  delete s.id;
  for (const c of s.claims) delete c.id;
};

describe('footprint and dependent', () => {
  it('lets two stories naming the same nodes with the same rows go concurrently once an earlier batch wrote those nodes', async () => {
    const [a, b] = [await plan(retitled('One')), await plan(retitled('Two'))];
    const [fa, fb] = [footprint([a]), footprint([b])];
    expect(dependent(fa, fb, new Set(fa.shared.keys()))).toBe(false);
    // New in this run: the first story naming a node must be the one that creates it.
    expect(dependent(fa, fb, new Set())).toBe(true);
  });

  it('orders the same story written twice', async () => {
    const a = await plan();
    expect(dependent(footprint([a]), footprint([a]), new Set(footprint([a]).shared.keys()))).toBe(true);
  });

  it('orders two stories that give one entity different rows (another alias)', async () => {
    const a = await plan(retitled('One'));
    const b = await plan((s) => {
      retitled('Two')(s);
      s.entities.find((e: any) => e.type === 'PERSON').aliases = ['AMLO'];
    });
    expect(dependent(footprint([a]), footprint([b]), new Set(footprint([a]).shared.keys()))).toBe(true);
  });

  it('orders two stories that give one source different titles or markings', async () => {
    const a = await plan(retitled('One'));
    const b = await plan((s) => {
      retitled('Two')(s);
      s.sources[0].marking = 'AMBER';
    });
    expect(dependent(footprint([a]), footprint([b]), new Set(footprint([a]).shared.keys()))).toBe(true);
  });

  it('orders a story deriving from a source that an earlier batch defines', async () => {
    const a = await plan(retitled('One'));
    const b = await plan((s) => {
      retitled('Two')(s);
      s.sources = s.sources.slice(1).map((src: any) => ({ ...src, derivedFrom: [a.sources[0].id] }));
      for (const c of s.claims) c.citations = (c.citations ?? []).filter((ct: any) => ct.source !== sampleStory().sources[0].title);
      s.basedOn = s.basedOn.filter((ref: string) => ref !== sampleStory().sources[0].title);
    });
    expect(b.externalSourceIds).toEqual([a.sources[0].id]);
    const written = new Set([...footprint([a]).shared.keys(), ...footprint([b]).shared.keys()]);
    expect(dependent(footprint([a]), footprint([b]), written)).toBe(true);
    expect(dependent(footprint([b]), footprint([a]), written)).toBe(true);
  });
});

describe('writeConcurrently', () => {
  const planned = async (titles: string[]): Promise<Planned[][]> =>
    batches(await Promise.all(titles.map(async (t, at) => ({ at, plan: await plan(t === 'same' ? undefined : retitled(t)) }))), 1);

  /** Records which batches (by their first `at`) were in flight together. */
  async function run(all: Planned[][], writers: number) {
    const running = new Set<number>();
    const overlaps: number[][] = [];
    const order: number[] = [];
    await writeConcurrently(all, writers, async (batch) => {
      const at = batch[0].at;
      running.add(at);
      overlaps.push([...running].sort());
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      running.delete(at);
      order.push(at);
    });
    return { overlaps, order };
  }

  it('keeps up to `writers` independent batches in flight', async () => {
    const { overlaps, order } = await run(await planned(['a', 'b', 'c', 'd']), 2);
    expect(Math.max(...overlaps.map((o) => o.length))).toBe(2);
    expect(order.sort()).toEqual([0, 1, 2, 3]);
  });

  it('lets a later call of the same run start concurrently on nodes an earlier call wrote', async () => {
    const written = new Set<string>();
    const first = await planned(['a', 'b']);
    const concurrent = async (all: Planned[][]) => {
      let running = 0;
      let most = 0;
      await writeConcurrently(
        all,
        2,
        async () => {
          most = Math.max(most, ++running);
          await new Promise((resolve) => setImmediate(resolve));
          running -= 1;
        },
        written,
      );
      return most;
    };
    // New nodes: the second batch waits for the first, which creates them.
    expect(await concurrent(first)).toBe(1);
    expect(await concurrent(await planned(['c', 'd']))).toBe(2);
  });

  it('writes one batch at a time with one writer', async () => {
    const { overlaps, order } = await run(await planned(['a', 'b', 'c']), 1);
    expect(overlaps.every((o) => o.length === 1)).toBe(true);
    expect(order).toEqual([0, 1, 2]);
  });

  it('waits for an earlier batch writing the same story before starting a later one', async () => {
    // Batches 0 and 2 hold the same story: 2 may not start before 0 is done.
    const all = await planned(['same', 'b', 'same', 'd']);
    const { overlaps, order } = await run(all, 4);
    expect(overlaps.some((o) => o.includes(0) && o.includes(2))).toBe(false);
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(2));
  });

  it('stops starting batches after an unexpected failure and throws it once the others settled', async () => {
    const all = await planned(['a', 'b', 'c', 'd']);
    const started: number[] = [];
    await expect(
      writeConcurrently(all, 2, async (batch) => {
        started.push(batch[0].at);
        await new Promise((resolve) => setImmediate(resolve));
        if (batch[0].at === 0) throw new Error('Neo4j went away');
      }),
    ).rejects.toThrow('Neo4j went away');
    expect(started[0]).toBe(0);
    expect(started).not.toContain(2);
    expect(started).not.toContain(3);
  });
});
