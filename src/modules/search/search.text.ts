/** Plain text to Lucene, and hit snippets. No database here. */
import { foldAccents } from '../shared/text-fold';

/** Characters Lucene's query parser treats as syntax: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = /^(AND|OR|NOT|TO)$/;

/**
 * Users type plain text: every syntax character is escaped and the words AND/OR/NOT/TO lose their
 * operator meaning, so any input is a valid query whose terms are OR-ed and ranked by relevance.
 */
export function toLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (OPERATORS.test(word) ? word.toLowerCase() : word.replace(LUCENE_SPECIAL, '\\$&')))
    .join(' ');
}

/** True when the text has something to search for (a letter or a digit). */
export function hasSearchableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Lowercase, accents and letters such as ø and ł folded: what the index's standard-folding analyzer matches. */
const foldChar = (text: string) => foldAccents(text.toLowerCase());

/** Query terms as the folding analyzer sees them: lowercase, accents removed. */
export function foldedTerms(query: string): string[] {
  return [
    ...new Set(
      foldChar(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length > 1),
    ),
  ];
}

/**
 * An excerpt of at most `width` characters around the first query term found in the text
 * (case and accents ignored), with an ellipsis where the text was cut; the start of the text otherwise.
 */
export function snippet(text: string | null | undefined, query: string, width = 160): string | null {
  if (!text) return null;
  const chars = Array.from(text);
  let folded = '';
  const origin: number[] = [];
  chars.forEach((ch, i) => {
    for (const f of foldChar(ch)) {
      folded += f;
      origin.push(i);
    }
  });
  const hits = foldedTerms(query)
    .map((t) => folded.indexOf(t))
    .filter((i) => i >= 0);
  const at = hits.length ? origin[Math.min(...hits)] : 0;
  if (chars.length <= width) return text;
  let start = Math.max(0, Math.min(at - Math.floor(width / 4), chars.length - width));
  while (start > 0 && start < at && /\S/.test(chars[start - 1])) start += 1;
  const end = Math.min(chars.length, start + width);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
