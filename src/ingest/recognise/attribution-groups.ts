/** A counted set of sources a claim is attributed to: "per nine current/former officials cited". */
export interface AttributionGroup {
  /** Canonical name: "nine current and former officials". */
  name: string;
  size: number;
  /** Character offsets of the group phrase in the text. */
  start: number;
  end: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

const COUNT = `(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** Up to five describing words ("current/former", "senior U.S.", "Mexican security"), no clause punctuation. */
const QUALIFIERS = `((?:[\\p{L}.’'\\/-]+\\s+){0,5}?)`;
const PEOPLE = '(officials|sources|people|diplomats|officers|analysts|lawmakers|experts|investigators|aides|members|residents|witnesses)';

/** Attribution only: a counted group after "per"/"according to"/"citing", or before "said"/"told". */
const LEADING = new RegExp(`\\b(?:per|according to|citing|cited by|,\\s*said)\\s+${COUNT}\\s+${QUALIFIERS}${PEOPLE}\\b`, 'giu');
const TRAILING = new RegExp(`\\b${COUNT}\\s+${QUALIFIERS}${PEOPLE}\\s+(?:said|say|says|told|confirmed)\\b`, 'giu');

function sizeOf(count: string): number {
  return /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()];
}

function canonicalName(count: string, qualifiers: string, noun: string): string {
  const words = `${count.toLowerCase()} ${qualifiers.replace(/\s*\/\s*/g, ' and ')} ${noun.toLowerCase()}`;
  return words.replace(/\s+/g, ' ').trim();
}

/** "Multiple officials" or "officials say" name no countable group: not an entity, only noise. */
export function findAttributionGroups(text: string): AttributionGroup[] {
  const groups: AttributionGroup[] = [];
  for (const pattern of [LEADING, TRAILING]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [, count, qualifiers, noun] = m;
      const start = m.index + m[0].search(new RegExp(`${count}\\b`, 'i'));
      const end = start + m[0].slice(start - m.index).search(new RegExp(`${noun}\\b`, 'i')) + noun.length;
      if (groups.some((g) => g.start === start)) continue;
      groups.push({ name: canonicalName(count, qualifiers, noun), size: sizeOf(count), start, end });
    }
  }
  return groups.sort((a, b) => a.start - b.start);
}
