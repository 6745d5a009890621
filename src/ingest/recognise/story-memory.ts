import { EntityType } from '../../modules/shared/enums';
import type { EntityMention } from './entity-mention';
import { GENERATIONS } from './name-cue-words';
import { isCapitalised, Token, tokenize } from './text-tokens';

/**
 * What the texts of one story taught about names, so a later text reads them the same way:
 * "Munir" after "Munir Said Thalib" is that man (not the Pakistani general of the same name),
 * "UC Global" stays the firm it was first seen as, and a surname used alone somewhere in the story
 * ("Soleimani, whose name…") is evidence that the full name elsewhere ("Qasem Soleimani") is a person.
 */
export class StoryMemory {
  private readonly people: EntityMention[] = [];
  private readonly byName = new Map<string, EntityMention>();
  readonly loneWords: ReadonlySet<string>;
  /** Names seen to be places ("Ain al-Asad air base"), never people later. */
  readonly places = new Set<string>();

  /** texts: every text of the story whose entities are recognised (summary, facts, data points). */
  constructor(texts: readonly string[] = []) {
    this.loneWords = loneCapitalisedWords(texts);
  }

  remember(mention: EntityMention): void {
    const name = mention.entity.name;
    if (!name || mention.entity.type === EntityType.COUNTRY) return;
    if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), mention);
    if (mention.entity.type === EntityType.PERSON && !this.people.some((p) => p.id === mention.id)) this.people.push(mention);
  }

  /** An agency of the country read in this story under one of these names or aliases ("Iraqi Intelligence Service"). */
  agencyCalled(countryCode: string, names: readonly string[]): EntityMention | undefined {
    const keys = new Set(names.map(nameKey));
    return [...this.byName.values()].find(
      (m) =>
        m.entity.type === EntityType.AGENCY &&
        m.entity.countryCode === countryCode &&
        [m.entity.name ?? '', ...(m.entity.aliases ?? [])].some((n) => keys.has(nameKey(n))),
    );
  }

  /** An agency of the country the story named with this last word ("the Greek Gendarmerie" for "gendarmerie"), if exactly one. */
  agencyEndingWith(countryCode: string, word: string): EntityMention | undefined {
    const found = [...this.byName.values()].filter(
      (m) => m.entity.type === EntityType.AGENCY && m.entity.countryCode === countryCode && (m.entity.name ?? '').toLowerCase().split(/\s+/).at(-1) === word,
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /** The countries of the agencies read so far in this story. */
  agencyCountries(counts: (m: EntityMention) => boolean = () => true): Set<string> {
    return new Set(
      [...this.byName.values()].flatMap((m) => (m.entity.type === EntityType.AGENCY && m.entity.countryCode && counts(m) ? [m.entity.countryCode] : [])),
    );
  }

  /** Whether a body read so far has these initials: "AFP" after "the Australian Federal Police" is that police force. */
  hasBodyWithInitials(acronym: string): boolean {
    return [...this.byName.values()].some(
      (m) =>
        m.entity.type !== EntityType.PERSON &&
        (m.entity.name ?? '')
          .split(/\s+/)
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0])
          .join('') === acronym,
    );
  }

  /** The people the story named so far, each once, in order. */
  peopleSoFar(): readonly EntityMention[] {
    return this.people;
  }

  /** The person the story named first (its subject, as a rule). */
  firstPerson(): EntityMention | undefined {
    return this.people[0];
  }

  /** The entity a name was first read as in this story. */
  named(name: string): EntityMention | undefined {
    return this.byName.get(nameKey(name));
  }

  /** A person of the story whose name holds these words in order ("Fernández de Kirchner"), if exactly one. */
  personContaining(words: readonly string[]): EntityMention | undefined {
    // Spellings that differ only in spaces or hyphens match too: "Al-Jabri" is "Aljabri".
    const compact = words.join('');
    const holds = (name: string) => {
      const all = nameWords(name);
      // "Michal Kováč" beside "Michal Kováč Jr.": the name without the generation is the father (or the son), another person.
      if (words.length >= 2 && GENERATIONS.has(all[all.length - 1]) && !GENERATIONS.has(words[words.length - 1]) && all.length === words.length + 1)
        return false;
      // "Mohammed bin Rashid Al Maktoum" inside "Latifa bint Mohammed bin Rashid Al Maktoum" is her father, not her.
      return all.some(
        (_, i) =>
          !PATRONYMIC.has(all[i - 1] ?? '') &&
          (words.every((w, j) => all[i + j] === w) || all.slice(i).some((__, k) => all.slice(i, i + k + 1).join('') === compact)),
      );
    };
    const matches = this.people.filter((p) => [p.entity.name ?? '', ...(p.entity.aliases ?? [])].some(holds));
    if (matches.length <= 1) return matches[0];
    // "Ben Barka" after "Mehdi Ben Barka" and his son "Bachir Ben Barka": a surname alone is the person named first (the story's subject).
    const surnameOf = matches.filter(
      (p) =>
        nameWords(p.entity.name ?? '')
          .slice(-words.length)
          .join(' ') === words.join(' '),
    );
    return surnameOf.length === matches.length ? matches[0] : undefined;
  }

  /** A person of the story whose name is another spelling of this one, word by word ("Aleksei Navalny", "Moammar Gadhafi"), if exactly one. */
  personSpelledLike(words: readonly string[]): EntityMention | undefined {
    const matches = this.people.filter((p) => [p.entity.name ?? '', ...(p.entity.aliases ?? [])].some((n) => sameSpokenName(nameWords(n), words)));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** A person of the story one of whose name words is this word ("Munir", "Contreras"), if exactly one. */
  personByWord(word: string): EntityMention | undefined {
    const key = nameKey(word);
    const matches = this.people.filter((p) => [p.entity.name ?? '', ...(p.entity.aliases ?? [])].some((n) => nameWords(n).includes(key)));
    return matches.length === 1 ? matches[0] : undefined;
  }
}

/** Words after which a name is the father's: "bin Rashid", "bint Mohammed". */
const PATRONYMIC = new Set(['bin', 'bint', 'ibn', 'ben', 'ould']);

function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}

/** Words of a name as compared ("Fernández de Kirchner" → fernandez de kirchner). */
export function nameWords(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

/**
 * Transliteration variants and the two name orders: as many words, each the same or one letter away (two for long words), with
 * the same first letter and at least one word longer than three letters changed at most this much.
 */
function sameSpokenName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a.join(' ') === b.join(' ')) return false;
  // "Yanjun Xu" is "Xu Yanjun" in Western order (Chinese, Korean, Hungarian names put the family name first).
  if (a.length === 2 && a[0] === b[1] && a[1] === b[0]) return true;
  return a.every((w, i) => {
    const [x, y] = [spoken(w), spoken(b[i])];
    return x === y || (x.length >= 4 && x[0] === y[0] && editDistance(x, y) <= (x.length >= 8 ? 2 : 1));
  });
}

/** Romanisations that spell one sound two ways: "Aleksei"/"Alexei", "Yuri"/"Iouri", "Philip"/"Filip". */
function spoken(word: string): string {
  return word.replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/ou/g, 'u').replace(/y/g, 'i');
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Capitalised words standing alone (no capitalised neighbour) somewhere in the story: "Soleimani, whose…". */
function loneCapitalisedWords(texts: readonly string[]): Set<string> {
  const lone = new Set<string>();
  for (const text of texts) {
    const tokens: Token[] = tokenize(text);
    tokens.forEach((t, i) => {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const joinedBefore = before && !t.breakBefore && isCapitalised(before) && !before.possessive;
      const joinedAfter = after && !after.breakBefore && isCapitalised(after) && !t.possessive;
      if (isCapitalised(t) && !joinedBefore && !joinedAfter && t.key.length > 2 && !/^\p{Lu}+$/u.test(t.bare)) lone.add(t.key);
    });
  }
  return lone;
}
