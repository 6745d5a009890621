import nlp from 'compromise';
import { isCoverName } from './cover-names';
import { EntityType } from '../../modules/shared/enums';
import { isCommonWord } from './common-words';
import { capitalNamed } from './country-forms';
import {
  AFFILIATIONS,
  BY_VERBS,
  CALENDAR,
  IDENTIFY_VERBS,
  KIN_NOUNS,
  NAME_MONTHS,
  NOT_SURNAMES,
  OF_PERSON_NOUNS,
  PERSONAL_POSSESSIONS,
  FOLLOWER_NOUNS,
  KIN_ADJECTIVES,
  LEGISLATURES,
  NATIONAL_NAME_WORDS,
  NATIONAL_ORG_HEADS,
  PERSON_PRONOUNS_POSSESSIVE,
  MONARCH_TITLES,
  STREET_WORDS,
  CONNECTORS,
  FAMILY_CUES,
  GROUP_MEMBER_NOUNS,
  NAME_HONORIFICS,
  NON_PERSON_APPOSITIVES,
  OFFICE_WORDS,
  ORG_HEADS,
  ORGANIZATION_CUES,
  PARTICLES,
  LOCATIVES,
  EMPLOYEE_NOUNS,
  FATE_NOUNS,
  GROUP_CUES,
  ORG_OPENERS,
  MEMBERSHIP_NOUNS,
  SEATS_OF_POWER,
  PERSON_APPOSITIVES,
  PERSON_CUES,
  PEOPLE_NOUNS,
  PERSON_OBJECT_VERBS,
  PERSON_PASSIVES,
  PASSIVE_ADVERBS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TITLES,
} from './name-cue-words';
import { isAcronymLike, isCapitalised, spanText, Token } from './text-tokens';
import { range } from './phrase-matcher';
import { describedAsBodyAfter, kindAfterName } from './organization-context';
import { numberedUnitStart, withUnitNumber } from './military-units';

/** A person or organisation not in the reference data, found from capitalisation, context and compromise's tags. */
export interface UnknownName {
  type: EntityType.PERSON | EntityType.ORGANIZATION;
  name: string;
  from: number;
  to: number;
}

/** A term of compromise's document once its 'offset' is computed (the field is missing from compromise's Term type). */
interface NlpTerm {
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'City', 'Region', 'Country'];

/** Evidence about names from outside the text: other texts of the same story. */
export interface NameContext {
  /** Capitalised words used alone elsewhere in the story: a run ending in one is a person's full name. */
  loneWords?: ReadonlySet<string>;
  /** Tokens of country words (free for organisation names that open with them, never for people). */
  isCountryWord?: (i: number) => boolean;
  /** Names the story already showed to be places ("the Ain al-Asad air base", then "the Ain al-Asad attack"). */
  places?: Set<string>;
  /** Names the story already read as people: seen again without a cue, they are still people. */
  isKnownPerson?: (name: string) => boolean;
  /** Whether a quoted nickname was blanked between these character offsets ('Joaquín "El Chapo" Guzmán'): only people have one. */
  hadNickname?: (start: number, end: number) => boolean;
  /** Tokens of demonyms ("Iranian", "South Korean"), which may describe a named body rather than open its name. */
  isDemonym?: (i: number) => boolean;
  /** The surname "His wife, Waltraud," takes at token `at`, given the people found so far in this text; none when the antecedent is unclear. */
  antecedentSurname?: (at: number, found: readonly UnknownName[], kin: string) => string | undefined;
  /** Whether the reference people read in this text include one between these tokens. */
  personBetween?: (from: number, to: number) => boolean;
  /** The name of the country a legislature named alone belongs to ("told Parliament"); none when unclear. */
  legislatureCountry?: (word: string, at: number) => string | undefined;
}

/**
 * compromise's tags per token, aligned by character offsets. Its document is read as it is, not through `json()`, which copies every
 * term; tokens are sorted and disjoint, so those a term overlaps are found by bisection, not by testing every token for every term.
 */
function tagsByToken(text: string, tokens: readonly Token[]): Array<Set<string>> {
  const tags = tokens.map(() => new Set<string>());
  const doc = nlp(text);
  doc.compute('offset');
  for (const sentence of doc.docs)
    for (const term of sentence as NlpTerm[]) {
      const start = term.offset!.start;
      const end = start + term.offset!.length;
      for (let i = firstTokenEndingAfter(tokens, start); i < tokens.length && tokens[i].start < end; i++) for (const tag of term.tags!) tags[i].add(tag);
    }
  return tags;
}

/** The first token that ends after `offset` (tokens.length when none does). */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Maximal runs of capitalised words (with particles and connectors inside), stopping at anything known. */
function capitalisedRuns(text: string, tokens: readonly Token[], isFree: (i: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isFree(i) || !(isCapitalised(tokens[i]) || ordinalBeforeName(tokens, i, isFree))) {
      i++;
      continue;
    }
    let end = i + 1;
    // "People's" stays inside a name ("Cambodian People's Party"), and so does an office holder's possessive before "Office"
    // ("Anti-Corruption Prosecutor's Office", "Prime Minister's Office").
    const possessiveInside = (k: number) => tokens[k].key === 'people' || (tokens[k + 1]?.key === 'office' && isCapitalised(tokens[k + 1]));
    while (end < tokens.length && isFree(end) && !tokens[end].breakBefore && (!tokens[end - 1].possessive || possessiveInside(end - 1))) {
      const t = tokens[end];
      const inner = PARTICLES.has(t.text) || CONNECTORS.has(t.text);
      const continues = (inner && capitalisedAfterParticles(tokens, end + 1, isFree)) || organisationGoesOn(tokens, i, end, isFree);
      if (!isCapitalised(t) && (!attached(text, tokens, end) || describingSuffix(t)) && !continues) break;
      end++;
    }
    // "Unit 124", "Force 17": a unit's number goes with its kind word.
    end = isFree(end) ? withUnitNumber(text, tokens, end) : end;
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** "27th Infantry Battalion": an ordinal opens a name when a capitalised word follows it. */
function ordinalBeforeName(tokens: readonly Token[], i: number, isFree: (i: number) => boolean): boolean {
  const next = tokens[i + 1];
  return /^\d+(?:st|nd|rd|th)$/.test(tokens[i].text) && !!next && !next.breakBefore && isCapitalised(next) && isFree(i + 1);
}

/**
 * "Popular Front for the Liberation …", "National Council for the Safeguard of the Homeland": once an organisation word
 * has been read in the run, "for the"/"of the" and a capitalised word go on with the name, and so does "against" and one.
 */
function organisationGoesOn(tokens: readonly Token[], runStart: number, i: number, isFree: (i: number) => boolean): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const headed = range(runStart, i).some((k) => ORG_HEADS.has(tokens[k].key));
  // "International Commission against Impunity in Guatemala", "Special Prosecutor's Office against Impunity".
  // One capitalised word is the cause; two are a rival's name ("People's National Party against Edward Seaga's …").
  const oneWord = !after || after.breakBefore || !isCapitalised(after);
  if (headed && tokens[i].key === 'against' && !!next && !next.breakBefore && isCapitalised(next) && isFree(i + 1) && oneWord) return true;
  // "National Commission on the Disappearance of Persons": a body set up to look into something names its remit after "on the",
  // right after its own kind word (not "the Army on the Golan Heights"). A body named for someone is named in full already: "the
  // Kahan Commission on the Sabra and Shatila massacre" says what the Kahan Commission looked into.
  const remit = tokens[i].key === 'on' && REMIT_BODIES.has(tokens[i - 1]?.key ?? '') && range(runStart, i - 1).every((k) => isCommonWord(tokens[k].key));
  return (
    headed &&
    (tokens[i].key === 'for' || tokens[i].key === 'of' || remit) &&
    next?.key === 'the' &&
    !next.breakBefore &&
    !!after &&
    !after.breakBefore &&
    isCapitalised(after) &&
    isFree(i + 2)
  );
}

/** Bodies named for what they look into ("Commission on the Truth for El Salvador", "Committee on the Rights of the Child"). */
const REMIT_BODIES = new Set(['commission', 'committee', 'council', 'conference', 'inquiry']);

/** "Ana María de la Cruz": particles may follow each other before the next name word. */
function capitalisedAfterParticles(tokens: readonly Token[], i: number, isFree: (i: number) => boolean): boolean {
  let k = i;
  while (tokens[k] && !tokens[k].breakBefore && PARTICLES.has(tokens[k].text) && isFree(k)) k++;
  return !!tokens[k] && !tokens[k].breakBefore && isCapitalised(tokens[k]) && isFree(k);
}

/** A lowercase piece joined by a hyphen or apostrophe belongs to the word before: "Kim Jong-nam", "Korir Sing'oei". */
function attached(text: string, tokens: readonly Token[], i: number): boolean {
  return i > 0 && /^[-'’‐‑]$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
}

/**
 * "Security Secretary Omar García Harfuch", "Emir Sheikh Tamim bin Hamad Al Thani", "(Secretary of)
 * State John Kerry": the name starts after the last title word that leaves two words.
 */
function afterTitles(text: string, tokens: readonly Token[], from: number, to: number): number {
  const isTitle = (k: number) =>
    TITLES.has(tokens[k].key) ||
    // "Sgt. 1st Class Nathan Chapman", "Sub-Lt. Jeffrey Delisle".
    (tokens[k].key === 'class' && /^\d+(?:st|nd|rd|th)$/.test(tokens[k - 1]?.text ?? '')) ||
    (/^\d+(?:st|nd|rd|th)$/.test(tokens[k].text) && tokens[k + 1]?.key === 'class') ||
    (tokens[k].key === 'sub' && TITLES.has(tokens[k + 1]?.key ?? '')) ||
    AFFILIATIONS.has(tokens[k].key) ||
    PEOPLE_NOUNS.has(tokens[k].key) ||
    (tokens[k].key === 'social' && tokens[k + 1]?.key === 'democrat') ||
    (k === from && OFFICE_WORDS.has(tokens[k].key) && tokens[k - 1]?.key === 'of' && TITLES.has(tokens[k - 2]?.key ?? '')) ||
    (k === from && tokens[k].sentenceStart && opensSentenceNotName(tokens[k].key)) ||
    (k === from && modifierPrefixed(text, tokens, k)) ||
    (k === from && bornIn(text, tokens, k)) ||
    (k === from && isPluralTitle(tokens[k].key));
  let start = from;
  for (let k = from; k < to - 2; k++) if (isTitle(k)) start = k + 1;
  while (start < to && isTitle(start) && !(to - start === 2 && NAME_HONORIFICS.has(tokens[start].key))) start++;
  // "Forty-five": the pieces joined to a stripped opening word go with it.
  while (start > from && start < to && attached(text, tokens, start)) start++;
  return start;
}

/** "was killed", "were each sentenced": a participle only people undergo, after at most one adverb. */
function personPassive(tokens: readonly Token[], i: number): boolean {
  const word = PASSIVE_ADVERBS.has(tokens[i]?.key ?? '') && !tokens[i + 1]?.breakBefore ? tokens[i + 1] : tokens[i];
  return !!word && !word.breakBefore && PERSON_PASSIVES.has(word.key);
}

/** "His son-in-law Said Ramadan": a kin noun hyphened to "in-law" before the name. */
function kinInLaw(text: string, tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.key === 'law' && tokens[from - 2]?.key === 'in' && KIN_NOUNS.has(tokens[from - 3]?.key ?? '') && attached(text, tokens, from - 2);
}

/** Prefixes hyphened to a word that make it a describing one: "neo-Nazi", "ex-Marine", "anti-Castro", "Co-defendant". */
const MODIFIER_PREFIXES = new Set(['neo', 'ex', 'pro', 'anti', 'non', 'co', 'post', 'pre']);

/**
 * "neo-Nazi Stephan Ernst", "Co-defendant Markus H.": a run opening on a word hyphened to a modifier prefix (before it, or the
 * run's own first word with a cue after it) opens on a description, not on a name.
 */
function modifierPrefixed(text: string, tokens: readonly Token[], k: number): boolean {
  if (attached(text, tokens, k) && MODIFIER_PREFIXES.has(tokens[k - 1].key)) return true;
  return MODIFIER_PREFIXES.has(tokens[k].key) && !!tokens[k + 1] && attached(text, tokens, k + 1) && opensSentenceNotName(tokens[k + 1].key);
}

/** "a Catalan-born Jesuit", "Somali-born MP Ayaan Hirsi Ali": a place hyphened to "born" describes where someone comes from. */
function bornIn(text: string, tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.key === 'born' && attached(text, tokens, k + 1);
}

/** "Historian Stanley Kutler", "Reporters Bob Woodward", "Under Islam Karimov": a sentence's first word glued to a name. */
function opensSentenceNotName(key: string): boolean {
  const singular = singularOf(key);
  return PERSON_CUES.has(key) || FAMILY_CUES.has(key) || SENTENCE_OPENERS.has(key) || (!!singular && PERSON_CUES.has(singular));
}

/** "reporters", "workers", "journalists": the plural of a cue or apposition noun for a person. */
function isPluralPersonNoun(key: string): boolean {
  const singular = singularOf(key);
  return key.length > 4 && !!singular && (PERSON_CUES.has(singular) || PERSON_APPOSITIVES.has(singular));
}

/** The word without its plural "s" ("lieutenants" -> "lieutenant"), or undefined when it ends in none. */
function singularOf(key: string): string | undefined {
  return key.endsWith('s') ? key.slice(0, -1) : undefined;
}

/** "Constables Steven Tynan and Damian Eyre": a rank's plural opening a name is the rank of the people named, never a name's first word. */
function isPluralTitle(key: string): boolean {
  const singular = singularOf(key);
  return key.length > 4 && !!singular && TITLES.has(singular);
}

/** Words of a name that count towards its length: particles and pieces joined by a hyphen or apostrophe do not ("Abu Agila Mas'ud Kheir Al-Marimi"). */
function nameLength(text: string, tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!PARTICLES.has(tokens[k].key) && !(k > from && /^[-'’‐‑]$/.test(text.slice(tokens[k - 1].end, tokens[k].start)))) n++;
  return n;
}

/** Words that end an apposition's noun phrase: "…, a unit of the army" is headed by "unit". */
const APPOSITION_ENDS = new Set(['of', 'who', 'which', 'that', 'in', 'at', 'for', 'from', 'with', 'to', 'on', 'by', 'and', 'or']);

/** "Nick du Toit, a South African arms dealer" (a person) vs "Intellexa, a consortium" (not one). */
function apposition(tokens: readonly Token[], to: number): 'person' | 'other' | undefined {
  const first = tokens[to];
  if (!first || !first.breakBefore) return undefined;
  if (first.key === 'who' || first.key === 'whose') return 'person';
  // "Megumi Yokota, then 13, was …", "Ana Montes, 65, …": an age between commas.
  const age = first.key === 'then' || first.key === 'aged' ? tokens[to + 1] : first;
  if (age && /^\d{1,3}$/.test(age.text) && Number(age.text) <= 110 && tokens[age.index + 1]?.breakBefore) return 'person';
  // An apposition opens with a determiner or its noun ("…, a lawyer", "…, chairman of"); anything else is the sentence going on.
  if (isCapitalised(first)) return possessorsPerson(tokens, to);
  // "Ngarlejy Yorongar, also detained, …": what only happens to people.
  if (personPassive(tokens, first.key === 'also' ? to + 1 : to)) return 'person';
  // "…, activists of the Helsinki Foundation": a plural cue opening the phrase.
  const firstSingular = singularOf(first.key);
  if (first.key.length > 4 && !!firstSingular && PERSON_CUES.has(firstSingular)) return 'person';
  if (!APPOSITION_OPENERS.has(first.key) && !PERSON_CUES.has(first.key) && !PERSON_APPOSITIVES.has(first.key) && !NON_PERSON_APPOSITIVES.has(first.key))
    return undefined;
  if (first.key === 'one' && tokens[to + 1]?.key === 'of') return oneOfPeople(tokens, to + 2);
  // The head is the last describing noun before the phrase goes on: "a retired army officer", "the hotel manager".
  let head: 'person' | 'other' | undefined;
  for (let k = to; k < Math.min(tokens.length, to + 8); k++) {
    // "a University of Virginia student": "of" between two capitalised words is inside a name, not the phrase going on.
    const inName = tokens[k].key === 'of' && isCapitalised(tokens[k - 1]) && !!tokens[k + 1] && isCapitalised(tokens[k + 1]) && !tokens[k + 1].breakBefore;
    if (k > to && (tokens[k].breakBefore || (APPOSITION_ENDS.has(tokens[k].key) && !inName))) break;
    // "the party's other founder": a possessive word describes the head, it is not the head.
    if (tokens[k].possessive) continue;
    if (NON_PERSON_APPOSITIVES.has(tokens[k].key)) head = 'other';
    else if (PERSON_APPOSITIVES.has(tokens[k].key) || PERSON_CUES.has(tokens[k].key)) head = 'person';
  }
  return head;
}

/** "Madanlal Pahwa, one of the conspirators", "…, one of the men sentenced": a plural noun for people after "one of". */
function oneOfPeople(tokens: readonly Token[], from: number): 'person' | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (tokens[k].breakBefore && k > from) return undefined;
    const key = tokens[k].key;
    const singular = singularOf(key);
    if (
      key === 'men' ||
      key === 'women' ||
      key === 'people' ||
      (!!singular && (PERSON_CUES.has(singular) || PERSON_ROLE_NOUNS.has(singular) || PERSON_APPOSITIVES.has(singular)))
    )
      return 'person';
  }
  return undefined;
}

/** "Saad Hariri, Rafic Hariri's son": a name, its possessive, then a person noun. */
function possessorsPerson(tokens: readonly Token[], to: number): 'person' | undefined {
  for (let k = to; k < Math.min(tokens.length, to + 4); k++) {
    if (k > to && tokens[k].breakBefore) return undefined;
    if (tokens[k].possessive) {
      // "Teymur Bakhtiar, SAVAK's first director": a few describing words may come before the noun.
      for (let j = k + 1; j <= k + 3 && j < tokens.length && !tokens[j].breakBefore; j++)
        if (PERSON_APPOSITIVES.has(tokens[j].key) || PERSON_CUES.has(tokens[j].key)) return 'person';
      return undefined;
    }
  }
  return undefined;
}

const APPOSITION_OPENERS = new Set([
  'a',
  'an',
  'the',
  'former',
  'then',
  'his',
  'her',
  'their',
  'its',
  'one',
  'now',
  'also',
  'once',
  'another',
  'both',
  'himself',
  'herself',
]);

/** "Sheridan Circle", "Ain al-Asad air base": a place, not a person. */
function isPlace(tokens: readonly Token[], start: number, to: number): boolean {
  const after = tokens[to];
  return (
    PLACE_HEADS.has(tokens[to - 1].key) ||
    PLACE_PREFIXES.has(tokens[start].key) ||
    (!!after &&
      !after.breakBefore &&
      !isCapitalised(after) &&
      (PLACE_HEADS.has(after.key) || PLACE_HEADS.has(tokens[to + 1]?.key ?? '')) &&
      !SPEECH_VERBS.has(after.key)) ||
    // "the town of Atalaia do Norte", "his Rio de Janeiro home".
    (tokens[start - 1]?.key === 'of' && SETTLEMENTS.has(tokens[start - 2]?.key ?? '')) ||
    (!!after && !after.breakBefore && DWELLINGS.has(after.key) && POSSESSIVE_PRONOUNS.has(tokens[start - 1]?.key ?? ''))
  );
}

const SETTLEMENTS = new Set(['town', 'city', 'village', 'municipality', 'province', 'district', 'region', 'county', 'suburb', 'port']);
const DWELLINGS = new Set(['home', 'house', 'apartment', 'flat', 'villa', 'residence']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

function previousWord(tokens: readonly Token[], from: number): Token | undefined {
  const before = tokens[from - 1];
  return before && !isCapitalised(before) ? before : undefined;
}

function personIn(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  tags: () => Array<Set<string>>,
  accepted: UnknownName[],
  context: NameContext,
): UnknownName | undefined {
  const start = afterTitles(text, tokens, from, to);
  const words = tokens.slice(start, to);
  const monarch = reignsByOneName(tokens, from, to);
  if (monarch) return monarch;
  const personBetween = (a: number, b: number) =>
    accepted.some((p) => p.type === EntityType.PERSON && p.from >= a && p.to <= b) || !!context.personBetween?.(a, b);
  if (isCoverName(tokens, from, personBetween)) return undefined;
  // "A Melbourne man, Di Sanh Duong": an article opening the sentence is no name word.
  if (
    words.length > 1 &&
    tokens[start].sentenceStart &&
    (words[0].key === 'a' || words[0].key === 'an') &&
    /^\s+$/.test(text.slice(words[0].end, words[1].start))
  )
    return undefined;
  // 'shouted "Vive la République"': a run quoted whole is a slogan or a title (nicknames were blanked before).
  if (words.length > 0 && QUOTES.test(text[tokens[start].start - 1] ?? '') && QUOTES.test(text[tokens[to - 1].end] ?? '')) return undefined;
  // "code-named Ivy Bells", "the boulevard Saint-Michel": an operation's or a street's name.
  if (codeNamed(tokens, from) || (STREET_WORDS.has(tokens[from - 1]?.key ?? '') && tokens[from - 2]?.key === 'the')) {
    context.places?.add(spanText(text, tokens, start, to));
    return undefined;
  }
  const soleName = oneNameAfterOffice(text, tokens, start > from || dottedTitleBefore(text, tokens, from), start, to);
  if (soleName) return soleName;
  if (words.length < 2 || nameLength(text, tokens, start, to) > 6 || words[0].key === 'the') return undefined;
  const name = spanText(text, tokens, start, to);
  if (context.places?.has(name) || isPlace(tokens, start, to)) {
    context.places?.add(name);
    return undefined;
  }
  const titled = start > from || TITLES.has(words[0].key) || dottedTitleBefore(text, tokens, from);
  // "Home Secretary Theresa May": a run ending in a title before a name is that name's title.
  const next = tokens[to];
  if (TITLES.has(words[words.length - 1].key) && !!next && !next.breakBefore && isCapitalised(next)) return undefined;
  if (words.some((t) => CONNECTORS.has(t.text) || ORG_HEADS.has(t.key) || (CALENDAR.has(t.key) && !nameMonth(tokens, t.index)))) return undefined;
  // "Investigative Reporters (and Editors)", "Canning Workers' Union": a plural of a person noun ends a group's name, no person's.
  if (isPluralPersonNoun(words[words.length - 1].key)) return undefined;
  // "C-130 Hercules": no name word has a digit.
  if (words.some((t) => NOT_SURNAMES.has(t.key) || /\d/.test(t.text))) return undefined;
  // "the Federal Prosecutor": titles and offices alone name no one.
  if (words.every((t) => TITLES.has(t.key) || OFFICE_WORDS.has(t.key) || OFFICE_ADJECTIVES.has(t.key))) return undefined;
  // A capital's name inside a name is a surname or given name only after a title or cue: "Prime Minister Joseph Muscat", "communist leader Santiago Carrillo".
  const cuedBefore = PERSON_CUES.has(previousWord(tokens, from)?.key ?? '');
  // Between two name words it is a middle name: no place sits between a given name and a surname ("Arthur Stanley Smith").
  if (!titled && !cuedBefore && words.some((t, k) => capitalNamed(t.text) && (k === 0 || k === words.length - 1))) return undefined;
  if (capitalNamed(spanText(text, tokens, start, to))) return undefined;

  const before = tokens[from - 1];
  const previous = previousWord(tokens, from)?.key ?? '';
  // "lieutenants Waldemar Chmielewski and Leszek Pękala": a plural cue counts too.
  const previousSingular = singularOf(previous);
  const cued = PERSON_CUES.has(previous) || (previous.length > 3 && !!previousSingular && PERSON_CUES.has(previousSingular)) || kinInLaw(text, tokens, from);
  const after = tokens[to];
  // "X said", "X, who …" (a verb after a comma belongs to the sentence, not to X: "…in Great Yarmouth, pleaded").
  const speaks =
    !!after &&
    // "the institute at Ness Ziona who spied …": after a locative, "who" is about someone named earlier.
    ((SPEECH_VERBS.has(after.key) &&
      (!after.breakBefore || after.key === 'who') &&
      !(after.key === 'who' && LOCATIVES.has(previousWord(tokens, from)?.key ?? ''))) ||
      ((after.key === 'was' || after.key === 'were') && !after.breakBefore && personPassive(tokens, to + 1)));
  // "Michael Kovrig and Michael Spavor": a name joined by "and" to a person is one too, on either side.
  const coordinated =
    (!!before && before.key === 'and' && accepted.some((p) => p.type === EntityType.PERSON && p.to === from - 1)) ||
    (!!after && after.key === 'and' && !after.breakBefore && accepted.some((p) => p.type === EntityType.PERSON && titlesBetween(tokens, to + 1, p.from)));
  const listed = listedWithPerson(text, tokens, from, to, accepted);
  const known = context.isKnownPerson?.(name) ?? false;
  // "Swedish bookseller Gui Minhai", "Moroccan opposition leader …": a nationality and a describing noun before a name.
  const national =
    words.length <= 4 &&
    !!previousWord(tokens, from) &&
    previous.length >= 4 &&
    !NON_PERSON_APPOSITIVES.has(previous) &&
    !ORGANIZATION_CUES.has(previous) &&
    !PLACE_HEADS.has(previous) &&
    !ORG_HEADS.has(previous) &&
    !LOCATIVES.has(previous) &&
    !!context.isCountryWord?.(from - 2) &&
    !tokens[from - 1].breakBefore;
  // "ten Lashkar-e-Taiba gunmen": a group's name before its members.
  // "Edén Pastora's rebels" are a person's followers, "Hamas rebels" a group's members.
  if (!!after && !after.breakBefore && GROUP_MEMBER_NOUNS.has(after.key) && !(tokens[to - 1].possessive && FOLLOWER_NOUNS.has(after.key))) return undefined;
  // "the Rio de Janeiro councillor Marielle Franco": a name before a person noun and another name is the place or body they serve.
  const servedBy = tokens[to + 1];
  if (
    !!after &&
    !after.breakBefore &&
    !isCapitalised(after) &&
    !PERSON_OBJECT_VERBS.has(after.key) &&
    (PERSON_CUES.has(after.key) || TITLES.has(after.key) || PERSON_APPOSITIVES.has(after.key) || COUNCIL_MEMBERS.has(after.key)) &&
    !!servedBy &&
    !servedBy.breakBefore &&
    isCapitalised(servedBy)
  )
    return undefined;
  const described = apposition(tokens, to);
  if (described === 'other' && !titled && !cued) return undefined;
  // A surname used alone elsewhere in the story ("Soleimani, whose…") vouches for the full name.
  const repeated = words.length <= 4 && !!context.loneWords?.has(words[words.length - 1].key);
  // compromise tags "al" or "bin" as names even inside organisation names; the evidence must be a real word.
  const tagged = () =>
    words.some((t) => !PARTICLES.has(t.text) && PERSON_TAGS.some((tag) => tags()[t.index].has(tag))) &&
    !words.some((t) => PLACE_TAGS.some((tag) => tags()[t.index].has(tag)));
  const object = PERSON_OBJECT_VERBS.has(previous) && words.length <= 4;
  // "the brothers Domingos and Chiquinho Brazão": the second of two siblings after a family word.
  const sibling = before?.key === 'and' && from >= 3 && isCapitalised(tokens[from - 2]) && FAMILY_CUES.has(tokens[from - 3].key);
  const strong =
    titled ||
    cued ||
    speaks ||
    coordinated ||
    listed ||
    sibling ||
    described === 'person' ||
    object ||
    known ||
    national ||
    appositionToCue(text, tokens, from, to) ||
    agentOrKin(tokens, from, to) ||
    !!context.hadNickname?.(tokens[start].start, tokens[to - 1].end) ||
    personalPossession(tokens, to) ||
    hyphenatedGivenName(text, tokens, start, to);
  // "near Port-au-Prince": after a locative only strong evidence makes a person.
  if (!strong && LOCATIVES.has(previous)) return undefined;
  if (!(strong || repeated || tagged())) return undefined;
  return { type: EntityType.PERSON, name: spanText(text, tokens, start, to), from: start, to };
}

const QUOTES = /["“”«»]/;

/**
 * Offices whose holders news names by one name when they have no other: "President Suharto", "Lt. Col. Hartomo". Military
 * ranks only abbreviated with their period: spelled out they open companies and brands as often ("General Dynamics", "General
 * Electric", "Captain Marvel").
 */
const ABBREVIATED_RANKS = new Set(['gen', 'col', 'lt', 'capt', 'maj', 'brig']);
const ONE_NAME_OFFICES = new Set(['president', ...ABBREVIATED_RANKS]);

/**
 * "the government of President Suharto", "among them Lt. Col. Hartomo,": an office title (written out, or abbreviated with its
 * period before the name: `titled`) and one capitalised word closing the
 * phrase (punctuation or a lower-case word other than a name particle next) is the person holding it, named by that word.
 */
function oneNameAfterOffice(text: string, tokens: readonly Token[], titled: boolean, start: number, to: number): UnknownName | undefined {
  const office = tokens[start - 1]?.key ?? '';
  if (to - start !== 1 || !titled || !ONE_NAME_OFFICES.has(office)) return undefined;
  if (ABBREVIATED_RANKS.has(office) && !dottedTitleBefore(text, tokens, start)) return undefined;
  const name = tokens[start];
  const after = tokens[to];
  if (name.text.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(name.text) || NOT_SURNAMES.has(name.key) || CALENDAR.has(name.key) || PLACE_HEADS.has(name.key))
    return undefined;
  if (ORG_HEADS.has(name.key) || TITLES.has(name.key) || OFFICE_WORDS.has(name.key)) return undefined;
  if (after && !after.breakBefore && (isCapitalised(after) || PARTICLES.has(after.text) || ORG_HEADS.has(after.key) || PLACE_HEADS.has(after.key)))
    return undefined;
  return { type: EntityType.PERSON, name: name.text, from: start, to };
}

/**
 * "King Khalid later …", "Prince Jean, brother of Grand Duke Henri": a monarch's title and one capitalised word is that person,
 * named by the word alone (with a regnal number the name has two words and is read as any other: "King Hassan II").
 */
function reignsByOneName(tokens: readonly Token[], from: number, to: number): UnknownName | undefined {
  const start = to - 1;
  if (start === from || !MONARCH_TITLES.has(tokens[start - 1].key) || ['grand', 'crown'].includes(tokens[start - 1].key)) return undefined;
  for (let k = from; k < start; k++) if (!MONARCH_TITLES.has(tokens[k].key)) return undefined;
  const name = tokens[start];
  const after = tokens[to];
  if (name.text.length < 3 || !/^\p{Lu}\p{Ll}/u.test(name.text) || NOT_SURNAMES.has(name.key) || CALENDAR.has(name.key) || PLACE_HEADS.has(name.key))
    return undefined;
  // "King Street", "Queen Elizabeth Hospital" are places and bodies; "King Hussein's army" is the king's.
  if (after && !after.breakBefore && !name.possessive && (PLACE_HEADS.has(after.key) || ORG_HEADS.has(after.key))) return undefined;
  return { type: EntityType.PERSON, name: name.text, from: start, to };
}

/** "code-named Ivy Bells", "codenamed …", "the code name …", "dubbed …": what follows is an operation's or a thing's name. */
function codeNamed(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.key ?? '';
  return before === 'codenamed' || before === 'dubbed' || ((before === 'named' || before === 'name') && tokens[from - 2]?.key === 'code');
}

/** "Ruhollah Khomeini's residence", "Mao Zedong's designated successor", "Nelson Mandela's first cabinet": a possessive name and what only a person has. */
function personalPossession(tokens: readonly Token[], to: number): boolean {
  if (!tokens[to - 1].possessive) return false;
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) {
    const t = tokens[k];
    if (t.breakBefore || isCapitalised(t) || t.possessive) return false;
    if (PERSONAL_POSSESSIONS.has(t.key)) return true;
  }
  return false;
}

/** A month inside a name is a name word unless a number is next to it: "Alan Nunn May", not "May 2024". */
function nameMonth(tokens: readonly Token[], i: number): boolean {
  return NAME_MONTHS.has(tokens[i].key) && !/^\d/.test(tokens[i + 1]?.text ?? '') && !/^\d/.test(tokens[i - 1]?.text ?? '');
}

/** "named the men as", "identified the two gunmen as": an identifying verb, then the people it names, before "as" at token `end + 1`. */
function identifiedPeople(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k > end - 5 && k > 0; k--) {
    if (tokens[k].breakBefore) return false;
    if (IDENTIFY_VERBS.has(tokens[k].key)) return k < end && isPeopleNoun(tokens[end].key);
  }
  return false;
}

/** "men", "gunmen", "suspects", "victim": a noun for people, singular or plural. */
function isPeopleNoun(key: string): boolean {
  // "gunmen" -> "gunman".
  const singular = PEOPLE_PLURALS.get(key) ?? (key.endsWith('men') ? `${key.slice(0, -3)}man` : undefined) ?? singularOf(key) ?? key;
  return PERSON_CUES.has(key) || PERSON_ROLE_NOUNS.has(key) || PERSON_CUES.has(singular) || PERSON_ROLE_NOUNS.has(singular);
}

/** "chaired by Gor Sunguh", "widow of Barinem Kiobel", "identified as Yaeko Taguchi": the phrase before says a person is named. */
function agentOrKin(tokens: readonly Token[], from: number, to: number): boolean {
  const link = tokens[from - 1];
  const word = tokens[from - 2];
  if (!link || !word || link.breakBefore || tokens[from].breakBefore) return false;
  // "led by Indo-Pacific coordinator Kurt Campbell": the run describes the name that follows.
  const after = tokens[to];
  const described = tokens[to + 1];
  // "the disappearances of Guðmundur Einarsson and Geirfinnur Einarsson": "and" coordinates two names, it describes neither.
  const coordinates = after?.key === 'and' || after?.key === 'or';
  if (after && !after.breakBefore && !isCapitalised(after) && !coordinates && described && !described.breakBefore && isCapitalised(described)) return false;
  return (
    (link.key === 'by' && BY_VERBS.has(word.key)) ||
    (link.key === 'of' && (KIN_NOUNS.has(word.key) || OF_PERSON_NOUNS.has(word.key) || FATE_NOUNS.has(word.key))) ||
    (link.key === 'as' && (IDENTIFY_VERBS.has(word.key) || identifiedPeople(tokens, from - 2))) ||
    // "prime minister under Nursultan Nazarbayev", "served under …".
    (link.key === 'under' && (TITLES.has(word.key) || word.key === 'served'))
  );
}

/** Adjectives of offices: "Federal Prosecutor", "State Coroner". */
const OFFICE_ADJECTIVES = new Set([
  'federal',
  'state',
  'national',
  'public',
  'deputy',
  'general',
  'senior',
  'chief',
  'special',
  'independent',
  'prosecutor',
  'prosecutors',
]);

/** "Lt. Gen. Dhahi Khalfan Tamim", "Col. Byron Lima Estrada": an abbreviated title and its full stop before the name. */
function dottedTitleBefore(text: string, tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return !!before && TITLES.has(before.key) && /^\.\s+$/.test(text.slice(before.end, tokens[from].start));
}

/** Pieces joined by a hyphen that are French place words, not given-name syllables: "Aix-en-Provence". */
const PLACE_LINKS = new Set(['en', 'au', 'aux', 'sur', 'sous', 'les', 'lès', 'des', 'upon', 'on']);

/** English words joined by a hyphen to a name ("Cold War-era", "Kremlin-backed"): no given-name syllable. */
const HYPHEN_WORDS = new Set([
  'era',
  'style',
  'based',
  'led',
  'backed',
  'linked',
  'born',
  'made',
  'owned',
  'run',
  'type',
  'like',
  'free',
  'related',
  'funded',
  'sponsored',
  'friendly',
  'wide',
  'level',
  'class',
  'controlled',
  'allied',
  'aligned',
  'held',
  'trained',
  'inspired',
  'affiliated',
]);

/**
 * "a Taylor Swift-themed class", "a Kremlin-backed group": an English word hyphened after a name makes the whole an adjective;
 * the name ends before it. Given-name syllables ("Jong-nam") are no such words and stay attached.
 */
function describingSuffix(t: Token): boolean {
  return HYPHEN_WORDS.has(t.key) || /^\p{Ll}{3,}ed$/u.test(t.text);
}

/** "Kim Jong-il", "Hong Jang-won", "Lam Wing-kee": a given name of two syllables joined by a hyphen, the second in lower case. */
function hyphenatedGivenName(text: string, tokens: readonly Token[], start: number, to: number): boolean {
  if (to - start < 3 || to - start > 4) return false;
  for (let k = start + 1; k < to; k++) {
    const t = tokens[k];
    if (
      t.text.length >= 2 &&
      /^\p{Ll}/u.test(t.text) &&
      /^[-‐‑]$/.test(text.slice(tokens[k - 1].end, t.start)) &&
      !PARTICLES.has(t.key) &&
      !PLACE_LINKS.has(t.key) &&
      !HYPHEN_WORDS.has(t.key)
    )
      return true;
  }
  return false;
}

/**
 * "The chief of the Maharashtra ATS, Hemant Karkare, was …": a name between commas right after a phrase about a person;
 * "among them" may open the apposition ("Three men, among them Clédor Sène, were …").
 */
function appositionToCue(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to];
  const among = from >= 3 && tokens[from - 1].key === 'them' && tokens[from - 2].key === 'among' && !tokens[from].breakBefore && !tokens[from - 1].breakBefore;
  const opening = among ? from - 2 : from;
  if (to - from > 4 || opening === 0 || !/^\)?,\s*$/.test(text.slice(tokens[opening - 1].end, tokens[opening].start))) return false;
  // "two former police commandos, Azilah Hadri and Sirul Azhar Umar, for …": the first of two names may end on "and".
  const andNext = !!after && after.key === 'and' && !after.breakBefore;
  // "…, the speaker of parliament, Nabih Berri.": the name may close the sentence.
  const closes = !after || /^\.\s/.test(text.slice(tokens[to - 1].end, after.start));
  if (!closes && (!after || (!andNext && !/^,\s*$/.test(text.slice(tokens[to - 1].end, after.start))))) return false;
  for (let k = opening - 1; k >= Math.max(0, opening - 10) && !tokens[k + 1].sentenceStart; k--) {
    if (isCapitalised(tokens[k]) && k < opening - 1) continue;
    const singular = PEOPLE_PLURALS.get(tokens[k].key) ?? singularOf(tokens[k].key);
    if (PERSON_CUES.has(tokens[k].key) || PERSON_ROLE_NOUNS.has(tokens[k].key) || (!!singular && PERSON_ROLE_NOUNS.has(singular))) return true;
  }
  return false;
}

const COUNCIL_MEMBERS = new Set(['councillor', 'councilor', 'councilman', 'councilwoman', 'alderman']);

/** People nouns an apposition may follow that are no cue word before a name: "The only gunman captured alive, Ajmal Kasab, …". */
/** Plurals with no "s" to strip: "one of the acquitted men, Yacqub Khayre,". */
const PEOPLE_PLURALS = new Map([
  ['men', 'man'],
  ['women', 'woman'],
  ['people', 'man'],
]);

const PERSON_ROLE_NOUNS = new Set([
  // "one of its members, Savvas Xiros,".
  'member',
  'gunman',
  'driver',
  'bomber',
  'attacker',
  'assassin',
  'hijacker',
  'shooter',
  'killer',
  'commando',
  'neighbour',
  'neighbor',
  'witness',
  'bodyguard',
  'guard',
  'soldier',
  'victim',
  'suspect',
  'photographer',
  'employee',
  'aide',
  'friend',
  'widow',
  'survivor',
  'hostage',
  'prisoner',
  'informant',
  'man',
  'woman',
  'figure',
  'conspirator',
  'donor',
  'emigre',
  'exile',
]);

const ARABIC_ARTICLES = new Set(['al', 'el']);

/** Title words that open a body's name when no title follows: "the Crown Prosecution Service", "the Privy Council" (not "Crown Prince"). */
const BODY_OPENING_TITLES = new Set(['crown', 'privy']);

function opensBody(tokens: readonly Token[], i: number): boolean {
  return BODY_OPENING_TITLES.has(tokens[i].key) && !TITLES.has(tokens[i + 1]?.key ?? '');
}

function organizationIn(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  context: NameContext,
  firstName: (i: number) => boolean = () => false,
): UnknownName | undefined {
  let start = from;
  while (start < to && (LEADING_DETERMINERS.has(tokens[start].key) || (TITLES.has(tokens[start].key) && !opensBody(tokens, start)))) start++;
  // "the Commissioner of Police, John Harlley": what is left of an office after its title word is the office's, not a body's name.
  if (start > from && start < to && TITLES.has(tokens[start - 1].key) && tokens[start].key === 'of') return undefined;
  // "the Russian-led Collective Security Treaty Organization": a country word hyphened to a lower-case word describes the body.
  while (start + 2 < to && context.isCountryWord?.(start) && !isCapitalised(tokens[start + 1]) && attached(text, tokens, start + 1)) start += 2;
  // "the pro-Russian Democratic Front", "the pro-Pyongyang General Association …": a word after "pro-" or "anti-" says whom the body
  // sides with, and is no part of its name.
  if (start + 2 < to && SIDING_PREFIXES.has(tokens[start - 1]?.key ?? '') && attached(text, tokens, start) && isCapitalised(tokens[start + 1])) start++;
  // "the Iranian Fars News Agency": a demonym before a body's own name describes it ("Fars News Agency").
  start = withoutDescribingDemonym(tokens, start, to, context);
  const national = context.isCountryWord?.(start) ?? false;
  // "the Soviet Union", "the United Arab Emirates": a country's own name ends with an organisation word but is the country.
  if (national && range(start, to).every((i) => context.isCountryWord?.(i))) return undefined;
  // "Special Prosecutor Robert Mueller": an office word before its holder's name (a known person's, outside the run) is a title.
  const holderAfter =
    (TITLES.has(tokens[to - 1].key) || PERSON_CUES.has(tokens[to - 1].key)) && !!tokens[to] && !tokens[to].breakBefore && isCapitalised(tokens[to]);
  const headed = (to - start >= 2 && (national ? NATIONAL_ORG_HEADS : ORG_HEADS).has(tokens[to - 1].key) && !holderAfter) || headedInside(tokens, start, to);
  // "defence contractor Raytheon", but "U.S. contractor Alan Gross" is a person: a known first name opens two or three words.
  const cue = previousWord(tokens, start)?.key ?? '';
  // "Former NSA contractor Reality Winner": a contractor of a named body is a person working for it.
  const employedBy = cue === 'contractor' && !!tokens[start - 2] && isCapitalised(tokens[start - 2]) && !tokens[start - 1].breakBefore;
  const cued = to > start && ORGANIZATION_CUES.has(cue) && !employedBy && (GROUP_CUES.has(cue) || !(to - start <= 3 && to - start >= 2 && firstName(start)));
  // "Ansar al-Sharia", "Lashkar-e-Islam": words that open only organisations' names.
  const opened = to - start >= 2 && ORG_OPENERS.has(tokens[start].key);
  // "al-Gama'a al-Islamiyya": the Arabic article hyphened to the opening word is part of the name.
  if (opened && start === from && ARABIC_ARTICLES.has(tokens[start - 1]?.key ?? '') && attached(text, tokens, start)) start--;
  // "17 Black, a Dubai company", "the Los Choneros gang": the words around a name say it is a body.
  const described = to > start && (describedAsBodyAfter(text, tokens, to) || kindAfterName(tokens, start, to));
  const unit = numberedUnitStart(tokens, start, to);
  if (unit !== undefined) return { type: EntityType.ORGANIZATION, name: spanText(text, tokens, unit, to), from: unit, to };
  if (headed || cued || opened || described || (to > start && writtenFor(tokens, start)))
    return { type: EntityType.ORGANIZATION, name: spanText(text, tokens, start, to), from: start, to };
  // "Menzies told Parliament", "Congress had barred": a legislature capitalised alone is the body of the country the story is about
  // ("Fiji Parliament"); with no one such country it is no body of its own (every country has one).
  if (to - start === 1 && LEGISLATURES.has(tokens[start].key) && isCapitalised(tokens[start])) {
    const country = context.legislatureCountry?.(tokens[start].text, start);
    return country ? { type: EntityType.ORGANIZATION, name: `${country} ${tokens[start].text}`, from: start, to } : undefined;
  }
  // "On Monday Vostok executive …": words that open a sentence or name a day are no part of the name.
  let first = start;
  while (first < to && (CALENDAR.has(tokens[first].key) || (tokens[first].sentenceStart && SENTENCE_OPENERS.has(tokens[first].key)))) first++;
  const words = tokens
    .slice(first, to)
    .map((t) => t.key)
    .join(' ');
  const plain = to > first && !national && !SEATS_OF_POWER.has(words) && !TITLES.has(tokens[to - 1].key) && !commonWordOpening(tokens, first, to);
  return plain && ((membership(tokens, first) && endsName(tokens, to)) || employer(tokens, to))
    ? { type: EntityType.ORGANIZATION, name: spanText(text, tokens, first, to), from: first, to }
    : undefined;
}

/** Prefixes hyphened to a name to say whom a body sides with ("pro-Russian", "anti-Syrian"). */
const SIDING_PREFIXES = new Set(['pro', 'anti']);

/** The start of the name after a demonym that only describes the body: a word of the body's own name follows it ("Yonhap"), not a common one ("Central", "Tax"). */
function withoutDescribingDemonym(tokens: readonly Token[], start: number, to: number, context: NameContext): number {
  if (!context.isDemonym?.(start)) return start;
  let after = start;
  while (after < to && context.isDemonym(after)) after++;
  const next = tokens[after];
  const ownName =
    to - after >= 2 &&
    isCapitalised(next) &&
    !context.isCountryWord?.(after) &&
    !NATIONAL_NAME_WORDS.has(next.key) &&
    !ORG_HEADS.has(next.key) &&
    !isCommonWord(next.key);
  return ownName ? after : start;
}

/**
 * "the arrest of Andriy Antonenko, Yulia Kuzmenko and Yana Duhar": a name next to a person in a
 * list of commas closed by "and" is a person too ("Paris, France" closes with no "and").
 */
function listedWithPerson(text: string, tokens: readonly Token[], from: number, to: number, accepted: readonly UnknownName[]): boolean {
  const comma = (a: number, b: number) => a >= 0 && !!tokens[b] && /^,\s*$/.test(text.slice(tokens[a].end, tokens[b].start));
  const next = tokens[to];
  const goesOn = !!next && (comma(to - 1, to) || (['and', 'or'].includes(next.key) && !next.breakBefore));
  if (!goesOn || !listClosed(tokens, from)) return false;
  return accepted.some((p) => p.type === EntityType.PERSON && ((p.to === from && comma(from - 1, from)) || (p.from === to && comma(to - 1, to))));
}

/** An "and"/"or" and a capitalised word ahead in the sentence: the list has an end. */
function listClosed(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + 16) && !tokens[k].sentenceStart; k++)
    if ((tokens[k].key === 'and' || tokens[k].key === 'or') && isCapitalised(tokens[k + 1])) return true;
  return false;
}

/** Only title words (or nothing) from one token to another: "and Senator Tom Cotton". */
function titlesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!TITLES.has(tokens[k].key)) return false;
  return true;
}

/** Words that join an organisation word to the rest of its name: "Court of Appeal", "Commission on Human Rights", "Commission against Impunity". */
const HEAD_LINKS = new Set(['of', 'for', 'on', 'against']);

/** "Popular Front for the Liberation of Palestine", "Party of Regions": an organisation word, then a link and more of the name. */
function headedInside(tokens: readonly Token[], start: number, to: number): boolean {
  if (to - start < 3 || CONNECTORS.has(tokens[to - 1].text)) return false;
  for (let k = start; k < to - 2; k++) if (ORG_HEADS.has(tokens[k].key) && HEAD_LINKS.has(tokens[k + 1].key)) return true;
  return false;
}

/** Determiners a capitalised run may open with at a sentence's start: "A GE Aviation engineer", "His lawyer". */
const LEADING_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that']);

/**
 * "Cult founder Shoko Asahara", "Senior analyst …": one capitalised word opening a sentence may be a
 * common word; only an acronym there ("GE engineer …") is taken for an organisation.
 */
function commonWordOpening(tokens: readonly Token[], start: number, to: number): boolean {
  return to - start === 1 && tokens[start].sentenceStart && !isAcronymLike(tokens[start].text);
}

/** Words that may follow an organisation's name after "member of the …": the sentence goes on, the name has ended. */
const AFTER_NAME = new Set([
  'and',
  'or',
  'in',
  'at',
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'have',
  'who',
  'which',
  'for',
  'since',
  'until',
  'from',
  'to',
  'on',
  'when',
  'before',
  'after',
  'until',
  'during',
]);

/** Words of people who write for an outlet: "wrote for the Sunday Independent", "correspondent for The Observer". */
const WRITING_WORDS = new Set([
  'wrote',
  'written',
  'writing',
  'writes',
  'write',
  'reporter',
  'correspondent',
  'columnist',
  'editor',
  'contributor',
  'journalist',
]);

/**
 * "had written for The Atlantic", "a journalist working for The Observer", "editor of the Daily Dispatch": what a writer writes
 * for is an outlet.
 */
function writtenFor(tokens: readonly Token[], start: number): boolean {
  const [the, link, word, before] = [tokens[start - 1], tokens[start - 2], tokens[start - 3], tokens[start - 4]];
  if (the?.key !== 'the' || !link || !['for', 'of', 'at'].includes(link.key) || !word || link.breakBefore || the.breakBefore) return false;
  return WRITING_WORDS.has(word.key) || (word.key === 'working' && !word.breakBefore && WRITING_WORDS.has(before?.key ?? ''));
}

/** "a former member of the Grey Wolves", "founder of the Indigenous organisation …": people belong to organisations. */
function membership(tokens: readonly Token[], start: number): boolean {
  const the = tokens[start - 1];
  const of = tokens[start - 2];
  return the?.key === 'the' && !the.breakBefore && of?.key === 'of' && !of.breakBefore && MEMBERSHIP_NOUNS.has(tokens[start - 3]?.key ?? '');
}

/** The name has ended where "member of the …" is checked: not "the Indigenous organisation COPINH". */
function endsName(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  return !next || next.breakBefore || AFTER_NAME.has(next.key);
}

/** "Huawei executive Meng Wanzhou", "a GE Aviation engineer, David Zheng": a name, an employee noun, then a person's name. */
function employer(tokens: readonly Token[], to: number): boolean {
  const noun = tokens[to];
  const name = tokens[to + 1];
  return !!noun && !noun.breakBefore && !isCapitalised(noun) && EMPLOYEE_NOUNS.has(noun.key) && !!name && isCapitalised(name) && !name.sentenceStart;
}

/** "Special Tribunal" + "for Lebanon": an organisation's name may end with the country it serves. */
function withCountry(text: string, tokens: readonly Token[], org: UnknownName, isCountryWord: (i: number) => boolean): UnknownName {
  const link = tokens[org.to];
  if (!link || link.breakBefore || !['for', 'of', 'in'].includes(link.text) || !isCountryWord(org.to + 1)) return org;
  let end = org.to + 1;
  while (end < tokens.length && isCountryWord(end) && (end === org.to + 1 || !tokens[end].breakBefore)) end++;
  return { ...org, name: spanText(text, tokens, org.from, end), to: end };
}

/**
 * "17 Black, a Dubai company", "the 22 July Commission": a number glued before a body's name is the first word of it (a body is
 * named by a number, as units are: "Force 17"). Not a year ("the 1980 Olympics") nor a count after a word that counts ("some 30 …").
 */
function withNumberBefore(text: string, tokens: readonly Token[], org: UnknownName): UnknownName {
  const number = tokens[org.from - 1];
  if (!number || tokens[org.from].breakBefore || !/^\d{1,3}$/.test(number.text) || COUNTING_WORDS.has(tokens[org.from - 2]?.key ?? '')) return org;
  return { ...org, name: spanText(text, tokens, org.from - 1, org.to), from: org.from - 1 };
}

/**
 * "Gambia's Truth, Reconciliation and Reparations Commission": a body named by a list of what it serves opens with the list's first
 * word, set off by a comma before the rest; the rest names the list's end with "and". One word, free, and no name of its own
 * glued before it ("Moscow, London and Quebec City" names no body).
 */
function withListOpening(text: string, tokens: readonly Token[], org: UnknownName, isFree: (i: number) => boolean): UnknownName {
  const first = tokens[org.from - 1];
  const before = tokens[org.from - 2];
  const listed = range(org.from + 1, org.to - 1).some((k) => tokens[k].key === 'and');
  const comma = !!first && /^,\s*$/.test(text.slice(first.end, tokens[org.from].start));
  const opens = !!first && isCapitalised(first) && isFree(first.index) && (!before || first.breakBefore || !isCapitalised(before) || before.possessive);
  if (!listed || !comma || !opens || !ORG_HEADS.has(tokens[org.to - 1].key)) return org;
  return { ...org, name: spanText(text, tokens, org.from - 1, org.to), from: org.from - 1 };
}

/** Words before a number that make it a count ("some 30 Turkish soldiers"). */
const COUNTING_WORDS = new Set(['some', 'about', 'around', 'nearly', 'almost', 'over', 'than', 'least', 'killed', 'killing']);

/** "brothers Peyman and Payam Kia": the lone first name takes the surname of the person after "and". */
function sharedSurname(tokens: readonly Token[], run: [number, number], people: UnknownName[]): UnknownName | undefined {
  // "Brothers Alfred and George Degiorgio" at the start of a sentence: the cue is inside the run.
  const cueInside = run[1] - run[0] === 2 && FAMILY_CUES.has(tokens[run[0]].key);
  const [from, to] = cueInside ? [run[0] + 1, run[1]] : run;
  const partner = people.find((p) => p.from === to + 1 && p.to - p.from >= 2);
  if (to - from !== 1 || tokens[to]?.key !== 'and' || !partner) return undefined;
  const cue = previousWord(tokens, from)?.key ?? '';
  // "the Nazi hunters Beate and Serge Klarsfeld": a plural cue for people names them both.
  const cueSingular = singularOf(cue);
  const pluralCue = cue.length > 3 && !!cueSingular && PERSON_CUES.has(cueSingular);
  if (!cueInside && !FAMILY_CUES.has(cue) && !pluralCue) return undefined;
  return { type: EntityType.PERSON, name: `${tokens[from].text} ${tokens[partner.to - 1].text}`, from, to };
}

/** "her six-year-old daughter": a number spelled out before "year-old". */
function ageInWords(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.key === 'year' && tokens[k + 2]?.key === 'old';
}

/**
 * "Walker's former wife, Barbara, called the FBI", "Eichmann's son Klaus", "his daughter Marjorie in April": a given name
 * right after a surname's kin (between commas, or with none and the sentence going on in lower case) takes the surname.
 */
function kinByGivenName(
  text: string,
  tokens: readonly Token[],
  [from, to]: [number, number],
  antecedentSurname: (at: number, kin: string) => string | undefined = () => undefined,
): UnknownName | undefined {
  const given = tokens[from];
  // "his son Capt. Byron Lima Oliva": a title opens the relative's full name.
  if (to - from !== 1 || from < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(given.text) || TITLES.has(given.key)) return undefined;
  const gap = text.slice(tokens[from - 1].end, given.start);
  const commas = /^,\s*$/.test(gap);
  if (!commas && !/^ $/.test(gap)) return undefined;
  const after = tokens[to];
  const rest = after ? text.slice(given.end, after.start) : '';
  if (after && !/^\s*[,.;]/.test(rest) && (commas || !/^ $/.test(rest) || isCapitalised(after))) return undefined;
  if (!KIN_NOUNS.has(tokens[from - 1].key) || tokens[from - 1].breakBefore) return undefined;
  let k = from - 2;
  while (k > 0 && k > from - 6 && !tokens[k + 1].breakBefore && (KIN_ADJECTIVES.has(tokens[k].key) || /^\d+$/.test(tokens[k].text) || ageInWords(tokens, k)))
    k--;
  const owner = tokens[k];
  // "His wife, Waltraud, was sentenced": she takes the surname of the pronoun's person, when the story leaves no doubt who that is.
  if (PERSON_PRONOUNS_POSSESSIVE.has(owner?.key ?? '') && !tokens[k + 1].breakBefore) {
    const surname = antecedentSurname(k, tokens[from - 1].key);
    return surname ? { type: EntityType.PERSON, name: `${given.text} ${surname}`, from, to } : undefined;
  }
  // "the President's son Hunter": a title's possessive gives no surname.
  if (!owner?.possessive || !isCapitalised(owner) || tokens[k + 1].breakBefore || owner.text.length < 3 || TITLES.has(owner.key)) return undefined;
  return { type: EntityType.PERSON, name: `${given.text} ${owner.text}`, from, to };
}

/**
 * Names the reference data does not know. A capitalised run is a person when compromise tags a
 * name in it, a title precedes it ("Interior Minister Nancy Faeser"), a cue word does ("reporter
 * Evan Gershkovich"), it speaks ("… said"), or it is coordinated with a person; it is an
 * organisation when it ends with an organisation word ("Electoral Commission").
 */
export function findUnknownNames(text: string, tokens: readonly Token[], isFree: (i: number) => boolean, context: NameContext = {}): UnknownName[] {
  const isCountryWord = context.isCountryWord ?? (() => false);
  // Country words may open an organisation's name; everywhere else they split runs as before.
  // compromise is by far the slowest step: tag only when cheaper evidence did not settle a name.
  let cached: Array<Set<string>> | undefined;
  const tags = () => (cached ??= tagsByToken(text, tokens));
  const firstName = (i: number) => tags()[i].has('FirstName');
  const runs = capitalisedRuns(text, tokens, (i) => isFree(i) || isCountryWord(i))
    .flatMap(([from, to]) => leaderAfterOrganisation(tokens, from, to, firstName))
    .flatMap(([from, to]) =>
      organizationIn(text, tokens, from, to, context, firstName)
        ? [[from, to] as [number, number]]
        : withoutCountryWords(text, tokens, from, to, isCountryWord),
    );
  const found: UnknownName[] = [];
  const unresolved: Array<[number, number]> = [];
  for (const [from, to] of runs) {
    const organization = organizationIn(text, tokens, from, to, context, firstName);
    if (organization) {
      found.push(withCountry(text, tokens, withListOpening(text, tokens, withNumberBefore(text, tokens, organization), isFree), isCountryWord));
      continue;
    }
    const parts = splitAtConnectors(tokens, from, to);
    const unnamed: Array<[number, number]> = [];
    for (const [start, end] of parts) {
      const person = personIn(text, tokens, start, end, tags, found, context);
      if (person) found.push(person);
      else unnamed.push([start, end]);
    }
    for (const part of unnamed) {
      const sibling = sharedSurname(tokens, part, found) ?? kinByGivenName(text, tokens, part, (at, kin) => context.antecedentSurname?.(at, found, kin));
      if (sibling) found.push(sibling);
      else unresolved.push(part);
    }
  }
  // Second look, now that later names are known: "Lam Wing-kee and Lee Bo" when only "Lee Bo" had evidence.
  // Again while names turn up: "A, B and C" passes evidence along the list from the one name that had it.
  let pending = unresolved;
  while (pending.length > 0) {
    const left = pending.filter(([start, end]) => {
      const person = personIn(text, tokens, start, end, tags, found, context);
      if (person) found.push(person);
      return !person;
    });
    if (left.length === pending.length) break;
    pending = left;
  }
  return found;
}

/** "Rapid Support Forces of Mohamed Hamdan Dagalo", "Bougainville Revolutionary Army of Francis Ona": an organisation, then its leader after "of". */
function leaderAfterOrganisation(tokens: readonly Token[], from: number, to: number, firstName: (i: number) => boolean): Array<[number, number]> {
  for (let k = from + 1; k < to - 2; k++) {
    if (tokens[k].key !== 'of' || !ORG_HEADS.has(tokens[k - 1].key)) continue;
    const rest = to - k - 1;
    if (rest >= 2 && rest <= 4 && !tokens.slice(k + 1, to).some((t) => ORG_HEADS.has(t.key) || CONNECTORS.has(t.text)) && firstName(k + 1))
      return [
        [from, k],
        [k + 1, to],
      ];
  }
  return [[from, to]];
}

/** The run cut at country words, as if they were not free ("Supreme Court of Canada" → "Supreme Court"). */
function withoutCountryWords(text: string, tokens: readonly Token[], from: number, to: number, isCountryWord: (i: number) => boolean): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || (isCountryWord(i) && !hyphenatedGivenNameWord(text, tokens, i, to, isCountryWord))) {
      let end = i;
      while (end > start && (CONNECTORS.has(tokens[end - 1].text) || PARTICLES.has(tokens[end - 1].text))) end--;
      if (end > start) parts.push([start, end]);
      start = i + 1;
      // "Danish-born Dan Aerbel": a lowercase piece hyphened to the country word goes with it.
      while (start < to && !isCountryWord(start) && !isCapitalised(tokens[start]) && attached(text, tokens, start)) start++;
    }
  }
  return parts;
}

/** "President France-Albert René": a country's name hyphened to a given name and followed by a surname is part of the name. */
function hyphenatedGivenNameWord(text: string, tokens: readonly Token[], i: number, to: number, isCountryWord: (i: number) => boolean): boolean {
  return (
    i + 2 < to &&
    attached(text, tokens, i + 1) &&
    isCapitalised(tokens[i + 1]) &&
    !isCountryWord(i + 1) &&
    isCapitalised(tokens[i + 2]) &&
    !isCountryWord(i + 2)
  );
}

/** "Alexander Petrov and Ruslan Boshirov" is two names. */
function splitAtConnectors(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || CONNECTORS.has(tokens[i].text)) {
      if (i > start) parts.push([start, i]);
      start = i + 1;
    }
  }
  return parts;
}
