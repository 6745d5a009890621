import { decodeCursor, encodeCursor, toConnection } from '../../../src/modules/shared/connection';

describe('connections', () => {
  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(['2025-01-02', 'story:x', 3, 'claim:y']))).toEqual(['2025-01-02', 'story:x', 3, 'claim:y']);
    expect(decodeCursor(undefined)).toBeNull();
    expect(() => decodeCursor('bogus')).toThrow(/not a cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/not a cursor/);
    // An offset beyond 2^31 used to reach Neo4j and fail there; an unsafe integer is no cursor at all.
    expect(() => decodeCursor(Buffer.from(JSON.stringify([2 ** 60])).toString('base64url'))).toThrow(/not a cursor/);
  });

  it('computes page info and counts only when the total is asked for', async () => {
    let counted = 0;
    const c = toConnection({
      nodes: ['c', 'd'],
      keys: [['c'], ['d']],
      hasNextPage: true,
      hasPreviousPage: true,
      totalCount: async () => {
        counted += 1;
        return 5;
      },
    });
    expect(c.edges.map((e) => e.node)).toEqual(['c', 'd']);
    // Cursors are getters (encoded only when selected): read them as a client's field selection does.
    const { hasNextPage, hasPreviousPage, startCursor, endCursor } = c.pageInfo;
    expect({ hasNextPage, hasPreviousPage, startCursor, endCursor }).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(['c']),
      endCursor: encodeCursor(['d']),
    });
    expect(c.edges.map((e) => e.cursor)).toEqual([encodeCursor(['c']), encodeCursor(['d'])]);
    expect(counted).toBe(0);
    await expect(c.totalCount).resolves.toBe(5);
    expect(counted).toBe(1);
    expect(toConnection({ nodes: [], keys: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 }).pageInfo.endCursor).toBeNull();
  });
});
