/** A cited document as a card writes it: "Title — Publisher". */
export interface SourceLine {
  title: string;
  publisher: string;
}

/** Strongest separator first; en dashes and hyphens only with spaces ("U.S.–Mexico" is not a separator). */
const SEPARATORS = [/\s*[—―]\s*/g, /\s+[–‒]\s+/g, /\s+[-‑‐]\s+/g];
const BULLET = /^\s*(?:[•‣◦▪●·]\s*|[-*–—]\s+)/;
const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/**
 * A publisher is a name ("NBC News", "gob.mx"), not the tail of a sentence. After an em dash, the
 * cards' own separator, official names may run long ("Office of the UN High Commissioner for Human
 * Rights"); after a spaced en dash or hyphen, which sentences use too, only short names count.
 */
const PUBLISHER_LIMITS = [
  { chars: 140, words: 16 },
  { chars: 80, words: 8 },
  { chars: 80, words: 8 },
];

function isPublisherLike(text: string, limit: { chars: number; words: number }): boolean {
  if (text.length === 0 || text.length > limit.chars || text.split(/\s+/).length > limit.words) return false;
  return DOMAIN.test(text) || !/[.!?;:,]$/.test(text);
}

function lastSplit(text: string, separator: RegExp, limit: { chars: number; words: number }): SourceLine | undefined {
  const matches = [...text.matchAll(separator)];
  const last = matches[matches.length - 1];
  if (!last || last.index === undefined) return undefined;
  const title = text.slice(0, last.index).trim();
  const publisher = text.slice(last.index + last[0].length).trim();
  return title && isPublisherLike(publisher, limit) ? { title, publisher } : undefined;
}

/** "Why is Mexico Offering Russia a Safe Haven for Its Spies? — SpyTalk" → title and publisher; undefined if the line is not one. */
export function parseSourceLine(line: string): SourceLine | undefined {
  const text = stripBullet(line);
  for (const [i, separator] of SEPARATORS.entries()) {
    const parsed = lastSplit(text, separator, PUBLISHER_LIMITS[i]);
    if (parsed) return parsed;
  }
  return undefined;
}
