/**
 * A nickname in single quotes between two name words: "João Bernardo 'Nino' Vieira", "Charles ‘Chuck’ Yeager".
 * The quote must stand apart from the words around it, so apostrophes inside names ("Kata'ib", "Sing'oei") never match.
 */
const SINGLE_QUOTED_NICKNAME = /(?<=\p{Lu}[\p{L}\p{M}.-]*)(\s+['‘]\p{Lu}[^'‘’\n]{0,24}['’])(?=\s+\p{Lu})/gu;

const QUOTE_OPENING_A_NAME = /\s['‘]\p{Lu}/u;

/** The text with single-quoted nicknames inside names blanked (same length, so offsets hold), as withoutNicknames does for double quotes. */
export function withoutSingleQuotedNicknames(text: string): string {
  // The pattern's look-behind is tried at every character, and most quotes are apostrophes ("Russia's"): a text without a
  // quote between a space and a capital holds no nickname, and is not scanned.
  if (!QUOTE_OPENING_A_NAME.test(text)) return text;
  return text.replace(SINGLE_QUOTED_NICKNAME, (nickname) => ' '.repeat(nickname.length));
}
