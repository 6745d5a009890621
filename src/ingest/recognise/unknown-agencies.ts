import worldCountries from 'world-countries';
import { countryOfPlaceIn } from './agency-places';
import { ownerCountryBefore } from './unit-owners';
import { findOwnedUnits, isLoneForce } from './agency-units';
import { capitalAt } from './capitals';
import { TERRITORIES } from './country-forms';
import { findForeignAgencyNames } from './foreign-agency-names';
import type { CountryMention } from './country-recognizer';
import { agencyDraft, EntityDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { range } from './phrase-matcher';
import { PARTICLES, SENTENCE_OPENERS, TITLES } from './name-cue-words';
import { findSheriffOffices } from './sheriff-offices';
import { findStaffIntelligenceSections } from './staff-intelligence-sections';
import { findTaskForces } from './task-forces';
import { findUnitAppositions } from './unit-appositions';
import { formKey, inServiceSentence, isAcronymLike, isCapitalised, sentenceEndOf, sentenceStartOf, spanText, Token } from './text-tokens';

/** Words an agency's name ends on ("Central Revolutionary Investigation Department", "Sharjah Police"). */
const AGENCY_HEADS = new Set([
  'service',
  'agency',
  'directorate',
  'bureau',
  'department',
  'command',
  'force',
  'police',
  'gendarmerie',
  'constabulary',
  'division',
  'unit',
  'office',
  'commission',
  'centre',
  'center',
  'secretariat',
  'board',
  'authority',
  'squad',
  'group',
  'branch',
  'guard',
  'customs',
  'brigade',
  'corps',
]);

/** What makes such a name an agency's: the work it does. */
const AGENCY_WORDS = new Set([
  'intelligence',
  'security',
  'counterintelligence',
  'counterespionage',
  'espionage',
  'investigation',
  'investigations',
  'investigative',
  'police',
  'gendarmerie',
  'constabulary',
  'corruption',
  'anticorruption',
  'fraud',
  'crime',
  'crimes',
  'criminal',
  'terrorism',
  'counterterrorism',
  // "National Anti-Terrorist Division (DNAT)", "Anti-Terrorism Squad": police units by the crime they work on.
  'terrorist',
  'antiterrorist',
  'antiterrorism',
  'surveillance',
  'secret',
  'reconnaissance',
  'narcotics',
  'border',
  'intervention',
  // "National Drug Enforcement Agency", "Maritime Law Enforcement Agency".
  'enforcement',
  // "HM Customs and Excise", "Customs Service": customs officers are law enforcement.
  'customs',
  'excise',
]);

/** Words that make an agency-shaped name something else: "UK Health Security Agency", "Center for Security Studies". */
const NOT_AGENCY_WORDS = new Set([
  'health',
  'revenue',
  'food',
  'social',
  'energy',
  'nuclear',
  'aviation',
  'studies',
  'research',
  'policy',
  'institute',
  'university',
  'school',
  'academy',
  'foundation',
  'rights',
  'freedom',
  'press',
  'media',
  'journalism',
  'democracy',
  'peace',
  'council',
  'court',
  'ministry',
  'party',
  'company',
  'ltd',
  'inc',
  'traffic',
  'fire',
  'prison',
  'prisons',
  // Places people are held in: "Terrorism Confinement Center (CECOT)", "Detention Centre".
  'confinement',
  'detention',
  'penitentiary',
  'jail',
  'threat',
  'digital',
  'international',
  'european',
  'nations',
  'african',
  'world',
  'global',
  // Bodies that watch the services, which are no services themselves: "Danish Intelligence Oversight Board",
  // "Independent Police Conduct Authority", "Police Complaints Authority", "Security Intelligence Review Committee".
  'oversight',
  'conduct',
  'complaints',
  'review',
  'ombudsman',
  'ombudsperson',
  'watchdog',
]);

/** A word right after the head that makes the run name another thing: "Security Service Act", "Police Academy". */
const NOT_AFTER_HEAD = new Set([
  'act',
  'law',
  'bill',
  'building',
  'headquarters',
  // "Johannesburg Central Police Station": a building, not the force.
  'station',
  'stations',
  'academy',
  'museum',
  'college',
  'school',
  'hospital',
  'stadium',
  'award',
  'medal',
  'report',
  'files',
  'archives',
  'scandal',
  'affair',
  'hearing',
]);

/**
 * Heads that name an agency only with one of these words: "Independent Commission Against Corruption",
 * "State Intelligence Secretariat", but not "Royal Commission on Espionage", "Criminal Cases Review
 * Commission" or "Secretariat of Public Security" (inquiries, review bodies and ministries).
 */
const NARROW_HEADS = new Map<string, Set<string>>([
  ['commission', new Set(['corruption', 'anticorruption', 'crime', 'crimes', 'fraud', 'intelligence'])],
  ['secretariat', new Set(['intelligence'])],
  // "Special Intervention Group (GIS)", "Police Intervention Group", not "Armed Islamic Group" or "Security Group" (firms).
  ['group', new Set(['intervention', 'intelligence', 'investigation', 'investigations', 'police', 'counterterrorism', 'surveillance'])],
  // "Special Branch", "Anti-Terrorist Branch", "Criminal Investigation Branch", not "Executive Branch" or "Branch Davidians";
  // "Ahmedabad Crime Branch", "Mumbai Crime Branch": South Asian city police name their detective units so.
  ['branch', new Set(['special', 'terrorist', 'antiterrorist', 'criminal', 'crime', 'investigation', 'intelligence', 'security', 'political'])],
  // "Border Guard", "Civil Guard", "Presidential Guard" (presidential guards are agencies as a class, LABELLING.md), not "Republican
  // Guard" or "Old Guard" (armies and factions).
  ['guard', new Set(['border', 'frontier', 'civil', 'coast', 'presidential'])],
  // Police brigades by their work ("Anti-Kidnapping Brigade", "Narcotics Brigade"), not an army's ("Anti-Aircraft Missile Brigade") or a militia's ("Qassam Brigade").
  [
    'brigade',
    new Set([
      'criminal',
      'crime',
      'crimes',
      'narcotics',
      'drugs',
      'kidnapping',
      'intervention',
      'police',
      'investigation',
      'investigations',
      'intelligence',
      'terrorism',
      'terrorist',
      'counterterrorism',
      'fraud',
      'gang',
      'gangs',
      'homicide',
      'vice',
    ]),
  ],
  // "Criminal Investigation Corps", "Counter Intelligence Corps", not "Marine Corps" or "Peace Corps".
  ['corps', new Set(['investigation', 'investigations', 'intelligence', 'counterintelligence', 'criminal', 'police'])],
]);

/** Dependent territories by folded name: "Puerto Rico Police" is a force of its own, with the territory's code. */
const TERRITORY_NAMES = new Map<string, string>(
  worldCountries.flatMap((c) => (TERRITORIES.has(c.cca2) ? [c.name.common, c.name.official].map((name): [string, string] => [formKey(name), c.cca2]) : [])),
);

/** A territory's name right before token i, glued to it: how many tokens it takes, and its code. */
function territoryBefore(tokens: readonly Token[], i: number): { length: number; code: string } | undefined {
  if (tokens[i].breakBefore) return undefined;
  for (let n = 1; n <= 3 && n <= i; n++) {
    const code = TERRITORY_NAMES.get(
      tokens
        .slice(i - n, i)
        .map((t) => t.key)
        .join(' '),
    );
    if (code && !tokens[i - 1].possessive && !tokens.slice(i - n + 1, i).some((t) => t.breakBefore)) return { length: n, code };
  }
  return undefined;
}

/** "Directorate of Naval Intelligence", "Commission Against Corruption": the name goes on after its head. */
const TAIL_LINKS = new Set(['of', 'for', 'against', 'on']);

/** "Military Intelligence", "Naval Intelligence": a branch's intelligence service named without a head noun. */
const BRANCH_WORDS = new Set(['military', 'naval', 'navy', 'army', 'defence', 'defense', 'signals']);

/** What the story around a text shows: its countries in order of mention, and the countries of the agencies read so far. */
export interface StoryView {
  countries: ReadonlySet<string>;
  /** The countries the headline and topic line name: what the story is about. */
  subjectCountries?: ReadonlySet<string>;
  agencyCountries: () => ReadonlySet<string>;
  /** Every agency country the story named, its own police too: whose service "the police's …" means. */
  namedAgencyCountries?: () => ReadonlySet<string>;
}

export interface UnknownAgency {
  entity: EntityDraft;
  from: number;
  to: number;
  /** A defined acronym in parentheses right after the name, "(SIM)": its tokens belong to the mention. */
  acronymTo?: number;
}

/** An agency the reference does not hold, read from tokens [from, to); a defined acronym's tokens, up to `acronymTo`, belong to the mention. */
function unknownAgency(name: string, countryCode: string, from: number, to: number, acronym?: string, acronymTo?: number): UnknownAgency {
  return { entity: agencyDraft({ name, acronym, aliases: [], countryCode }), from, to, acronymTo };
}

/** Tokens [from, to) read as one name: capitalised, free, no punctuation or possessive inside. */
function joins(text: string, tokens: readonly Token[], i: number, isFree: (i: number) => boolean): boolean {
  const t = tokens[i];
  // "the Kenya Defence Forces' Military Intelligence …": a plural possessive ends the owner's name too.
  const pluralPossessive = !!t && /['’]/.test(text.slice(tokens[i - 1].end, t.start));
  return !!t && isFree(i) && !t.breakBefore && !tokens[i - 1].possessive && !pluralPossessive && isCapitalised(t);
}

function isHead(t: Token, from: number, tokens: readonly Token[]): boolean {
  if (AGENCY_HEADS.has(t.key)) return true;
  return t.key === 'intelligence' && t.index > from && BRANCH_WORDS.has(tokens[t.index - 1].key);
}

/** "of Naval Intelligence", "Against Corruption": how far a name goes on after its head (exclusive). */
function tailEnd(tokens: readonly Token[], head: number, isFree: (i: number) => boolean, isCountry: (i: number) => boolean): number {
  const link = tokens[head + 1];
  if (!link || link.breakBefore || !TAIL_LINKS.has(link.key) || !isFree(head + 1)) return head + 1;
  let k = head + 2;
  if (tokens[k]?.key === 'the' && !tokens[k].breakBefore && isFree(k)) k++;
  const start = k;
  const goesOn = (j: number) => j < tokens.length && isFree(j) && !tokens[j].breakBefore && (j === start || !tokens[j - 1].possessive);
  // "of Rio de Janeiro": a lowercase particle inside a place's name.
  while (goesOn(k) && (isCapitalised(tokens[k]) || (k > start && PARTICLES.has(tokens[k].key) && goesOn(k + 1) && isCapitalised(tokens[k + 1])))) k++;
  if (k === start) return head + 1;
  if (tokens[k]?.key !== 'of') return k;
  // "Investigations Department of the Police of the Capital", "Directorate for the Protection of the Constitutional Order": the name
  // goes on over a second "of", unless that names a country ("… of Ukraine" says whose it is) or another body ("… of the Ministry of Defence").
  const next = tailEnd(tokens, k - 1, isFree, isCountry);
  const named = tokens[k + 1]?.key === 'the' ? k + 2 : k + 1;
  return next > k && !isCountry(named) && !tokens.slice(k, next).some((t) => NOT_AGENCY_WORDS.has(t.key)) ? next : k;
}

/**
 * A syllable acronym, one capital and the first letters of the name's words ("Propam" for the Profession and Security Division,
 * as the reference's Säpo, Kripos, Bakin, Kopkamtib): its initial opens one of the name's last words.
 */
function isSyllableAcronym(word: string, tokens: readonly Token[], to: number): boolean {
  if (!/^\p{Lu}\p{Ll}{3,8}$/u.test(word)) return false;
  return tokens.slice(Math.max(0, to - 5), to).some((t) => isCapitalised(t) && t.text[0] === word[0] && t.text.length > 2);
}

/** "(SIM)" right after the name: the acronym and where its tokens end. */
function definedAcronym(text: string, tokens: readonly Token[], to: number): { acronym: string; to: number } | undefined {
  const next = tokens[to];
  if (!next || !(isAcronymLike(next.text) || isSyllableAcronym(next.text, tokens, to)) || tokens[to + 1]?.breakBefore === false) return undefined;
  const between = text.slice(tokens[to - 1].end, next.start);
  const after = text.slice(next.end, next.end + 1);
  return /^\s*\($/.test(between) && after === ')' ? { acronym: next.text, to: to + 1 } : undefined;
}

/**
 * Whose agency an unknown name is: a country word inside it ("Slovak Police Force", "… of Ukraine"),
 * one right before it ("Kuwait's …"), else the nearest country named earlier in the sentence, the one
 * country of the agencies named earlier in the sentence, the text's only country, the nearest one earlier in the
 * text that is not after a preposition (else the nearest), or the story's only country.
 */
function countryOf(
  from: number,
  to: number,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  story: StoryView,
  knownAgencies: readonly EntityMention[],
): string | undefined {
  const inside = countries.find((c) => c.from >= from && c.to <= to);
  if (inside) return inside.code;
  // "the force's Special Operations Group", "its National Cyber Security Centre": the owner's unit.
  const ownersCountry = ownerCountryBefore(tokens, from, knownAgencies, story.namedAgencyCountries ?? story.agencyCountries);
  if (ownersCountry) return ownersCountry;
  // "HM Customs and Excise", "HM Revenue": the Crown's services are the UK's.
  if (tokens[from].text === 'HM') return 'GB';
  // "Cairo Security Directorate", "Buenos Aires Federal Police": a capital in the name is its country's, in as many words as it has.
  for (let k = from; k < to; k++) {
    const capital = capitalAt(tokens, k, to)?.capital;
    if (capital) return capital.code;
  }
  // "Shanghai Public Security Bureau", "Sindh Police": a state, province or city in the name says whose, whatever else the story names.
  const place = countryOfPlaceIn(tokens.slice(from, to).map((t) => t.key));
  if (place) return place;
  const before = countries.filter((c) => c.to <= from).sort((a, b) => b.to - a.to);
  if (before[0] && before[0].to === from) return before[0].code;
  const sentenceStart = sentenceStartOf(tokens, from);
  if (before[0] && before[0].from >= sentenceStart) return before[0].code;
  // "The DCI and the National Police Service said …": the agencies named earlier in the sentence are of one country.
  const nearby = new Set(knownAgencies.filter((m) => m.from >= sentenceStart && m.to <= from).map((m) => m.entity.countryCode ?? ''));
  if (nearby.size === 1 && !nearby.has('')) return [...nearby][0];
  // "The National Police and the SBU said …": with no country in the text, the agencies named later in the sentence are of its country.
  const sentenceEnd = sentenceEndOf(tokens, to);
  const later = new Set(knownAgencies.filter((m) => m.from >= to && m.to <= sentenceEnd).map((m) => m.entity.countryCode ?? ''));
  if (countries.length === 0 && later.size === 1 && !later.has('')) return [...later][0];
  const inText = new Set(countries.map((c) => c.code));
  if (inText.size === 1) return [...inText][0];
  // "extradited from the United States", "run by Chinese syndicates": a country after a preposition is a place or a party, seldom the owner.
  const owner = before.find((c) => !PLACE_PREPOSITIONS.has(wordBefore(tokens, c.from)));
  if (owner ?? before[0]) return (owner ?? before[0]).code;
  if (countries.length > 0) return story.countries.size === 1 ? [...story.countries][0] : undefined;
  // "an officer of Unit 131 who ran the cell": a text naming no country speaks of the country whose agencies the story named, else of the
  // country the story is about.
  const agencyCountries = story.agencyCountries();
  // Of several, the country the headline and topic line are about before the first the texts name.
  return agencyCountries.size === 1 ? [...agencyCountries][0] : ([...(story.subjectCountries ?? [])][0] ?? [...story.countries][0]);
}

const PLACE_PREPOSITIONS = new Set(['from', 'in', 'to', 'into', 'by', 'with', 'against', 'for', 'at', 'across', 'via']);

/** The word before a mention, past an article: "from the United States" → "from". */
function wordBefore(tokens: readonly Token[], i: number): string {
  const previous = tokens[i - 1];
  return previous?.key === 'the' && i > 1 ? tokens[i - 2].key : (previous?.key ?? '');
}

/** "Central Operations Service (SCO) of the Italian State Police": a unit named after its head, then "of the" and an agency already read. */
function parentAgency(tokens: readonly Token[], head: number, knownAgencies: readonly EntityMention[]): EntityDraft | undefined {
  let k = head + 1;
  if (tokens[k]?.text === 'of' && !tokens[k].breakBefore) k++;
  else if (tokens[k + 1]?.text === 'of' && isAcronymLike(tokens[k]?.text ?? '')) k += 2;
  else return undefined;
  if (tokens[k]?.key === 'the') k++;
  return knownAgencies.find((m) => m.from === k)?.entity;
}

/** Words that say whose unit a name is: "the police Special Action Unit (UTK)", "the army's Force Research Unit (FRU)". */
const SERVICE_OWNERS = new Set(['police', 'army', 'military', 'intelligence', 'navy', 'naval', 'gendarmerie']);

/** Owners that make a unit an armed force's, and words of combat that make it a fighting unit, not intelligence or police. */
const ARMED_OWNERS = new Set(['army', 'navy', 'military', 'naval']);
const COMBAT_WORDS = new Set(['forces', 'commando', 'commandos', 'infantry', 'airborne', 'paratroopers', 'rangers', 'soldiers', 'troops']);

/**
 * "the army's Special Forces Command (KSK)", "commandos from the Korean People's Army's Unit 124": a unit an army owns, named or
 * described by combat, is a military unit, an organisation (LABELLING.md, convention 4); "the army's Force Research Unit" is not.
 */
function isMilitaryUnit(tokens: readonly Token[], start: number, to: number): boolean {
  const owner = tokens[start - 1];
  if (!owner || tokens[start].breakBefore || !ARMED_OWNERS.has(owner.key)) return false;
  const sentence = sentenceStartOf(tokens, start);
  const end = sentenceEndOf(tokens, to);
  return tokens.slice(sentence, end).some((t) => COMBAT_WORDS.has(t.key));
}

const SERVED_HEADS = new Set(['unit', 'squad', 'division', 'command', 'directorate', 'bureau', 'service', 'force', 'department']);

/** A known agency's possessive right before token start: "the FSB's …". */
function ownedByKnownAgency(tokens: readonly Token[], start: number, knownAgencies: readonly EntityMention[]): boolean {
  return !!tokens[start - 1]?.possessive && !tokens[start].breakBefore && knownAgencies.some((m) => m.to === start);
}

/** A unit named right after its service (lower case, or possessive): its name needs no agency word when an acronym defines it. */
function withinService(tokens: readonly Token[], start: number, knownAgencies: readonly EntityMention[]): boolean {
  const owner = tokens[start - 1];
  if (!owner || tokens[start].breakBefore) return false;
  // "the Kenya Police Service's Special Service Unit (SSU)": a known agency's possessive owns the unit too.
  if (ownedByKnownAgency(tokens, start, knownAgencies)) return true;
  return !isCapitalised(owner) && SERVICE_OWNERS.has(owner.key);
}

/** Is tokens [from, to) an agency's name by its words (a head noun and an agency word, nothing that makes it another body)? */
export function isAgencyShaped(tokens: readonly Token[], from: number, to: number, isCountryWord: (i: number) => boolean = () => false): boolean {
  const words = tokens.slice(from, to);
  const heads = words.filter((t) => isHead(t, from, tokens));
  const narrow = heads.length > 0 && heads.every((h) => NARROW_HEADS.has(h.key));
  // A narrow head's own words say what it does ("Special Branch"); other heads need an agency word.
  const saysWhatItDoes = narrow ? words.some((t) => heads.some((h) => NARROW_HEADS.get(h.key)?.has(t.key))) : words.some((t) => AGENCY_WORDS.has(t.key));
  // "South African Police": a word of a country's name or demonym is the owner's, not another kind of body ("African Union Commission").
  return to - from >= 2 && saysWhatItDoes && !words.some((t) => NOT_AGENCY_WORDS.has(t.key) && !isCountryWord(t.index)) && heads.length > 0;
}

/** "Department of Surveillance and Security (DSS)": a name that goes on over "and" when a defined acronym closes it. */
function coordinatedTail(text: string, tokens: readonly Token[], to: number, isFree: (i: number) => boolean): number {
  if (tokens[to]?.key !== 'and' || tokens[to].breakBefore || !isFree(to)) return to;
  let k = to + 1;
  while (k < tokens.length && isFree(k) && !tokens[k].breakBefore && !tokens[k - 1].possessive && isCapitalised(tokens[k]) && !isAcronymLike(tokens[k].text))
    k++;
  // "HM Customs and Excise" (the UK's, Hong Kong's, India's): the pair is the name with or without an acronym.
  const paired = k === to + 2 && tokens[to - 1].key === 'customs' && tokens[to + 1].key === 'excise';
  return k > to + 1 && (paired || definedAcronym(text, tokens, k)) ? k : to;
}

/**
 * Agencies the reference data does not know, by the shape of their names: capitalised words ending on
 * an agency head ("Bureau", "Directorate", "Police"…) with a word saying what it does ("Intelligence",
 * "Investigation", "Corruption"…), optionally going on ("Directorate of Naval Intelligence") and followed
 * by a defined acronym ("(SIM)", which then is the id). Titles and sentence openers before the name are
 * no part of it; a country word is ("Slovak Police Force"), unless possessive ("Kuwait's …"). No country, no agency.
 */
export function findUnknownAgencies(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  story: StoryView,
  isFreeToken: (i: number) => boolean,
  knownAgencies: readonly EntityMention[] = [],
): UnknownAgency[] {
  const found: UnknownAgency[] = [];
  const taskForces = findTaskForces(tokens, isFreeToken, knownAgencies);
  for (const t of taskForces.agencies) {
    const countryCode = t.leader?.entity.countryCode ?? countryOf(t.from, t.to, tokens, countries, story, knownAgencies);
    if (countryCode) found.push(unknownAgency(spanText(text, tokens, t.from, t.to), countryCode, t.from, t.to));
  }
  const units = findUnitAppositions(tokens, isFreeToken, knownAgencies);
  for (const u of units) found.push(unknownAgency(spanText(text, tokens, u.from, u.to), u.parent.entity.countryCode ?? '', u.from, u.to));
  // A task force is read here or nowhere: the other rules would take a soldiers' "Internal Security Task Force" for an agency.
  const inTaskForce = new Set([...taskForces.agencies, ...taskForces.others, ...units].flatMap((t) => range(t.from, t.to)));
  const isFree = (i: number) => isFreeToken(i) && !inTaskForce.has(i);
  const isCountry = (i: number) => countries.some((c) => c.from === i);
  const isCountryWord = (i: number) => countries.some((c) => i >= c.from && i < c.to);
  for (let i = 0; i < tokens.length; i++) {
    if (!isFree(i) || !(isCapitalised(tokens[i]) || isLoneForce(tokens, i))) continue;
    let end = i + 1;
    while (end < tokens.length && joins(text, tokens, end, isFree)) end++;
    let head = -1;
    for (let k = end - 1; k >= i && head < 0; k--) if (isHead(tokens[k], i, tokens)) head = k;
    let start = i;
    while (start < head && (TITLES.has(tokens[start].key) || SENTENCE_OPENERS.has(tokens[start].key) || tokens[start].key === 'the')) start++;
    const territory = head >= 0 && start === i ? territoryBefore(tokens, i) : undefined;
    if (territory) start = i - territory.length;
    let to = head < 0 ? -1 : coordinatedTail(text, tokens, tailEnd(tokens, head, isFree, isCountry), isFree);
    const parent = head < 0 ? undefined : parentAgency(tokens, head, knownAgencies);
    // "European Union Agency for …": a run glued to a name already read goes on that name, and is not an agency of its own.
    const before = tokens[start - 1];
    const continues = !!before && !tokens[start].breakBefore && !before.possessive && isCapitalised(before) && !isFree(start - 1);
    // "The Karachi Police Counter Terrorism Department": a run glued before a known agency's name says whose that agency is.
    const owner = head >= 0 && !!tokens[end] && !tokens[end].breakBefore && !tokens[end - 1].possessive && knownAgencies.some((m) => m.from === end);
    const otherThing = continues || owner || (head >= 0 && head + 1 < end && NOT_AFTER_HEAD.has(tokens[head + 1].key));
    // "the FSB's Directorate for the Protection of the Constitutional Order": a known agency's possessive names its unit without an acronym.
    const servedUnit =
      head >= 0 &&
      !otherThing &&
      SERVED_HEADS.has(tokens[head].key) &&
      withinService(tokens, start, knownAgencies) &&
      (!!definedAcronym(text, tokens, to) || ownedByKnownAgency(tokens, start, knownAgencies)) &&
      to - start >= 2 &&
      !isMilitaryUnit(tokens, start, to);
    const lone = to - start === 1 && isLoneForce(tokens, start);
    const shaped = isAgencyShaped(tokens, start, to, isCountryWord);
    if (head < 0 || otherThing || !(shaped || (parent && to - start >= 2) || servedUnit || lone)) {
      i = end - 1;
      continue;
    }
    if (parent && !shaped && !servedUnit) to = head + 1;
    // "the NSW Police Force's Strike Force Parrabell": an owned unit's name goes on after its head.
    if (servedUnit && ownedByKnownAgency(tokens, start, knownAgencies) && end > to && !NOT_AFTER_HEAD.has(tokens[head + 1]?.key ?? '')) to = end;
    // "the Financial Intelligence Unit of the Slovak police": a demonym ending the tail says whose unit, but is no part of its name.
    const demonymTail =
      to > head + 1 ? countries.find((c) => c.via === 'demonym' && c.to === to && c.from > head && tokens[to] && !tokens[to].breakBefore) : undefined;
    if (demonymTail) to = head + 1;
    // A lone force in lower case is the force of the country the story is about, the first its headline and topic line name ("the gendarmerie" in a story on Turkey).
    const subject = lone && !isCapitalised(tokens[start]) ? [...(story.subjectCountries ?? [])][0] : undefined;
    const countryCode = subject ?? territory?.code ?? demonymTail?.code ?? parent?.countryCode ?? countryOf(start, to, tokens, countries, story, knownAgencies);
    if (countryCode) {
      const defined = definedAcronym(text, tokens, to);
      found.push(unknownAgency(spanText(text, tokens, start, to), countryCode, start, to, defined?.acronym, defined?.to));
    }
    i = Math.max(to, end) - 1;
  }
  for (const name of findForeignAgencyNames(tokens, (i) => isFree(i) && !found.some((a) => i >= a.from && i < (a.acronymTo ?? a.to)))) {
    const countryCode = countryOf(name.from, name.to, tokens, countries, story, knownAgencies);
    const defined = definedAcronym(text, tokens, name.to);
    if (!countryCode) continue;
    found.push(unknownAgency(spanText(text, tokens, name.from, name.to), countryCode, name.from, name.to, defined?.acronym, defined?.to));
  }
  const notFoundYet = (i: number) => isFree(i) && !found.some((a) => i >= a.from && i < (a.acronymTo ?? a.to));
  const owners = [...knownAgencies, ...found.map((a) => ({ id: '', entity: a.entity, from: a.from, to: a.acronymTo ?? a.to }))];
  found.push(...findOwnedUnits(text, tokens, countries, notFoundYet, owners));
  const notFound = (i: number) => isFree(i) && !found.some((a) => i >= a.from && i < (a.acronymTo ?? a.to));
  const numbered = findNumberedUnits(text, tokens, countries, story, notFound, knownAgencies);
  const described = findDescribedAcronyms(text, tokens, countries, story, (i) => notFound(i) && !numbered.some((a) => i >= a.from && i < a.to), knownAgencies);
  const sections = findStaffIntelligenceSections(text, tokens, notFound).flatMap((s): UnknownAgency[] => {
    const countryCode = countryOf(s.from, s.to, tokens, countries, story, knownAgencies);
    return countryCode ? [unknownAgency(s.name, countryCode, s.from, s.to)] : [];
  });
  // Sheriffs are American: the county's name decides nothing more.
  const sheriffs = findSheriffOffices(tokens, notFound).map((s) => unknownAgency(spanText(text, tokens, s.from, s.to), 'US', s.from, s.to));
  return [...found, ...numbered, ...described, ...sections, ...sheriffs];
}

/** Lower-case heads an acronym's description ends on: "the SOBR rapid-response unit". */
const DESCRIBED_HEADS = new Set(['unit', 'squad', 'brigade', 'force', 'police', 'service', 'agency']);

/** What makes that description a police or intelligence unit's, not a guerrilla's ("the FARC special forces unit"). */
const DESCRIBED_WORDS = new Set([
  'police',
  'intelligence',
  'security',
  'response',
  'riot',
  'counterterrorism',
  'antiterrorist',
  'antiterrorism',
  'investigation',
  'investigative',
  'surveillance',
  'detective',
]);

/**
 * "a former member of the SOBR rapid-response unit of Belarus's interior ministry": an acronym no list
 * knows, described right after by lower-case words ending on a unit head with a word of police or
 * intelligence work, is an agency of the country in view (the acronym is its id).
 */
function findDescribedAcronyms(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  story: StoryView,
  isFree: (i: number) => boolean,
  knownAgencies: readonly EntityMention[],
): UnknownAgency[] {
  const found: UnknownAgency[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const acronym = tokens[i];
    if (!isFree(i) || acronym.possessive || !/^\p{Lu}{3,6}$/u.test(acronym.text) || countries.some((c) => i >= c.from && i < c.to)) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + 3 && !tokens[k].breakBefore && !isCapitalised(tokens[k]) && !DESCRIBED_HEADS.has(tokens[k].key)) k++;
    const head = tokens[k];
    if (!head || head.breakBefore || isCapitalised(head) || !DESCRIBED_HEADS.has(head.key) || k === i + 1) continue;
    if (!tokens.slice(i + 1, k + 1).some((t) => DESCRIBED_WORDS.has(t.key))) continue;
    const countryCode = countryOf(i, k + 1, tokens, countries, story, knownAgencies);
    if (countryCode) found.push(unknownAgency(acronym.text, countryCode, i, i + 1, acronym.text));
  }
  return found;
}

/** Heads that, with a number, name a unit of a service: "Branch 251", "Department IV", "Unit 61398". */
const NUMBERED_HEADS = new Set(['unit', 'branch', 'department', 'directorate', 'division', 'bureau', 'battalion']);

/** Heads a single capital letter names a unit of: "Directorate T" (the KGB's), "Department V". */
const LETTERED_HEADS = new Set(['directorate', 'department', 'division']);

/** Words that put a numbered unit in a service's sentence (laws' "Section 702" and football's "Division 1" are not). */
const SERVICE_WORDS = new Set([
  'intelligence',
  'security',
  'police',
  'military',
  'army',
  'spy',
  'spies',
  'secret',
  'torture',
  'tortured',
  'hackers',
  'hacking',
  'interrogation',
  // "an officer of Unit 131", "agents of Branch 215".
  'officer',
  'officers',
  'agent',
  'agents',
  'operative',
  'operatives',
]);

/**
 * "Raslan headed investigations at Branch 251", "the SB's Department IV": a head and a number or Roman
 * numeral, in a sentence about a service (a known agency or a word such as "intelligence"), is a unit
 * of the country in view.
 */
function findNumberedUnits(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  story: StoryView,
  isFree: (i: number) => boolean,
  knownAgencies: readonly EntityMention[],
): UnknownAgency[] {
  const found: UnknownAgency[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const number = tokens[i + 1];
    if (!NUMBERED_HEADS.has(tokens[i].key) || !isCapitalised(tokens[i]) || !isFree(i) || !isFree(i + 1) || number.breakBefore) continue;
    // "Branch 251", "Department IV", and a letter for a directorate or department ("Directorate T", "Department V").
    const lettered = LETTERED_HEADS.has(tokens[i].key) && /^[A-Z]$/.test(number.text);
    if (!(/^(?:\d{2,6}|[IVX]{1,4})$/.test(number.text) || lettered) || (tokens[i + 2] && !tokens[i + 2].breakBefore && isCapitalised(tokens[i + 2]))) continue;
    const sentence = sentenceStartOf(tokens, i);
    const inService = inServiceSentence(tokens, i, i + 2, SERVICE_WORDS, knownAgencies) && !isMilitaryUnit(tokens, i, i + 2);
    // "a source inside the KGB: an engineer in Directorate T": the service named before it in the sentence is its parent.
    const parent = knownAgencies
      .filter((a) => a.from >= sentence && a.to <= i)
      .sort((a, b) => a.to - b.to)
      .pop();
    const countryCode = inService ? (parent?.entity.countryCode ?? countryOf(i, i + 2, tokens, countries, story, knownAgencies)) : undefined;
    if (countryCode) found.push(unknownAgency(spanText(text, tokens, i, i + 2), countryCode, i, i + 2));
  }
  return found;
}
