/**
 * `compute` remembered for the last `kept` distinct keys, forgotten all at once when full: for hot
 * paths that see the same strings again and again (one card's texts, the words of every card),
 * where an LRU's bookkeeping would cost more than a rare recomputation.
 */
export function boundedMemo<V>(compute: (key: string) => V, kept: number): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= kept) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}
