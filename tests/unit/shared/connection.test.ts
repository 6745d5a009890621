import { decodeCursor, encodeCursor, toConnection } from '../../../src/modules/shared/connection';

describe('connections', () => {
  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(undefined)).toBe(0);
    expect(() => decodeCursor('bogus')).toThrow(/not a cursor/);
  });

  it('computes page info', () => {
    const c = toConnection({ totalCount: 5, nodes: ['c', 'd'], offset: 2, first: 2 });
    expect(c.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(toConnection({ totalCount: 0, nodes: [], offset: 0, first: 10 }).pageInfo.endCursor).toBeNull();
  });
});
