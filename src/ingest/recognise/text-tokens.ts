import { matchKey } from '../../modules/shared/text-fold';
import { boundedMemo } from '../../modules/shared/bounded-memo';
/** A word of running text, with what phrase matching needs to know about it. */
export interface Token {
  /** As written: "U.S.", "López". */
  readonly text: string;
  /** Folded for comparison: "us", "lopez". */
  readonly key: string;
  /** As written without dots ("US"), for case-sensitive acronyms. */
  readonly bare: string;
  readonly start: number;
  readonly end: number;
  readonly index: number;
  /** Punctuation between this token and the previous one that no name spans (",", ".", "(", "—"...). */
  readonly breakBefore: boolean;
  /** Followed by "'s" / "’s", which is skipped. */
  readonly possessive: boolean;
  /** First token of a sentence (after ". ", "! ", "? " or a line break). */
  readonly sentenceStart: boolean;
  /** Starts with a capital letter (isCapitalised reads it: recognisers ask for every word). */
  readonly capitalised: boolean;
}

/** Dotted abbreviations first, so "U.S." stays one token; "&" inside a word keeps "R&AW" whole. */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{N}]+)*/gu;
const BREAK = /[.,;:!?()[\]{}"“”«»/|—\n]/;
/** Sticky: tested at a token's end, so the rest of the text is not copied for every token. */
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/uy;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_END = /[.!?]["”’)]?\s|\n/;
/** Words that open a sentence after a lone capital and a full stop ("Plan B. The …"), so that stop ends a sentence. */
const SENTENCE_OPENING_WORDS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'he',
  'she',
  'it',
  'they',
  'we',
  'this',
  'that',
  'but',
  'and',
  'as',
  'if',
  'its',
  'his',
  'her',
]);

/** "E. Howard Hunt", "George H. W. Bush": the full stop of an initial before a capitalised word is not a break. */
function afterInitial(previous: Token | undefined, gap: string, word: string): boolean {
  return !!previous && /^\p{Lu}$/u.test(previous.text) && /^\. ?$/.test(gap) && /^\p{Lu}/u.test(word) && !SENTENCE_OPENING_WORDS.has(word.toLowerCase());
}

/** Tokens fold with the project's one text fold (src/modules/shared/text-fold.ts). */
export { matchKey };

/** Words folded lately: most words of a card recur across cards ("the", "intelligence", country names). */
const matchKeyOf = boundedMemo(matchKey, 16384);

/**
 * The words of a text. Tokens are shared by every caller that reads the same text (nobody may
 * change them: the fields are readonly), so each text is tokenised once however many recognisers read it.
 * Texts tokenised lately are kept: a card's summary and claims are read by several recognisers, names
 * again and again (a few hundred: one card's worth, not the heap).
 */
export const tokenize: (text: string) => Token[] = boundedMemo((text) => tokenizeOnce(text), 256);

function tokenizeOnce(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    POSSESSIVE.lastIndex = end;
    const possessive = POSSESSIVE.test(text);
    if (possessive) WORD.lastIndex = end + 2;
    const gap = text.slice(previousEnd, start);
    const initial = afterInitial(tokens[tokens.length - 1], gap, word);
    tokens.push({
      text: word,
      key: matchKeyOf(word),
      bare: word.includes('.') ? word.replace(/\./g, '') : word,
      start,
      end,
      index: tokens.length,
      breakBefore: tokens.length > 0 && !initial && BREAK.test(gap),
      possessive,
      sentenceStart: tokens.length === 0 || (!initial && SENTENCE_END.test(gap)),
      capitalised: CAPITALISED.test(word),
    });
    previousEnd = possessive ? end + 2 : end;
  }
  return tokens;
}

export function isCapitalised(token: Token): boolean {
  return token.capitalised;
}

/** Acronym-like spellings ("CIA", "MI6", "BfV", "U.S.") must match case-sensitively: "US" is not "us". */
export function isAcronymLike(word: string): boolean {
  const bare = word.replace(/\./g, '');
  const upper = (bare.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 || (upper === 1 && (bare.length === 1 || /\d/.test(bare)));
}

/** A name's words folded and joined ("Office for the Protection"): how forms of one name compare. */
export function formKey(form: string): string {
  return tokenize(form)
    .map((t) => t.key)
    .join(' ');
}

/** The first token of the sentence holding token i. */
export function sentenceStartOf(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !tokens[k].sentenceStart) k--;
  return k;
}

/** The first token of the next sentence after i (or the end). */
export function sentenceEndOf(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && !tokens[k].sentenceStart) k++;
  return k;
}

/**
 * Whether the sentence holding tokens from..to (exclusive) has one of the words or holds one of the spans (known
 * agencies): what puts a "Branch 251" or "the G-2" in a sentence about a service, and a road's "A2" not.
 */
export function inServiceSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
  spans: readonly { from: number; to: number }[] = [],
): boolean {
  const start = sentenceStartOf(tokens, from);
  const end = sentenceEndOf(tokens, to);
  return spans.some((s) => s.from >= start && s.to <= end) || tokens.slice(start, end).some((t) => words.has(t.key));
}

/** Text between two tokens, e.g. to rebuild a name as written ("Anwaar-ul-Haq Kakar"). */
export function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s{2,}/g, ' ');
}

/** A quoted nickname between two name words: 'Enrique "Kiki" Camarena', 'Ronald "Bato" dela Rosa'. */
const NICKNAME = /(?<=\p{Lu}[\p{L}\p{M}.'’-]*)(\s+["“]\p{Lu}[^"“”\n]{0,24}["”])(?=\s+\p{L})/gu;

/** The text with quoted nicknames inside names blanked (same length, so offsets hold): the name reads as one run. */
export function withoutNicknames(text: string): string {
  // Most texts quote nothing: skip the lookbehind scan.
  if (!/["“]/.test(text)) return text;
  return text.replace(NICKNAME, (nickname) => ' '.repeat(nickname.length));
}
