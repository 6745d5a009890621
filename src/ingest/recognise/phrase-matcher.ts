import { isAcronymLike, isCapitalised, Token, tokenize } from './text-tokens';

interface PatternToken {
  key: string;
  /** Acronyms match only as written ("US", not "us"). */
  exact?: string;
  /** Proper-noun words match only capitalised ("Turkey", not "turkey"). */
  capital: boolean;
  breakBefore: boolean;
}

interface Pattern<T> {
  tokens: PatternToken[];
  value: T;
}

export interface PhraseMatch<T> {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Every value registered for the matched form (more than one when the form is ambiguous). */
  values: T[];
}

/** A gazetteer over token sequences: case rules per word, no match across punctuation the form lacks. */
export class PhraseMatcher<T> {
  private readonly byFirstKey = new Map<string, Pattern<T>[]>();

  add(form: string, value: T): void {
    const tokens = tokenize(form).map((t) => ({
      key: t.key,
      exact: isAcronymLike(t.text) ? t.bare : undefined,
      capital: isCapitalised(t),
      breakBefore: t.breakBefore,
    }));
    if (tokens.length === 0) return;
    const list = this.byFirstKey.get(tokens[0].key) ?? [];
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirstKey.set(tokens[0].key, list);
  }

  /** All matches starting at token i, longest first, values of equal forms merged. */
  matchesAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const byLength = new Map<number, T[]>();
    for (const pattern of this.byFirstKey.get(tokens[i].key) ?? []) {
      if (!this.fits(pattern.tokens, tokens, i)) continue;
      const values = byLength.get(pattern.tokens.length) ?? [];
      if (!values.includes(pattern.value)) values.push(pattern.value);
      byLength.set(pattern.tokens.length, values);
    }
    return [...byLength.entries()].sort((a, b) => b[0] - a[0]).map(([length, values]) => ({ from: i, to: i + length, values }));
  }

  /** Leftmost-longest, non-overlapping matches over tokens not excluded. */
  findAll(tokens: readonly Token[], excluded: (index: number) => boolean = () => false): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (excluded(i)) continue;
      const match = this.matchesAt(tokens, i).find((m) => !range(m.from, m.to).some(excluded));
      if (!match) continue;
      found.push(match);
      i = match.to - 1;
    }
    return found;
  }

  private fits(pattern: readonly PatternToken[], tokens: readonly Token[], start: number): boolean {
    if (start + pattern.length > tokens.length) return false;
    return pattern.every((p, j) => {
      const t = tokens[start + j];
      if (t.key !== p.key) return false;
      if (p.exact !== undefined && t.bare !== p.exact) return false;
      if (p.capital && !isCapitalised(t)) return false;
      if (j > 0 && t.breakBefore !== p.breakBefore) return false;
      // A possessive ends a name: "Mexico's City" is not "Mexico City".
      if (j < pattern.length - 1 && tokens[start + j].possessive) return false;
      return true;
    });
  }
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
