import { capitalNamed, COUNTRY_FORMS } from './country-forms';
import { ALIAS_CUES, SENTENCE_OPENERS } from './name-cue-words';
import { isCapitalised, Token } from './text-tokens';

export interface CountryMention {
  code: string;
  via: 'name' | 'demonym';
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export interface CountryScan {
  mentions: CountryMention[];
  /** Spans like "Latin America" or "Mexico City": neither a country nor a person/org name. */
  blocked: Array<{ from: number; to: number }>;
}

/** Country names and demonyms that are also first names or surnames: "Chad Wolf", "Israel Katz", "Dane Schiller", "Gavin Turk". */
const NAME_LIKE = new Set(['chad', 'jordan', 'georgia', 'india', 'israel', 'dane', 'turk']);

function startsCountryForm(tokens: readonly Token[], i: number): boolean {
  return COUNTRY_FORMS.matchesAt(tokens, i).length > 0;
}

/** "Chad Wolf" or "Michael Jordan": a capitalised word glued to the country word makes it a name. */
function looksLikePersonName(tokens: readonly Token[], i: number, insideKnownName: (i: number) => boolean): boolean {
  if (insideKnownName(i)) return false;
  const next = tokens[i + 1];
  if (next && !next.breakBefore && !tokens[i].possessive && isCapitalised(next) && !startsCountryForm(tokens, i + 1) && !insideKnownName(i + 1)) return true;
  const previous = tokens[i - 1];
  // "In India, …": a sentence's opening word is no first name.
  const opener = !!previous && previous.sentenceStart && SENTENCE_OPENERS.has(previous.key);
  return (
    !!previous &&
    !opener &&
    !tokens[i].breakBefore &&
    isCapitalised(previous) &&
    !previous.possessive &&
    !startsCountryForm(tokens, i - 1) &&
    !insideKnownName(i - 1)
  );
}

/** "Atlanta, Georgia": a US state after a city that is not Georgia's own capital. */
function looksLikeUsState(text: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || tokens[i].key !== 'georgia' || !isCapitalised(previous)) return false;
  const gap = text.slice(previous.end, tokens[i].start);
  return /^,\s*$/.test(gap) && !startsCountryForm(tokens, i - 1) && capitalNamed(previous.text)?.code !== 'GE';
}

const GEOGRAPHY = new Set([
  'sea',
  'ocean',
  'peninsula',
  'subcontinent',
  'strait',
  'straits',
  'basin',
  'gulf',
  'plateau',
  'highlands',
  'delta',
  'river',
  'valley',
  'desert',
]);

/** "the Hotel Tanganyika", "the Rwanda Stadium": a building named after a country is a place, not a mention of the country. */
const BUILDINGS = new Set(['hotel', 'motel', 'stadium', 'cinema', 'theatre', 'theater', 'restaurant', 'cafe', 'café']);

/** A capitalised building word glued before the country's name ("Hotel Tanganyika"): where the building's name starts, or -1. */
function buildingBefore(tokens: readonly Token[], from: number): number {
  const previous = tokens[from - 1];
  return !!previous && !tokens[from].breakBefore && !previous.possessive && BUILDINGS.has(previous.key) && isCapitalised(previous) ? from - 1 : -1;
}

/** Words that cannot follow an adjective inside a noun phrase: after "in <demonym>" they show the demonym is a language. */
const AFTER_LANGUAGE = new Set([
  'that',
  'which',
  'while',
  'when',
  'before',
  'after',
  'during',
  'until',
  'since',
  'but',
  'by',
  'at',
  'to',
  'for',
  'from',
  'with',
  'on',
  'as',
  'than',
  'because',
  'though',
  'so',
  'was',
  'is',
]);

/**
 * "written in Russian.", "in French, then in English", "a trial held in Serbo-Croatian that …": "in" and
 * a demonym (or a hyphened compound ending with one) that qualifies no noun is a language. Returns where
 * the language's name starts, or -1.
 */
function languageStart(text: string, tokens: readonly Token[], from: number, to: number): number {
  // "Serbo-Croatian": a capitalised word hyphened to the demonym is part of the language's name.
  const start = from > 0 && isCapitalised(tokens[from - 1]) && /^[-‐‑]$/.test(text.slice(tokens[from - 1].end, tokens[from].start)) ? from - 1 : from;
  const previous = tokens[start - 1];
  const next = tokens[to];
  const qualifiesNothing = !next || next.breakBefore || (!isCapitalised(next) && AFTER_LANGUAGE.has(next.key));
  return previous?.key === 'in' && !tokens[start].breakBefore && !tokens[to - 1].possessive && qualifiesNothing ? start : -1;
}

/** "Organization of American States", "League of Arab Nations": a demonym before a plural of states names a group of states, not one. */
const STATE_GROUPS = new Set(['states', 'nations', 'countries', 'republics']);

function namesGroupOfStates(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return !!next && !next.breakBefore && !tokens[to - 1].possessive && STATE_GROUPS.has(next.key) && isCapitalised(next);
}

/** 'a fish trader known as "Colômbia"': a quoted country name right after an alias cue is a nickname. */
function isQuotedNickname(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const opens = /["“‘']\s*$/.test(text.slice(tokens[from - 1]?.end ?? 0, tokens[from].start));
  const closes = /^\s*["”’']/.test(text.slice(tokens[to - 1].end));
  return opens && closes && ALIAS_CUES.some((cue) => cue.every((w, j) => tokens[from - cue.length + j]?.key === w));
}

const NO_READINGS: ReadonlyMap<string, string> = new Map();

/** The country a story reads a shared one-word form as ("Congo" in a story about Congo-Brazzaville; shared-country-forms.ts). */
function readingOf(tokens: readonly Token[], from: number, to: number, readings: ReadonlyMap<string, string>): string | undefined {
  return readings.size > 0 && to - from === 1 ? readings.get(tokens[from].key) : undefined;
}

/**
 * Countries by name, official name, alt spelling, abbreviation (case-sensitive: "US", not "us")
 * or demonym. Leftmost-longest, so "Papua New Guinea" is not "Guinea" and "Latin America" is blocked.
 * insideKnownName tells which tokens belong to a recognised organisation or agency name; readings, how this story reads
 * the forms two countries share (sharedCountryReadings).
 */
export function scanCountries(
  text: string,
  tokens: readonly Token[],
  insideKnownName: (i: number) => boolean = () => false,
  readings: ReadonlyMap<string, string> = NO_READINGS,
): CountryScan {
  const scan: CountryScan = { mentions: [], blocked: [] };
  for (const match of COUNTRY_FORMS.findAll(tokens)) {
    const value = match.values[0];
    if ('blocked' in value) {
      scan.blocked.push({ from: match.from, to: match.to });
      continue;
    }
    // "Timor Sea", "Irish Sea", "Korean Peninsula", "Niger Delta": geography named after a country is not the country.
    const next = tokens[match.to];
    // "Rwanda Stadium", "Hotel Tanganyika": a building named after one is not either.
    if (next && !next.breakBefore && !tokens[match.to - 1].possessive && (GEOGRAPHY.has(next.key) || BUILDINGS.has(next.key)) && /^\p{Lu}/u.test(next.text)) {
      scan.blocked.push({ from: match.from, to: match.to + 1 });
      continue;
    }
    const building = buildingBefore(tokens, match.from);
    if (building >= 0) {
      scan.blocked.push({ from: building, to: match.to });
      continue;
    }
    // "spelled Zakharenko in Russian,": a demonym after "in" that qualifies nothing is a language.
    const language = value.via === 'demonym' ? languageStart(text, tokens, match.from, match.to) : -1;
    if (language >= 0) {
      scan.blocked.push({ from: language, to: match.to });
      continue;
    }
    if ((value.via === 'demonym' && namesGroupOfStates(tokens, match.to)) || isQuotedNickname(text, tokens, match.from, match.to)) {
      scan.blocked.push({ from: match.from, to: match.to });
      continue;
    }
    const single = match.to - match.from === 1;
    if (single && NAME_LIKE.has(tokens[match.from].key) && looksLikePersonName(tokens, match.from, insideKnownName)) continue;
    if (single && looksLikeUsState(text, tokens, match.from)) continue;
    scan.mentions.push({ code: readingOf(tokens, match.from, match.to, readings) ?? value.code, via: value.via, from: match.from, to: match.to });
  }
  return scan;
}
