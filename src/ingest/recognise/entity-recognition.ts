import { EntityType } from '../../modules/shared/enums';
import { foldKey } from '../../modules/shared/ids';
import { canonicalPoliceDraft, LONE_FORCES } from './agency-short-forms';
import { findAttributionGroups } from './attribution-groups';
import { findCitedOutlets } from './cited-outlets';
import { findCollectiveAgencies } from './collective-agencies';
import { CountryMention, scanCountries } from './country-recognizer';
import { findDiplomaticMissions } from './diplomatic-missions';
import { findInteriorMinistries } from './interior-ministries';
import { countryDraft, EntityDraft, entityIdOf, groupDraft, organizationDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { PhraseMatch, range } from './phrase-matcher';
import { parentNamedInside } from './agency-parents';
import { resolveMatch } from './reference-disambiguation';
import type { Reference } from './reference';
import type { GazetteerValue, ReferenceEntity } from './reference-gazetteer';
import { withUsSpelledOut } from './organization-names';
import { countriesInSentence, legislatureCountry } from './legislature-country';
import { antecedentSurname, clauseStartOf, peopleBefore, pronounCandidates } from './pronoun-antecedent';
import { outletMention } from './outlet-organizations';
import { withFaction } from './party-factions';
import { withoutSingleQuotedNicknames } from './single-quoted-nicknames';
import { findRolePhrases, RoleTargetMention } from './role-phrases';
import { isCapitalised, Token, tokenize, withoutNicknames } from './text-tokens';
import {
  ALIAS_CUES,
  BIRTH_NAME_CUES,
  DOCUMENT_NAME_CUES,
  GENERATIONS,
  IDENTITY_DOCUMENTS,
  ORG_HEADS,
  PERSON_PRONOUNS,
  PLACE_HEADS,
  TITLES,
} from './name-cue-words';
import { nameWords, StoryMemory } from './story-memory';
import { findUnknownAgencies, isAgencyShaped } from './unknown-agencies';
import { ownerCountryBefore } from './unit-owners';
import { findUnknownNames } from './unknown-names';

export type { EntityMention } from './entity-mention';

export interface RecognitionContext {
  /** The reference datasets and their indexes (loadReference()). */
  reference: Reference;
  /** The story's date (YYYY-MM-DD), for role phrases such as "the Mexican president". */
  date: string;
  /** The claim's As-of date, if any (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: string;
  /** Countries named anywhere in the story, to settle ambiguous acronyms ("CNI"). */
  storyCountries?: ReadonlySet<string>;
  /** Countries the headline and topic line name: of two services sharing a name, the one of the country the story is about. */
  subjectCountries?: ReadonlySet<string>;
  /** Shared across a story's texts: what ambiguous spellings resolved to so far (filled in as texts are read). */
  storyResolutions?: Map<string, string>;
  /** Shared across a story's texts: the names read so far (surnames, other spellings, first readings). */
  story?: StoryMemory;
  /** How the story reads forms two countries share ("Congo" in a story about Congo-Brazzaville; sharedCountryReadings). */
  countryReadings?: ReadonlyMap<string, string>;
  /** The publishers the story's source lines cite ("Appeal dismissed — The Age"): named in its text, they are bodies (cited-outlets.ts). */
  citedPublishers?: readonly string[];
}

export interface RecognizedEntities {
  /** Everything the text is about, in order of appearance (a claim's `about`). */
  mentions: EntityMention[];
  /** Counted groups the text is attributed to ("per nine current/former officials"): a claim's `attributedTo`. */
  attributions: EntityMention[];
}

/** Tokens some recognizer has claimed, so the next ones do not read them again. */
class Coverage {
  private readonly covered = new Set<number>();
  add(from: number, to: number): void {
    // A plain loop: every recogniser's every find lands here, and an index array per call was garbage at once.
    for (let i = from; i < to; i++) this.covered.add(i);
  }
  has(i: number): boolean {
    return this.covered.has(i);
  }
}

function tokenSpanOf(tokens: readonly Token[], start: number, end: number): { from: number; to: number } {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  return { from: inside[0]?.index ?? 0, to: (inside[inside.length - 1]?.index ?? -1) + 1 };
}

function groupMentions(text: string, tokens: readonly Token[], countries: readonly CountryMention[]): EntityMention[] {
  return findAttributionGroups(text).map((g) => {
    const span = tokenSpanOf(tokens, g.start, g.end);
    const codes = new Set(countries.filter((c) => c.from >= span.from && c.to <= span.to).map((c) => c.code));
    const entity = groupDraft(g.name, g.size, codes.size === 1 ? [...codes][0] : undefined);
    return { id: entityIdOf(entity), entity, ...span };
  });
}

/** Countries alone, cheaply: the story-wide context for ambiguous acronyms. */
export function countryCodesIn(text: string, readings?: ReadonlyMap<string, string>): Set<string> {
  return new Set(scanCountries(text, tokenize(text), undefined, readings).mentions.map((c) => c.code));
}

/** The countries a headline names ("Guinea's former junta leader sentenced …"): only countries, as a headline's other capitalised words are no safe names. */
export function countryMentionsIn(text: string, readings?: ReadonlyMap<string, string>): EntityMention[] {
  return scanCountries(text, tokenize(text), undefined, readings).mentions.map((c) => ({
    id: entityIdOf(countryDraft(c.code)),
    entity: countryDraft(c.code),
    from: c.from,
    to: c.to,
  }));
}

/**
 * Every canonical entity a text mentions. Order matters: reference names (agencies, people,
 * organisations, outlets) first, then countries (also inside those names: "Russian Embassy in
 * Mexico" mentions Russia and Mexico), embassy and "<Demonym> intelligence" patterns, counted
 * attribution groups, unknown names, and last role phrases, which need to know where names are.
 */
export function recognizeEntities(written: string, ctx: RecognitionContext): RecognizedEntities {
  const text = withoutSingleQuotedNicknames(withoutNicknames(written));
  const tokens = tokenize(text);
  const referenceMatches = ctx.reference.gazetteer.findAll(tokens);
  const insideReference = new Set(referenceMatches.flatMap((m) => range(m.from, m.to)));
  const scan = scanCountries(text, tokens, (i) => insideReference.has(i), ctx.countryReadings);
  const countries = scan.mentions;
  const storyCountries = ctx.storyCountries ?? new Set<string>();

  const story = ctx.story ?? new StoryMemory();
  const coverage = new Coverage();
  // What the story has named so far, for names that state no country (reference and unknown agencies alike).
  // A country's own police acts where the story happens ("Egyptian police caught a bomber"): it says where, not whose services the
  // story is about, so it does not count among the story's agency countries.
  const notNationalPolice = (m: EntityMention) => ctx.reference.nationalForceOf(m.entity.countryCode ?? '')?.id !== m.id;
  const inView = {
    countries: storyCountries,
    subjectCountries: ctx.subjectCountries,
    agencyCountries: () => story.agencyCountries(notNationalPolice),
    namedAgencyCountries: () => story.agencyCountries(),
  };
  scan.blocked.forEach((b) => coverage.add(b.from, b.to));
  const named: EntityMention[] = [];
  // Known agency names that settled on no agency here ("Military Intelligence Service" with no country in view) are read again as
  // unknown ones, by token and where the name starts: a shape read from inside it ("Security Center" of an unsettled "National
  // Counterintelligence and Security Center") is no agency.
  const unsettledAgencyNames = new Map<number, number>();
  for (const match of referenceMatches) {
    // "Munir" of "Munir Said Thalib" is not the general whose alias is "Munir": the longer name is read as a whole.
    if (isPartOfLongerName(tokens, match) || isInsideLongerOrganisationName(tokens, match)) continue;
    const storyPerson = match.to - match.from === 1 && isPersonMatch(match) ? story.personByWord(tokens[match.from].text) : undefined;
    const resolved = storyPerson
      ? undefined
      : (resolveMatch(match, {
          tokens,
          countries,
          storyCountries,
          subjectCountries: ctx.subjectCountries,
          storyResolutions: ctx.storyResolutions ?? new Map(),
          year: yearOf(ctx.date),
          agencyCountries: inView.agencyCountries,
          agencyByShortForm: (code, name) => ctx.reference.agencyByShortForm(code, name),
          ownerCountry: (i) => ownerCountryBefore(tokens, i, named, inView.namedAgencyCountries),
        }) ?? militaryAgencyInView(match, tokens, countries, storyCountries, ctx.reference));
    const entity = resolved && isOtherCountrysAgency(text, resolved, match, tokens, countries) ? undefined : resolved;
    if (!storyPerson && !entity && isAgencyMatch(match))
      for (const i of range(match.from, match.to)) {
        unsettledAgencyNames.set(i, match.from);
      }
    const outlet = storyPerson || entity ? undefined : outletMention(text, tokens, match, (acronym) => story.hasBodyWithInitials(acronym));
    if (storyPerson) named.push({ ...storyPerson, from: match.from, to: match.to });
    else if (entity) {
      named.push({ id: entity.id, entity: entity.draft, from: match.from, to: match.to });
      const parent = entity.agency ? parentNamedInside(tokens, match, entity, ctx.reference) : undefined;
      if (parent) named.push(parent);
    } else if (outlet) {
      named.push(outlet);
      coverage.add(outlet.from, outlet.to);
    }
    // A known spelling left unresolved ("the CNI" with no country in sight) is still no new name.
    coverage.add(match.from, match.to);
  }
  for (const m of findDiplomaticMissions(text, tokens, countries, (i) => !coverage.has(i), ctx.reference)) {
    named.push(m);
    coverage.add(m.from, m.to);
  }
  const collectives = findCollectiveAgencies(tokens, countries, (i) => !coverage.has(i), ctx.reference, named, story);
  const ministries = findInteriorMinistries(tokens, countries, (i) => !coverage.has(i), ctx.subjectCountries ?? new Set(), ctx.reference);
  for (const m of [...collectives, ...ministries]) {
    named.push(m);
    coverage.add(m.from, m.to);
  }
  const knownAgencies = named.filter((m) => m.entity.type === EntityType.AGENCY);
  for (const a of findUnknownAgencies(text, tokens, countries, inView, (i) => !coverage.has(i) || unsettledAgencyNames.has(i), knownAgencies)) {
    const to = a.acronymTo ?? a.to;
    if ((unsettledAgencyNames.get(a.from) ?? a.from) < a.from) continue;
    // The same name in another text of the story is the same agency, whatever country that text shows; a police force is named
    // without its generic head, so "the Lilongwe Police Service … the Lilongwe Police" is one force in this story and every other.
    const entity = canonicalPoliceDraft(a.entity);
    const name = entity.name ?? '';
    const earlier = story.named(name) ?? named.find((m) => m.entity.type === EntityType.AGENCY && m.entity.name === name);
    const reference = referenceByShortForm(entity, ctx.reference, a.acronymTo === undefined ? undefined : a.entity.acronym);
    // A lone "the Gendarmerie" the reference does not hold is the one the story named ("the Grand Ducal Gendarmerie", "the Greek
    // Gendarmerie"); in lower case it is that or none, never a new "gendarmerie" of its own.
    const lone = LONE_FORCES.has(name.toLowerCase()) && !reference;
    const namedForce = lone ? story.agencyEndingWith(entity.countryCode ?? '', name.toLowerCase()) : undefined;
    if (namedForce) {
      named.push({ ...namedForce, from: a.from, to });
      coverage.add(a.from, to);
      continue;
    }
    if (lone && name === name.toLowerCase()) continue;
    if (reference) named.push({ id: reference.id, entity: reference.draft, from: a.from, to });
    else named.push(earlier?.entity.type === EntityType.AGENCY ? { ...earlier, from: a.from, to } : { id: entityIdOf(entity), entity, from: a.from, to });
    coverage.add(a.from, to);
  }
  // "the U.S. Army Counter Intelligence Corps": a body named right before an agency's name, with nothing between, is part of that name.
  const agencyStarts = new Set(named.filter((m) => m.entity.type === EntityType.AGENCY && !tokens[m.from].breakBefore).map((m) => m.from));
  for (let k = named.length - 1; k >= 0; k--) if (named[k].entity.type === EntityType.ORGANIZATION && agencyStarts.has(named[k].to)) named.splice(k, 1);
  for (const m of findCitedOutlets(text, tokens, ctx.citedPublishers ?? [], (i) => !coverage.has(i))) {
    named.push(m);
    coverage.add(m.from, m.to);
  }
  const attributions = groupMentions(text, tokens, countries);
  attributions.forEach((g) => coverage.add(g.from, g.to));

  // Country words stay available to names only when they double as first names ("Chad Wolf").
  const countryTokens = new Set(countries.flatMap((c) => range(c.from, c.to)));
  const demonymTokens = new Set(countries.filter((c) => c.via === 'demonym').flatMap((c) => range(c.from, c.to)));
  const unknown = findUnknownNames(text, tokens, (i) => !coverage.has(i) && !countryTokens.has(i), {
    loneWords: story.loneWords,
    isCountryWord: (i) => countryTokens.has(i) && !coverage.has(i),
    places: story.places,
    isKnownPerson: (name) => story.named(name)?.entity.type === EntityType.PERSON,
    hadNickname: (start, end) => text !== written && text.slice(start, end) !== written.slice(start, end),
    isDemonym: (i) => demonymTokens.has(i) && !coverage.has(i),
    antecedentSurname: (at, found, kin) =>
      antecedentSurname(
        pronounCandidates(story.peopleSoFar(), peopleBefore(named, found, at), clauseStartOf(text, tokens, at)),
        ctx.subjectCountries ?? new Set(),
        kin,
      ),
    personBetween: (a, b) => named.some((m) => m.entity.type === EntityType.PERSON && m.from >= a && m.to <= b),
    legislatureCountry: (word, at) => legislatureCountry(word, countriesInSentence(tokens, countries, at), ctx.subjectCountries, storyCountries),
  });
  // Names read so far are remembered at once, so a name later in the same text links to them ("Xu Yanjun … Yanjun Xu").
  named.forEach((m) => story.remember(m));
  let lastAlias: EntityMention | undefined;
  for (const u of [...unknown].sort((a, b) => a.from - b.from)) {
    // "the aliases Qu Hui and Zhang Hui": a name coordinated with an alias is another alias.
    const alsoAlias = lastAlias && lastAlias.to === u.from - 1 && ['and', 'or'].includes(tokens[u.from - 1].key) ? lastAlias : undefined;
    const alias = u.type === EntityType.PERSON ? (alsoAlias ?? aliasOf(text, tokens, u, named, story)) : undefined;
    const earlier =
      story.named(u.name) ??
      (u.type === EntityType.PERSON ? (story.personContaining(nameWords(u.name)) ?? story.personSpelledLike(nameWords(u.name)) ?? alias) : undefined);
    lastAlias = alias && earlier === alias ? { ...alias, from: u.from, to: u.to } : undefined;
    if (earlier) {
      named.push({ id: earlier.id, entity: earlier.entity, from: u.from, to: u.to });
      continue;
    }
    const entity =
      u.type === EntityType.PERSON ? { type: EntityType.PERSON, name: u.name } : organizationDraft({ name: withUsSpelledOut(u.name), aliases: [], ties: [] });
    const mention = { id: entityIdOf(entity), entity, from: u.from, to: u.to };
    named.push(mention);
    story.remember(mention);
  }

  // A party's faction in brackets is a party of its own, and its words name no one else ("(Shaheed Bhutto)").
  const brackets = named.flatMap((m) => {
    const faction = withFaction(text, tokens, m);
    return faction === m ? [] : [{ from: m.to, to: faction.to, party: m, faction }];
  });
  for (const b of brackets) named.splice(named.indexOf(b.party), 1, b.faction);
  named.splice(0, named.length, ...named.filter((m) => !brackets.some((b) => m.from >= b.from && m.to <= b.to)));
  const people = named.filter((m) => m.entity.type === EntityType.PERSON);
  const targets: RoleTargetMention[] = [
    ...countries.map((c) => ({ from: c.from, to: c.to, country: c.code })),
    ...named
      .filter((m) => m.entity.type === EntityType.AGENCY || m.entity.type === EntityType.ORGANIZATION)
      .map((m) => ({ from: m.from, to: m.to, entityId: m.id })),
  ];
  const roles = findRolePhrases(text, tokens, targets, (i) => people.some((p) => p.from === i), ctx, ctx.reference.roles);

  const insidePerson = (c: CountryMention) => people.some((p) => c.from >= p.from && c.to <= p.to);
  const countryMentions = countries
    .filter((c) => !insidePerson(c))
    .map((c) => ({ id: entityIdOf(countryDraft(c.code)), entity: countryDraft(c.code), from: c.from, to: c.to }));
  const mentions = [...named, ...roles, ...countryMentions].sort((a, b) => a.from - b.from || b.to - a.to);
  return { mentions, attributions };
}

/** Names any country's military intelligence goes by: with no cue for another country, the one in view. */
const MILITARY_INTELLIGENCE_FORMS = new Set(['military intelligence', 'military intelligence directorate', 'directorate of military intelligence']);

/** "the Military Intelligence Directorate" in a story about Pakistan is Pakistan's military intelligence agency. */
function militaryAgencyInView(
  match: PhraseMatch<GazetteerValue>,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  storyCountries: ReadonlySet<string>,
  reference: Reference,
): ReferenceEntity | undefined {
  const form = tokens
    .slice(match.from, match.to)
    .map((t) => t.key)
    .join(' ');
  if (!MILITARY_INTELLIGENCE_FORMS.has(form)) return undefined;
  const inText = new Set(countries.map((c) => c.code));
  const country = inText.size === 1 ? [...inText][0] : inText.size === 0 ? [...storyCountries][0] : undefined;
  if (!country) return undefined;
  // Pakistan's "Military Intelligence" (MI), not its other military service, the ISI.
  const named = [...MILITARY_INTELLIGENCE_FORMS].flatMap((f) => reference.agenciesNamed(country, f));
  return named.length > 0 ? named[0] : reference.militaryAgencyOf(country);
}

function yearOf(date: string): number | undefined {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

function isAgencyMatch(match: PhraseMatch<GazetteerValue>): boolean {
  return match.values.every((v) => v.kind === 'entity' && v.entity.draft.type === EntityType.AGENCY);
}

/**
 * "Kuwait's State Security Service" and "the State Security Service of Croatia" are not Belgium's
 * service of that name: a country word right before a generic name, or "of <country>" right after it, decides.
 */
function isOtherCountrysAgency(
  text: string,
  entity: ReferenceEntity,
  match: PhraseMatch<GazetteerValue>,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
): boolean {
  if (!entity.agency) return false;
  // "Georgia's Ministry of State Security": a country's possessive before a spelling its own service shares says whose, whatever the
  // name's shape. Before another country's service alone it is that service ("Mexico's DEA liaison office", "Russia's FBI-trained officers").
  const possessor = countries.find((c) => c.to === match.from && tokens[c.to - 1].possessive);
  const next = tokens[match.to];
  const modifier = !!next && /^[-‐‑]$/.test(text.slice(tokens[match.to - 1].end, next.start));
  const possessorShares = !!possessor && match.values.some((v) => v.kind === 'entity' && v.entity.countryCodes.includes(possessor.code));
  if (possessor && possessorShares && !modifier && !entity.countryCodes.includes(possessor.code)) return true;
  if (!isAgencyShaped(tokens, match.from, match.to)) return false;
  const of = tokens[match.to]?.key === 'of' && !tokens[match.to].breakBefore ? match.to + 1 : -1;
  const after = of < 0 ? undefined : countries.find((c) => c.via !== 'demonym' && (c.from === of || (c.from === of + 1 && tokens[of].key === 'the')));
  const owner = countries.find((c) => c.to === match.from) ?? after;
  return !!owner && !entity.countryCodes.includes(owner.code);
}

function isPersonMatch(match: PhraseMatch<GazetteerValue>): boolean {
  return match.values.some((v) => v.kind === 'entity' && v.entity.draft.type === EntityType.PERSON);
}

/** A one-word person alias with a capitalised name word joined to it: "Munir Said Thalib", "Kim Schmitz". */
function isPartOfLongerName(tokens: readonly Token[], match: PhraseMatch<GazetteerValue>): boolean {
  if (!isPersonMatch(match) || match.values.some((v) => v.kind === 'publisher')) return false;
  const next = tokens[match.to];
  const last = tokens[match.to - 1];
  // "Barack Obama Sr.", "Ferdinand Marcos Jr.": a full name and a generation suffix is the father or son, not the known person.
  // "the Lee Kuan Yew School of Public Policy", "John F. Kennedy International Airport", "Charles de Gaulle airport": a place or body named after the person.
  if (match.to - match.from > 1)
    return (
      !!next &&
      !next.breakBefore &&
      !last.possessive &&
      (GENERATIONS.has(next.key) || (isCapitalised(next) && !NOT_NAME_WORDS.has(next.key)) || PLACE_HEADS.has(next.key) || ORG_HEADS.has(next.key))
    );
  const before = tokens[match.from - 1];
  const joinsNext = !!next && !next.breakBefore && !last.possessive && isCapitalised(next) && !NOT_NAME_WORDS.has(next.key);
  // "Lt. Col. Yonatan Netanyahu": a word after an abbreviated title only looks like a sentence's start.
  const opensName = !before?.sentenceStart || TITLES.has(tokens[match.from - 2]?.key ?? '');
  const joinsBefore = !!before && !tokens[match.from].breakBefore && !before.possessive && isCapitalised(before) && !TITLES.has(before.key) && opensName;
  return joinsNext || joinsBefore;
}

/**
 * "the Thomson Reuters Foundation", "the Union Solidarity and Development Association": a known body's name joined to further
 * name words that go on to an organisation's head word is part of another body's name, read as a whole. A thing named after the
 * body is not ("Air India Flight 182"), nor a title after it ("NATO Secretary General").
 */
function isInsideLongerOrganisationName(tokens: readonly Token[], match: PhraseMatch<GazetteerValue>): boolean {
  if (!match.values.every((v) => v.kind === 'entity' && v.entity.draft.type === EntityType.ORGANIZATION)) return false;
  const nameWord = (k: number) => !!tokens[k] && isCapitalised(tokens[k]) && !TITLES.has(tokens[k].key) && !NAMED_AFTER_BODY.has(tokens[k].key);
  const joined = (k: number) => !tokens[k].breakBefore && !tokens[k - 1].possessive;
  let to = match.to;
  while (to < tokens.length && joined(to) && (nameWord(to) || (LINKS.has(tokens[to].key) && nameWord(to + 1) && joined(to + 1)))) to++;
  const before = match.from - 1;
  const joinsBefore = before >= 0 && nameWord(before) && joined(match.from) && !tokens[before].sentenceStart;
  if (to === match.to && !joinsBefore) return false;
  // "the U.S. Army Counter Intelligence Corps": an agency named after its parent body is read by the agency rules.
  return range(match.to, to).some((k) => ORG_HEADS.has(tokens[k].key)) && !isAgencyShaped(tokens, match.to, to);
}

/** Words inside a body's longer name ("University of Foreign Languages", "Solidarity and Development Association"). */
const LINKS = new Set(['of', 'and', 'for']);

/** Things named after a body, not bodies: "Pan Am Flight 103". */
const NAMED_AFTER_BODY = new Set(['flight']);

/** Capitalised words that follow a surname without making a longer name: "Trump Administration". */
const NOT_NAME_WORDS = new Set(['administration', 'government', 'era', 'doctrine', 'campaign', 'family', 'foundation', 'jr', 'sr']);

/** "born Kim Schmitz", "also known as Dickson Yeo", "travelled as Antonio …": another name of the person just named. */
function aliasOf(
  text: string,
  tokens: readonly Token[],
  name: { from: number },
  named: readonly EntityMention[],
  story: StoryMemory,
): EntityMention | undefined {
  const cue = ALIAS_CUES.find((words) => words.every((w, j) => tokens[name.from - words.length + j]?.key === w));
  if (!cue) return undefined;
  const cueStart = name.from - cue.length;
  // "the Danish-born Dan Aerbel": "born" hyphened to a word says where the person was born, not another name.
  if (cueStart > 0 && /^[-‐‑]$/.test(text.slice(tokens[cueStart - 1].end, tokens[cueStart].start))) return undefined;
  const people = named.filter((m) => m.entity.type === EntityType.PERSON && m.to <= cueStart && cueStart - m.to <= 20);
  if (people.length > 0) return people[people.length - 1];
  // "Xu used the aliases …": the sentence's subject is a surname of someone the story named.
  let first = Math.max(0, cueStart - 1);
  while (first > 0 && !tokens[first].sentenceStart) first--;
  for (let k = first; k < cueStart; k++) {
    const person = isCapitalised(tokens[k]) ? story.personByWord(tokens[k].text) : undefined;
    if (person) return person;
  }
  // "Born Pavel Rubtsov in Moscow, he …", "He flew out on a passport in the name of …": a pronoun's person is the story's first.
  // Only a birth name or a name on papers is surely the person's own: "He later called Peter Holm" names someone else.
  const cueWords = cue.join(' ');
  const ownName =
    BIRTH_NAME_CUES.has(cueWords) || (DOCUMENT_NAME_CUES.has(cueWords) && tokens.slice(first, cueStart).some((t) => IDENTITY_DOCUMENTS.has(t.key)));
  return ownName && (cueStart === first || PERSON_PRONOUNS.has(tokens[first].key)) ? story.firstPerson() : undefined;
}

/** Distinct entity ids in order of first mention. */
export function distinctIds(mentions: readonly EntityMention[]): string[] {
  return [...new Set(mentions.map((m) => m.id))];
}

/**
 * "the National Police" in a story about Spain is the reference's Spanish National Police, and
 * "Rwanda's Directorate of Military Intelligence" the reference's "Directorate of Military Intelligence
 * of Rwanda". So is "Namibia's Anti-Corruption Commission (ACC)": news adds an acronym the entry does not
 * record, and the reference's id wins (the scorer pairs the acronym's id with it, statedAgencyIdForms). An
 * acronym other than the entry's own ("Agency X (ABC)" where the entry is XYZ) is another body and keeps its own id.
 */
function referenceByShortForm(entity: EntityDraft, reference: Reference, statedAcronym?: string): ReferenceEntity | undefined {
  const code = entity.countryCode;
  // A lone "the gendarmerie" the reference holds under a longer name ("Gendarmerie General Command"): the country's gendarmerie.
  const lone = code && LONE_FORCES.has((entity.name ?? '').toLowerCase()) ? reference.nationalForceOf(code, 'gendarmerie') : undefined;
  const found = code ? (reference.agencyByShortForm(code, entity.name ?? '') ?? lone) : undefined;
  const own = found?.agency?.acronym;
  return statedAcronym && own && foldKey(own) !== foldKey(statedAcronym) ? undefined : found;
}
