/** Seeded randomness for the graph generator: the same seed gives the same graph on every machine. */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
}

/** mulberry32: small, fast, good enough for test data. */
export function seeded(seed: number): Random {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

/**
 * Zipf-like draws over a ranked list: rank r has weight 1/(r+1)^s, so with s≈1 the first few
 * items (the United States, Russia, China...) take a large share, as in real news.
 */
export class Zipf<T> {
  private readonly cumulative: number[] = [];

  constructor(
    readonly items: readonly T[],
    exponent = 1,
  ) {
    let total = 0;
    for (let r = 0; r < items.length; r++) this.cumulative.push((total += 1 / (r + 1) ** exponent));
  }

  draw(random: Random): T {
    const x = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }

  /** `count` distinct items (fewer when the list is shorter). */
  drawDistinct(random: Random, count: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, this.items.length) && tries < count * 20; tries++) chosen.add(this.draw(random));
    return [...chosen];
  }
}
