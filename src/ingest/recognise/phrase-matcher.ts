import { isAcronymLike, isCapitalised, Token, tokenize } from './text-tokens';

interface PatternToken {
  key: string;
  /** Acronyms match only as written ("US", not "us"). */
  exact?: string;
  /** Proper-noun words match only capitalised ("Turkey", not "turkey"). */
  capital: boolean;
  breakBefore: boolean;
  /** Written with "'s" ("Sheriff's Office"): the text's word must have it too. */
  possessive: boolean;
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
  /**
   * Patterns by their first word, then those of two or more words by their second ("national" → "security"), each list
   * longest first (forms of one length in the order they were added): a word such as "national" starts 200 agency
   * names, and only those with the next word are tried. Two map lookups per token, no key string built per lookup.
   */
  private readonly byLead = new Map<string, Lead<T>>();

  add(form: string, value: T): void {
    const tokens = tokenize(form).map((t) => ({
      key: t.key,
      exact: isAcronymLike(t.text) ? t.bare : undefined,
      capital: isCapitalised(t),
      breakBefore: t.breakBefore,
      possessive: t.possessive,
    }));
    if (tokens.length === 0) return;
    let lead = this.byLead.get(tokens[0].key);
    if (!lead) this.byLead.set(tokens[0].key, (lead = { alone: [], byNext: new Map() }));
    let list = lead.alone;
    if (tokens.length > 1) {
      list = lead.byNext.get(tokens[1].key) ?? [];
      lead.byNext.set(tokens[1].key, list);
    }
    let at = list.length;
    while (at > 0 && list[at - 1].tokens.length < tokens.length) at--;
    list.splice(at, 0, { tokens, value });
  }

  /** All matches starting at token i, longest first, values of equal forms merged. */
  matchesAt(tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (!this.byLead.has(tokens[i].key)) return found;
    for (let length = this.longestAt(tokens, i, Infinity); length > 0; length = this.longestAt(tokens, i, length)) found.push(this.matchOf(tokens, i, length));
    return found;
  }

  /** Leftmost-longest, non-overlapping matches over tokens not excluded. */
  findAll(tokens: readonly Token[], excluded: (index: number) => boolean = () => false): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!this.byLead.has(tokens[i].key) || excluded(i)) continue;
      let length = this.longestAt(tokens, i, Infinity);
      while (length > 0 && someIndex(i + 1, i + length, excluded)) length = this.longestAt(tokens, i, length);
      if (length === 0) continue;
      found.push(this.matchOf(tokens, i, length));
      i += length - 1;
    }
    return found;
  }

  /** The patterns that could start at token i, longest first: those led by its first two words, then one-word ones. */
  private candidates(tokens: readonly Token[], i: number): [readonly Pattern<T>[], readonly Pattern<T>[]] {
    const lead = this.byLead.get(tokens[i].key);
    if (!lead) return NO_CANDIDATES;
    const next = tokens[i + 1];
    return [(next && lead.byNext.get(next.key)) || NONE, lead.alone];
  }

  /** The length of the longest form shorter than `below` that fits at token i (0: none). */
  private longestAt(tokens: readonly Token[], i: number, below: number): number {
    // Called for every token that starts some form: the two lists are looked up here, not built into an array.
    const lead = this.byLead.get(tokens[i].key);
    if (!lead) return 0;
    const next = tokens[i + 1];
    const pairs = (next && lead.byNext.get(next.key)) || NONE;
    for (const pattern of pairs) if (pattern.tokens.length < below && this.fits(pattern.tokens, tokens, i)) return pattern.tokens.length;
    for (const pattern of lead.alone) if (pattern.tokens.length < below && this.fits(pattern.tokens, tokens, i)) return pattern.tokens.length;
    return 0;
  }

  /** The match of that length at token i, with the value of every form of that length that fits. */
  private matchOf(tokens: readonly Token[], i: number, length: number): PhraseMatch<T> {
    const values: T[] = [];
    for (const list of this.candidates(tokens, i)) {
      for (const pattern of list) {
        if (pattern.tokens.length === length && !values.includes(pattern.value) && this.fits(pattern.tokens, tokens, i)) values.push(pattern.value);
      }
    }
    return { from: i, to: i + length, values };
  }

  private fits(pattern: readonly PatternToken[], tokens: readonly Token[], start: number): boolean {
    if (start + pattern.length > tokens.length) return false;
    for (let j = 0; j < pattern.length; j++) {
      const p = pattern[j];
      const t = tokens[start + j];
      if (t.key !== p.key) return false;
      if (p.exact !== undefined && t.bare !== p.exact) return false;
      if (p.capital && !isCapitalised(t)) return false;
      if (j > 0 && t.breakBefore !== p.breakBefore) return false;
      // A possessive ends a name unless the name has it: "Mexico's City" is not "Mexico City", "Cook County Sheriff's Office" is one.
      if (j < pattern.length - 1 && t.possessive !== p.possessive) return false;
      if (p.possessive && !t.possessive) return false;
    }
    return true;
  }
}

/** A first word's patterns: one-word forms, and longer ones by their second word. */
interface Lead<T> {
  alone: Pattern<T>[];
  byNext: Map<string, Pattern<T>[]>;
}

const NONE: never[] = [];
const NO_CANDIDATES: [never[], never[]] = [NONE, NONE];

/** Whether any index in [from, to) is excluded. */
function someIndex(from: number, to: number, excluded: (index: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (excluded(k)) return true;
  return false;
}

export function range(from: number, to: number): number[] {
  const indices: number[] = [];
  for (let k = from; k < to; k++) indices.push(k);
  return indices;
}
