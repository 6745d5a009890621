import neo4j from 'neo4j-driver';
import { recordToPlain, toPlain } from '../../../src/db/convert';

describe('driver values to plain JS', () => {
  it('converts integers, temporals and nested maps and lists, and leaves plain values alone', () => {
    const value = {
      n: neo4j.int(42),
      day: new neo4j.types.Date(2025, 1, 2),
      at: new neo4j.types.DateTime(2025, 1, 2, 3, 4, 5, 0, 0),
      nested: [{ count: neo4j.int(3), tags: ['a', 'b'], none: null }],
      text: 'Russia',
      flag: true,
      ratio: 0.5,
    };
    expect(toPlain(value)).toEqual({
      n: 42,
      day: '2025-01-02',
      at: '2025-01-02T03:04:05.000Z',
      nested: [{ count: 3, tags: ['a', 'b'], none: null }],
      text: 'Russia',
      flag: true,
      ratio: 0.5,
    });
  });

  it('turns nodes into their properties and undefined into null', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Story'], { id: 'story:x', claims: neo4j.int(2) });
    expect(toPlain(node)).toEqual({ id: 'story:x', claims: 2 });
    expect(toPlain(undefined)).toBeNull();
  });

  it('refuses an integer outside the JS safe range instead of rounding it', () => {
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(RangeError);
  });

  it('converts a record column by column', () => {
    const record = { keys: ['a', 'b'], get: (k: PropertyKey) => (k === 'a' ? neo4j.int(1) : [neo4j.int(2)]) };
    expect(recordToPlain(record)).toEqual({ a: 1, b: [2] });
  });
});
