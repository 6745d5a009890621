/**
 * The one text-normalisation module: every key the service compares or builds ids from is made
 * here, from one accent fold. The keys differ on purpose (a stored id must never change, a token
 * keeps its hyphens, a topic word its dashes), so each is its own named function.
 */

/** Letters NFKD does not decompose into ASCII: "Kalın", "Ørsted", "Łódź" fold like "Kalin", "Orsted", "Lodz". */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
};
const UNDECOMPOSED = /[ıøØłŁßæÆœŒđĐðþ]/g;
const NOT_PLAIN_ASCII = /[^\x20-\x7e\t\n\r]/;

/**
 * Accents off, case kept: "López" -> "Lopez". `marks: 'combining'` drops U+0300–U+036F only (what
 * every stored id was built with); `'all'` drops every Unicode mark (running text, any script).
 */
export function foldAccents(text: string, marks: 'combining' | 'all' = 'combining'): string {
  // Most text is printable ASCII, which NFKD leaves as it is: skip the normalisation (a tenth of recognition's CPU).
  if (!NOT_PLAIN_ASCII.test(text)) return text;
  const decomposed = text.replace(UNDECOMPOSED, (c) => LETTERS[c]).normalize('NFKD');
  return marks === 'all' ? decomposed.replace(/\p{M}/gu, '') : decomposed.replace(/[\u0300-\u036f]/g, '');
}

/** Names, titles, aliases and the slugs of ids: lowercase ASCII words, "The" dropped. "The López Obrador" -> "lopez obrador". */
export function foldKey(text: string): string {
  // No dash or quote folding: the last replace turns every non-alphanumeric run into one space, typographic or not.
  return foldAccents(text)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letters and digits of a text in any script, a leading "the" not counted: what a complete slug must keep. */
export function meaningfulChars(text: string): number {
  return (
    foldAccents(text)
      .replace(/^the\s+/i, '')
      .match(/[\p{L}\p{N}]/gu) ?? []
  ).length;
}

/** A token of running text, for phrase matching: "U.S." -> "us", "López" -> "lopez", "Jong-nam" stays hyphenated. */
export function matchKey(word: string): string {
  // Lowercase first, so capitals the table lacks (Þ, Ð, ẞ) fold too.
  return foldAccents(word.toLowerCase(), 'all').replace(/\./g, '');
}

/** A word of a topic line: "U.S.–Mexico" and "US-Mexico," compare equal; so do "Relations" and "relations". */
export function topicWordKey(word: string): string {
  return foldAccents(word.toLowerCase(), 'all')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, '')
    .replace(/[,;:]+$/, '');
}
