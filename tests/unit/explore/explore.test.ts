import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Executor } from '../../../src/db/executor';
import { CoMentionsArgs, NeighborhoodArgs, PathsArgs } from '../../../src/modules/explore/explore.args';
import { boundedInt, ExploreRepository } from '../../../src/modules/explore/explore.repository';

const failing = async (cls: new () => object, plain: object) => (await validate(plainToInstance(cls, plain))).map((e) => e.property);

function recordingExecutor() {
  const calls: { cypher: string; params: Record<string, unknown> }[] = [];
  const executor = { read: async (cypher: string, params: Record<string, unknown>) => (calls.push({ cypher, params }), []) } as unknown as Executor;
  return { executor, calls };
}

describe('exploration caps', () => {
  it('defaults to depth 1, limit 50, maxHops 4 and refuses values past the caps', async () => {
    expect(plainToInstance(NeighborhoodArgs, { id: 'country:MX' })).toMatchObject({ depth: 1, limit: 50 });
    expect(plainToInstance(PathsArgs, { fromId: 'a', toId: 'b' }).maxHops).toBe(4);
    expect(await failing(NeighborhoodArgs, { id: 'x', depth: 3, limit: 500 })).toEqual([]);
    expect(await failing(NeighborhoodArgs, { id: 'x', depth: 4, limit: 501 })).toEqual(['depth', 'limit']);
    expect(await failing(NeighborhoodArgs, { id: 'x', depth: 0 })).toEqual(['depth']);
    expect(await failing(PathsArgs, { fromId: 'a', toId: 'b', maxHops: 7 })).toEqual(['maxHops']);
    expect(await failing(CoMentionsArgs, { entityId: 'a', limit: 101 })).toEqual(['limit']);
  });

  it('boundedInt lets only small integers into Cypher text', () => {
    expect(boundedInt(3, 1, 3)).toBe(3);
    for (const bad of [0, 4, 2.5, NaN]) expect(() => boundedInt(bad, 1, 3)).toThrow(RangeError);
  });
});

describe('exploration Cypher', () => {
  it('puts the validated depth into the pattern bounds and every value into parameters', async () => {
    const { executor, calls } = recordingExecutor();
    await new ExploreRepository(executor).neighborhood('country:MX', 2, 10, 3).catch(() => undefined);
    expect(calls[0].cypher).toContain(']-{1,2}(x)');
    expect(calls[0].cypher).not.toContain('country:MX');
    expect(calls[0].params).toEqual({ id: 'country:MX', limit: 10 });
    await expect(new ExploreRepository(executor).neighborhood('x', 9, 10, 3)).rejects.toThrow(RangeError);
  });

  it('uses allShortestPaths bounded by maxHops', async () => {
    const { executor, calls } = recordingExecutor();
    await new ExploreRepository(executor).paths('agency:us-cia', 'person:x', 5, 6).catch(() => undefined);
    expect(calls[0].cypher).toMatch(/allShortestPaths\(\(a\)-\[:[A-Z_|]+\*\.\.5\]-\(b\)\)/);
    expect(calls[0].params).toEqual({ fromId: 'agency:us-cia', toId: 'person:x' });
  });
});
