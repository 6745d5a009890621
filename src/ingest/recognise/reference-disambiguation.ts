import type { CountryMention } from './country-recognizer';
import type { PhraseMatch } from './phrase-matcher';
import type { GazetteerValue, ReferenceEntity } from './reference-gazetteer';
import { cutsPlaceName } from './agency-places';
import { insideLongerName } from './capital-police';
import { capitalAt } from './capitals';
import { withoutCountryWord } from './agency-short-forms';
import { namesPoliceThing } from './national-police';
import { agencyDraft, entityIdOf } from './entity-drafts';
import { formKey, isCapitalised, matchKey, Token } from './text-tokens';

/** How far (in words, same sentence) a cue may be from an ambiguous form. */
const CUE_WINDOW = 8;

export interface DisambiguationContext {
  tokens: readonly Token[];
  countries: readonly CountryMention[];
  /** Countries named anywhere in the story: the fallback when nothing nearby decides. */
  storyCountries: ReadonlySet<string>;
  /** Countries the headline and topic line name: what the story is about, first among the story's countries. */
  subjectCountries?: ReadonlySet<string>;
  /** What ambiguous spellings meant earlier in the story ("Spain's CNI" makes a later "the CNI" Spain's); updated here. */
  storyResolutions: Map<string, string>;
  /** The story's year: of two services sharing a name in different eras, the one that existed then. */
  year?: number;
  /** Countries of the agencies the story has named so far: where a name stating no country ("Customs and Border Protection") belongs when no country word decides. */
  agencyCountries?: () => ReadonlySet<string>;
  /** The reference agency a country's name shortens to these words (the reference's agencyByShortForm). */
  agencyByShortForm?: (countryCode: string, name: string) => ReferenceEntity | undefined;
  /** The country of the service whose possessive stands right before token i ("its", "the force's"; unit-owners.ts), if any. */
  ownerCountry?: (i: number) => string | undefined;
}

/** The candidates that existed in the story's year, if any did (a name shared across eras: Saddam's Iraqi Intelligence Service and the INIS). */
function ofTheEra(candidates: ReferenceEntity[], year: number | undefined): ReferenceEntity[] {
  if (candidates.length < 2 || year === undefined) return candidates;
  const then = candidates.filter((e) => (e.agency?.since ?? -Infinity) <= year && year <= (e.agency?.until ?? Infinity));
  return then.length > 0 ? then : candidates;
}

function sentenceOf(tokens: readonly Token[]): number[] {
  let sentence = 0;
  return tokens.map((t, i) => (i > 0 && t.sentenceStart ? ++sentence : sentence));
}

function distance(from: number, to: number, at: number): number {
  return at < from ? from - at : at >= to ? at - to + 1 : 0;
}

/** Nearest word in the same sentence that points at the entity: its cue words or its country. */
function cueDistance(entity: ReferenceEntity, match: PhraseMatch<GazetteerValue>, ctx: DisambiguationContext, sentences: number[]): number {
  const sentence = sentences[match.from];
  let best = Infinity;
  ctx.tokens.forEach((t, i) => {
    if (sentences[i] !== sentence || (i >= match.from && i < match.to)) return;
    // "the State Security Service arrested him in Baku": a capital in the sentence points at its country as its name would,
    // in as many words as it has ("in Buenos Aires"), none of them the name's.
    const end = i < match.from ? match.from : ctx.tokens.length;
    const capital = isCapitalised(t) ? capitalAt(ctx.tokens, i, end)?.capital : undefined;
    if (entity.cues.has(t.key) || (capital && entity.countryCodes.includes(capital.code))) best = Math.min(best, distance(match.from, match.to, i));
  });
  for (const c of ctx.countries) {
    if (sentences[c.from] === sentence && entity.countryCodes.includes(c.code))
      best = Math.min(best, distance(match.from, match.to, c.from), distance(match.from, match.to, c.to - 1));
  }
  return best <= CUE_WINDOW ? best : Infinity;
}

/**
 * Several candidates' countries are in view ("Intelligence Bureau" in a story of India and Pakistan):
 * the country the story names first is what it is about (the story's countries are in order of mention).
 */
function firstNamed(candidates: ReferenceEntity[], storyCountries: ReadonlySet<string>): ReferenceEntity | undefined {
  for (const code of storyCountries) {
    const owned = candidates.filter((e) => e.countryCodes.includes(code));
    if (owned.length > 0) return onlyOne(owned);
  }
  return undefined;
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * Which entity an ambiguous spelling means ("CNI": Mexico's or Spain's; "MIT": Turkey's agency or the
 * university): the nearest cue in the sentence wins; otherwise what the spelling meant earlier in the
 * story; otherwise the one candidate whose country the text, then the story, names; otherwise the one
 * candidate for which the spelling is not marked ambiguous; otherwise none (better no entity than a wrong one).
 */
export function resolveMatch(match: PhraseMatch<GazetteerValue>, ctx: DisambiguationContext): ReferenceEntity | undefined {
  const values = match.values.filter((v): v is Extract<GazetteerValue, { kind: 'entity' }> => v.kind === 'entity');
  if (namesAnotherBody(match, ctx.tokens, values)) return undefined;
  // "the Johannesburg police headquarters": a building named after a place's force ("<place> police", lower case), not the force.
  if (ctx.tokens[match.to - 1]?.text === 'police' && namesPoliceThing(ctx.tokens[match.to])) return undefined;
  // "the New South Wales Police": a name read from inside a place's name ("South Wales Police") is no agency of that name.
  if (values.length > 0 && values.every((v) => v.entity.agency) && cutsPlaceName(ctx.tokens, match.from)) return undefined;
  if (values.some((v) => v.capitalForce) && insideLongerName(ctx.tokens, match.from)) return undefined;
  const candidates = ofTheEra([...new Map([...values.map((v) => v.entity), ...shortenedInStory(match, values, ctx)].map((e) => [e.id, e])).values()], ctx.year);
  const owned = ownedUnit(match, candidates, ctx);
  if (owned !== false) return owned;
  const resolved = resolveCandidates(match, candidates, values, ctx);
  if (resolved) rememberAcronym(resolved, ctx);
  return resolved;
}

/**
 * "New Zealand's GCSB said its National Cyber Security Centre …": a name after its owner's possessive is the owner's country's, the
 * entry of that country holding the name or the one whose name shortens to it ("National Cyber Security Centre of New Zealand"), never
 * another country's (Britain's NCSC); with neither it is the owner's own unit under the name as written ("the force's Special Operations
 * Group" after Tasmania Police: `agency:au-special-operations-group`, not Spain's GEO).
 * False when no owner stands before the name.
 */
function ownedUnit(
  match: PhraseMatch<GazetteerValue>,
  candidates: readonly ReferenceEntity[],
  ctx: DisambiguationContext,
): ReferenceEntity | undefined | false {
  const owner = candidates.length > 0 && candidates.every((e) => e.agency) ? ctx.ownerCountry?.(match.from) : undefined;
  if (!owner) return false;
  const own = candidates.filter((e) => e.countryCodes.includes(owner));
  if (own.length > 0) return onlyOne(own);
  const name = ctx.tokens
    .slice(match.from, match.to)
    .map((t) => t.text)
    .join(' ');
  const short = ctx.agencyByShortForm?.(owner, name);
  // "the police's National Security Department": a name going on past the match is read whole, by its shape.
  const next = ctx.tokens[match.to];
  if (short || (next && isCapitalised(next) && !next.breakBefore)) return short;
  const draft = agencyDraft({ name, aliases: [], countryCode: owner });
  return { id: entityIdOf(draft), draft, countryCodes: [owner], cues: new Set() };
}

/**
 * "the interior ministry's Special Rapid Response Unit" in a story on Belarus that has named Belarus's services: a name that states
 * no country is also the short form of a service named after the country the headline and topic line name ("Special Rapid Response
 * Unit of Belarus"), which competes, as an ambiguous candidate (the usual cues decide), with the entries that hold the name as written
 * (Russia's SOBR); only for an ambiguous name, and never for a country one of those entries already belongs to.
 */
function shortenedInStory(
  match: PhraseMatch<GazetteerValue>,
  values: readonly Extract<GazetteerValue, { kind: 'entity' }>[],
  ctx: DisambiguationContext,
): ReferenceEntity[] {
  if (!ctx.agencyByShortForm || match.to - match.from < 2 || values.length === 0 || !values.every((v) => v.entity.agency && v.ambiguous)) return [];
  const name = ctx.tokens
    .slice(match.from, match.to)
    .map((t) => t.text)
    .join(' ');
  const written = new Set(values.flatMap((v) => v.entity.countryCodes));
  const agencyCountries = ctx.agencyCountries?.() ?? new Set<string>();
  return [...(ctx.subjectCountries ?? [])]
    .filter((code) => !written.has(code) && agencyCountries.has(code))
    .flatMap((code) => ctx.agencyByShortForm?.(code, name) ?? [])
    .filter((e) => shortensTo(e, name));
}

/** Whether one of the entry's names is these words and its country word, nothing looser ("National Police Service" is no short form of "Turkish National Police"). */
function shortensTo(entity: ReferenceEntity, name: string): boolean {
  const agency = entity.agency;
  const key = formKey(name);
  return !!agency && [agency.name, ...agency.aliases].some((form) => formKey(withoutCountryWord(form, agency.countryCode) ?? '') === key);
}

/**
 * "the National Information Center (CNI)": once a story has read an agency, its acronym later in the
 * story is that agency, not another country's service of the same acronym (Chile's CNI, not Spain's).
 */
function rememberAcronym(entity: ReferenceEntity, ctx: DisambiguationContext): void {
  const acronym = entity.agency?.acronym;
  if (!acronym) return;
  const form = matchKey(acronym);
  if (!ctx.storyResolutions.has(form)) ctx.storyResolutions.set(form, entity.id);
}

function resolveCandidates(
  match: PhraseMatch<GazetteerValue>,
  candidates: ReferenceEntity[],
  values: readonly Extract<GazetteerValue, { kind: 'entity' }>[],
  ctx: DisambiguationContext,
): ReferenceEntity | undefined {
  if (candidates.length === 1 && !values.some((v) => v.ambiguous)) return candidates[0];

  const form = ctx.tokens
    .slice(match.from, match.to)
    .map((t) => t.key)
    .join(' ');
  const sentences = sentenceOf(ctx.tokens);
  const scored = candidates.map((entity) => ({ entity, distance: cueDistance(entity, match, ctx, sentences) }));
  const nearest = Math.min(...scored.map((s) => s.distance));
  if (nearest < Infinity) {
    const chosen = onlyOne(scored.filter((s) => s.distance === nearest).map((s) => s.entity));
    if (chosen) ctx.storyResolutions.set(form, chosen.id);
    return chosen;
  }
  const earlier = candidates.find((e) => e.id === ctx.storyResolutions.get(form));
  if (earlier) return earlier;
  // "An emergency State Security court in Cairo", "Special Branch officers in Singapore": a name several countries' services hold,
  // in a sentence set in a country none of them is of, is that country's, which has no such entry: no reference agency.
  if (isGenericName(match, candidates, values, ctx.tokens)) {
    const places = sentencePlaces(match, ctx, sentences);
    if (places.size > 0 && !candidates.some((e) => e.countryCodes.some((c) => places.has(c)))) return undefined;
  }

  const textCountries = new Set(ctx.countries.map((c) => c.code));
  for (const known of [textCountries, ctx.storyCountries]) {
    const matching = candidates.filter((e) => e.countryCodes.some((c) => known.has(c)));
    // "the State Security Service" in a story on Azerbaijan that also names Georgia: the country the headline or topic line is about.
    if (matching.length > 0) return onlyOne(matching) ?? firstNamed(matching, ctx.subjectCountries ?? new Set()) ?? firstNamed(matching, ctx.storyCountries);
  }
  // No country word anywhere fits: the country of the services the story has named ("a former CIA
  // officer … Customs and Border Protection officers found …" is the American CBP).
  const agencyCountries = ctx.agencyCountries?.() ?? new Set<string>();
  const ofStoryAgencies = candidates.filter((e) => e.countryCodes.some((c) => agencyCountries.has(c)));
  if (ofStoryAgencies.length > 0) return onlyOne(ofStoryAgencies);
  // Nothing in the story points anywhere: a spelling that is unambiguous for one entity keeps it
  // ("the NSA" is the American agency unless Egypt or Bahrain is in view).
  return onlyOne([...new Map(values.filter((v) => !v.ambiguous).map((v) => [v.entity.id, v.entity])).values()]);
}

/** A name written out in words, no acronym, that services of several countries hold or that the reference marks as needing a country. */
function isGenericName(
  match: PhraseMatch<GazetteerValue>,
  candidates: readonly ReferenceEntity[],
  values: readonly Extract<GazetteerValue, { kind: 'entity' }>[],
  tokens: readonly Token[],
): boolean {
  const words = tokens.slice(match.from, match.to);
  if (words.length < 2 || words.some((t) => /^\p{Lu}{2,}$/u.test(t.text)) || !candidates.every((e) => e.agency)) return false;
  return new Set(candidates.flatMap((e) => e.countryCodes)).size > 1 || values.some((v) => v.ambiguous);
}

/** The countries the match's sentence places its events in: "in <country>" or a capital ("in Cairo"), not a nationality. */
function sentencePlaces(match: PhraseMatch<GazetteerValue>, ctx: DisambiguationContext, sentences: number[]): Set<string> {
  const sentence = sentences[match.from];
  const places = new Set(
    ctx.countries.filter((c) => sentences[c.from] === sentence && c.via !== 'demonym' && ctx.tokens[c.from - 1]?.key === 'in').map((c) => c.code),
  );
  ctx.tokens.forEach((t, i) => {
    const capital = sentences[i] === sentence && (i < match.from || i >= match.to) && isCapitalised(t) ? capitalAt(ctx.tokens, i)?.capital : undefined;
    if (capital) places.add(capital.code);
  });
  return places;
}

/** Capitalised words that make an agency's spelled-out name the first words of another body's: "the State Security Council". */
const OTHER_BODIES = new Set([
  'council',
  'court',
  'tribunal',
  'prosecution',
  'prosecutor',
  'ministry',
  'committee',
  'act',
  'law',
  'academy',
  'museum',
  'archives',
  'memorial',
  'party',
]);

/**
 * "The State Security Council … coordinated the response" names a council, not the Czech StB ("State
 * Security"). Only a name written out: an acronym before such a word still names its agency ("the FBI Academy").
 */
function namesAnotherBody(
  match: PhraseMatch<GazetteerValue>,
  tokens: readonly Token[],
  values: readonly Extract<GazetteerValue, { kind: 'entity' }>[],
): boolean {
  const next = tokens[match.to];
  const last = tokens[match.to - 1];
  const spelledOut = match.to - match.from >= 2;
  const agencies = values.length > 0 && values.every((v) => v.entity.agency);
  return agencies && spelledOut && !!next && !next.breakBefore && !last.possessive && /^\p{Lu}/u.test(next.text) && OTHER_BODIES.has(next.key);
}
