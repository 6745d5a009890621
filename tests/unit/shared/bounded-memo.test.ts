import { boundedMemo } from '../../../src/modules/shared/bounded-memo';

describe('boundedMemo', () => {
  it('computes a key once while it is kept, and again after the memo filled up and was forgotten', () => {
    const computed: string[] = [];
    const upper = boundedMemo((key) => (computed.push(key), key.toUpperCase()), 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C'); // full: everything forgotten, then 'c' kept
    expect(upper('a')).toBe('A');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });
});
