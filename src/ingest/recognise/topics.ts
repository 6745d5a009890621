import { topicWordKey } from '../../modules/shared/text-fold';
import { COUNTRY_FORMS } from './country-forms';
import type { TopicsReference } from './reference-data';
import { tokenize } from './text-tokens';

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
const CONNECTORS = new Set(['and', 'of', 'the', 'in', 'on', 'for', '&', 'vs', 'with', 'to', 'at']);

function isCountry(text: string, by?: 'name' | 'demonym'): boolean {
  const tokens = tokenize(text);
  return (
    tokens.length > 0 && COUNTRY_FORMS.matchesAt(tokens, 0).some((m) => m.to === tokens.length && m.values.some((v) => 'code' in v && (!by || v.via === by)))
  );
}

/** The longest country name (not a demonym) opening at this word, in words: 2 for "United States", 0 for none. */
function countryNameLength(words: readonly string[], i: number): number {
  for (let n = Math.min(5, words.length - i); n > 0; n--) if (/^\p{Lu}/u.test(words[i]) && isCountry(words.slice(i, i + n).join(' '), 'name')) return n;
  return 0;
}

/** "China–Taiwan", "U.S.–Mexico": a country pair opens a topic. */
function isCountryPair(word: string): boolean {
  const parts = word.split(/[\u2010-\u2015\u2212-]/);
  return parts.length >= 2 && isCountry(parts[0]) && parts.every((p) => /^\p{Lu}/u.test(p));
}

function isCapitalisedWord(word: string | undefined): boolean {
  return !!word && /^[\p{Lu}\p{N}]/u.test(word) && !CONNECTORS.has(word.toLowerCase());
}

/** Nouns by their ending, so unknown topics split too: "Assassinations", "Surveillance", "Spyware", "Freedom". */
const NOUN_ENDING = /(?:[^sui]s|ism|ity|ion|ence|ance|ment|ship|ware|dom|ogy|acy)$/;
const PLURAL = /[^sui]s$/;
/**
 * Nouns of an action that take the noun before them as its object: "Law Enforcement", "Border Management". Not -ion,
 * -ence or -ity nouns: after a head noun they open topics ("Financial Crime Corruption", "Illegal Surveillance Intelligence
 * Oversight"), and taking them too lost three labelled lines and won none.
 */
const ACTION_OF_OBJECT = /ment$/;
/** Heads that end a topic even before a plural ("Intelligence History Defectors"; "Security Services" goes on). */
const CLOSED_HEADS = new Set(['history', 'oversight', 'relations', 'tensions', 'affairs', 'cooperation', 'politics', 'unrest', 'intrigue']);
/** Adjectives of a people by their ending: "European", "Mexican", "Asian". */
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ean|ian|can)$/u;

/**
 * Does a topic end after this word? After a listed head noun, unless a plural or a noun of an action on it continues it
 * ("Security Services", "Law Enforcement"); after a noun known only by its ending, unless another noun continues it
 * ("Intelligence Reform", "Election Interference").
 */
function endsTopic(word: string, next: string | undefined, heads: ReadonlySet<string>): boolean {
  if (!isCapitalisedWord(next) || !next) return false;
  const key = topicWordKey(word);
  const nextKey = topicWordKey(next);
  if (heads.has(key)) return CLOSED_HEADS.has(key) || !(PLURAL.test(nextKey) || ACTION_OF_OBJECT.test(nextKey));
  return NOUN_ENDING.test(key) && !heads.has(nextKey) && !NOUN_ENDING.test(nextKey);
}

/** A head noun, or a noun by its ending ("Abductions", "Corruption"). */
function nounShaped(word: string, heads: ReadonlySet<string>): boolean {
  const key = topicWordKey(word);
  return heads.has(key) || NOUN_ENDING.test(key);
}

/** Words in an operation's code name at most: "Operation Just Cause", "Operation Iraqi Freedom". */
const MAX_CODE_NAME_WORDS = 3;

/**
 * Where the code name opening at `from` ends: it runs over capitalised words until another topic starts (a country, a known
 * topic) or a noun by its ending that is no head noun ("Operation Car Wash Corruption"); a head noun is its last word
 * ("Operation Enduring Freedom"), and its first word is always its own ("Operation Condor").
 */
function codeNameEnd(
  words: readonly string[],
  keys: readonly string[],
  from: number,
  heads: ReadonlySet<string>,
  topicStartsAt: (k: number) => boolean,
): number {
  let end = from + 1;
  if (heads.has(keys[from])) return end;
  while (end < words.length && end - from < MAX_CODE_NAME_WORDS && isCapitalisedWord(words[end]) && !topicStartsAt(end)) {
    if (heads.has(keys[end])) return end + 1;
    if (NOUN_ENDING.test(keys[end])) break;
    end++;
  }
  return end;
}

interface PreparedTopics {
  known: Array<{ topic: string; keys: string[] }>;
  heads: ReadonlySet<string>;
}

const PREPARED = new WeakMap<TopicsReference, PreparedTopics>();

/** Known topics longest first and head nouns, folded once per reference rather than once per card. */
function prepared(reference: TopicsReference): PreparedTopics {
  let value = PREPARED.get(reference);
  if (!value) {
    value = {
      known: reference.topics.map((t) => ({ topic: t, keys: t.split(/\s+/).map(topicWordKey) })).sort((a, b) => b.keys.length - a.keys.length),
      heads: new Set(reference.headNouns.map(topicWordKey)),
    };
    PREPARED.set(reference, value);
  }
  return value;
}

/**
 * Splits a card's topic line ("Intelligence and Espionage U.S.–Mexico Relations") into topics.
 * 1. Separators (",", ";", "|", "•", "·") split first.
 * 2. Known topics (seeds/reference/topics.json) match longest-first and come out in their reference spelling.
 * 3. The rest is cut after a head noun ("Relations", "War", "Espionage"…, or a noun by its ending:
 *    "Assassinations", "Surveillance") followed by a capitalised word that does not continue the
 *    phrase, and before a country pair ("China–Taiwan"): topics are title-cased noun phrases that
 *    end in such a noun, and connectors ("and", "of") never end one.
 */
export function splitTopics(line: string | undefined, reference: TopicsReference): string[] {
  if (!line) return [];
  const { known, heads } = prepared(reference);
  const topics: string[] = [];

  for (const part of line.split(/\s*[,;|•·]\s*/)) {
    const words = part.split(/\s+/).filter(Boolean);
    const wordKeys = words.map(topicWordKey);
    let buffer: string[] = [];
    const partStart = topics.length;
    const flush = () => {
      const last = topics[topics.length - 1];
      // "Military Rule", "Security Vetting": a lone word that is no noun by its shape ends the one-word topic before it (not a plural: "Mercenaries", "Pacific").
      if (
        buffer.length === 1 &&
        topics.length > partStart &&
        !/\s/.test(last) &&
        !PLURAL.test(topicWordKey(last)) &&
        !isCountry(last) &&
        !isCountry(buffer[0]) &&
        !nounShaped(buffer[0], heads)
      )
        topics[topics.length - 1] = `${last} ${buffer[0]}`;
      else if (buffer.length > 0) topics.push(buffer.join(' '));
      buffer = [];
    };
    /** The known topic whose words open at word k, if any. */
    const knownAt = (k: number) => known.find((t) => t.keys.every((key, j) => wordKeys[k + j] === key));
    const topicStartsAt = (k: number) => k >= words.length || countryNameLength(words, k) > 0 || isCountryPair(words[k]) || !!knownAt(k);
    // "Latin American": the word before a people's adjective opens the two-word place the adjective comes from ("Latin America").
    const opensPlaceOf = (previous: string, adjectiveKey: string) =>
      known.some((k) => k.keys.length === 2 && k.keys[0] === topicWordKey(previous) && adjectiveKey.startsWith(k.keys[1]));
    for (let i = 0; i < words.length;) {
      // "Judiciary Djibouti France", "Policing New Zealand": a country's name is a topic of its own, unless a phrase it
      // modifies follows ("Malaysia Politics", "Sudan Civil War"), which then opens with it.
      const country = countryNameLength(words, i);
      const previousWord = buffer[buffer.length - 1];
      if (country > 0 && !(previousWord && CONNECTORS.has(previousWord.toLowerCase()))) {
        // "Northern Ireland": a compass word before the country is part of the place.
        const region = !!previousWord && buffer.length === 1 && COMPASS.has(topicWordKey(previousWord)) ? buffer.splice(0) : [];
        flush();
        buffer.push(...region);
        const next = i + country;
        const modifies = next < words.length && countryNameLength(words, next) === 0 && !knownAt(next);
        buffer.push(...words.slice(i, next));
        if (!modifies) flush();
        i = next;
        continue;
      }
      // "Operation Condor", "Operation Desert Storm", "Operation Iraqi Freedom": a code name goes with its operation.
      if (topicWordKey(words[i]) === 'operation' && isCapitalisedWord(words[i + 1]) && countryNameLength(words, i + 1) === 0) {
        flush();
        const end = codeNameEnd(words, wordKeys, i + 1, heads, topicStartsAt);
        topics.push(words.slice(i, end).join(' '));
        i = end;
        continue;
      }
      const match = knownAt(i);
      // "Military Operations", "Caribbean Security": a known topic that a head noun continues is part of a longer one.
      const after = match ? words[i + match.keys.length] : undefined;
      const continued = !!after && heads.has(topicWordKey(after)) && !known.some((k) => k.keys[0] === topicWordKey(after)) && !isCountryPair(after);
      // "Domestic Terrorism", "Hostage Diplomacy": a modifier before a known topic belongs to it.
      const modifier = buffer.length > 0 && !heads.has(topicWordKey(buffer[buffer.length - 1])) && !NOUN_ENDING.test(topicWordKey(buffer[buffer.length - 1]));
      if (match && modifier && !isCountryPair(words[i])) {
        buffer.push(...words.slice(i, i + match.keys.length));
        i += match.keys.length;
        if (endsTopic(buffer[buffer.length - 1], words[i], heads) || !words[i]) flush();
        continue;
      }
      if (match && !continued) {
        flush();
        topics.push(match.topic);
        i += match.keys.length;
        continue;
      }
      const previous = buffer[buffer.length - 1];
      if (previous && isCountryPair(words[i]) && !CONNECTORS.has(previous.toLowerCase())) flush();
      // "Sabotage European Security": a people's adjective before a head noun opens a topic ("Latin American", "South Asian" stay whole).
      const peoples = PEOPLE_ADJECTIVE.test(words[i]) || isCountry(words[i], 'demonym');
      if (
        previous &&
        peoples &&
        heads.has(wordKeys[i + 1] ?? '') &&
        !CONNECTORS.has(previous.toLowerCase()) &&
        !COMPASS.has(topicWordKey(previous)) &&
        !opensPlaceOf(previous, wordKeys[i])
      )
        flush();
      buffer.push(words[i]);
      // "Defectors Intelligence History": after a complete noun, a modifier and a head noun closing the line are the next topic.
      const headedPair =
        nounShaped(words[i], heads) &&
        isCapitalisedWord(words[i + 1]) &&
        !heads.has(wordKeys[i + 1]) &&
        !PLURAL.test(wordKeys[i + 1]) &&
        heads.has(wordKeys[i + 2] ?? '') &&
        topicStartsAt(i + 3) &&
        countryNameLength(words, i + 1) === 0;
      if (headedPair || endsTopic(words[i], words[i + 1], heads)) flush();
      i++;
    }
    flush();
  }
  return [...new Set(topics)];
}
