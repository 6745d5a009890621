import { LONE_FORCES } from './agency-short-forms';
import { namesPoliceThing } from './national-police';
import type { CountryMention } from './country-recognizer';
import { agencyDraft, EntityDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { isAcronymLike, isCapitalised, spanText, Token } from './text-tokens';

/** A unit found: its draft and its tokens [from, to). */
export interface OwnedUnit {
  entity: EntityDraft;
  from: number;
  to: number;
}

/** Lower-case nouns a description of a service's unit ends on: "the KNB's special-forces unit". */
const UNIT_HEADS = new Set(['unit', 'squad', 'team', 'brigade', 'detachment', 'group']);

/** Words that make a capitalised modifier a description rather than a unit's own name: "the SSA's Special Operations unit". */
const DESCRIPTIVE_WORDS = new Set([
  'special',
  'operations',
  'operational',
  'tactical',
  'intelligence',
  'security',
  'counterterrorism',
  'terrorism',
  'investigation',
  'investigations',
  'surveillance',
  'response',
  'rapid',
  'intervention',
  'technical',
  'cyber',
  'crime',
  'crimes',
  'covert',
  'elite',
  'police',
]);

/** Capitalised words that open a clause or a sentence, never a unit's name ("In", "Its"). */
const NOT_UNIT_NAMES = new Set(['the', 'a', 'an', 'in', 'its', 'his', 'her', 'their', 'of', 'and', 'but', 'then', 'later', 'when', 'after', 'before']);

/** "special-forces unit": up to three lower-case words ending on a unit head, from token i; the head's index or -1. */
function unitDescription(tokens: readonly Token[], i: number): number {
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    const t = tokens[k];
    if (t.breakBefore && k > i) return -1;
    if (isCapitalised(t) || t.possessive) return -1;
    if (UNIT_HEADS.has(t.key)) return k;
  }
  return -1;
}

/** The known agency whose possessive ends right before token i ("the KNB's"). */
function possessiveAgency(tokens: readonly Token[], i: number, knownAgencies: readonly EntityMention[]): EntityMention | undefined {
  return knownAgencies.find((m) => m.to === i && tokens[i - 1]?.possessive && m.entity.countryCode);
}

/** Capitalised tokens [from, to) free for a name, at most three, none a country or an opener. */
function unitName(tokens: readonly Token[], from: number, to: number, isFree: (i: number) => boolean, countries: readonly CountryMention[]): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isFree(k) || !isCapitalised(t) || NOT_UNIT_NAMES.has(t.key) || (k > from && t.breakBefore) || (k < to - 1 && t.possessive)) return false;
    if (countries.some((c) => k >= c.from && k < c.to) || DESCRIPTIVE_WORDS.has(t.key)) return false;
  }
  return true;
}

/**
 * Units a known service owns, named with no agency word: "the Gendarmerie's Diane special unit" and
 * "Arystan, the KNB's special-forces unit" (the name, the owner's possessive, a lower-case unit
 * noun). The unit takes its owner's country; its name as written is its id.
 */
export function findOwnedUnits(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  isFree: (i: number) => boolean,
  knownAgencies: readonly EntityMention[],
): OwnedUnit[] {
  const found: OwnedUnit[] = [];
  for (const owner of knownAgencies) {
    const after = owner.to;
    const described = unitDescribedOf(text, tokens, owner, isFree, countries);
    if (described) {
      found.push(described);
      continue;
    }
    const countryCode = possessiveAgency(tokens, after, knownAgencies)?.entity.countryCode;
    if (!countryCode) continue;
    // "the Gendarmerie's Diane special unit": a name between the possessive and the unit noun.
    let end = after;
    while (end < tokens.length && end < after + 3 && isCapitalised(tokens[end]) && !tokens[end].possessive && (end === after || !tokens[end].breakBefore))
      end++;
    if (end > after && unitDescription(tokens, end) >= 0 && unitName(tokens, after, end, isFree, countries)) {
      found.push(unit(text, tokens, after, end, countryCode));
      continue;
    }
    // "the Grand Ducal Gendarmerie's mobile brigade (BMG)": a described unit the text names by an acronym.
    const acronymed = acronymAfterDescription(text, tokens, after, isFree);
    if (acronymed > 0) {
      found.push(unit(text, tokens, acronymed, acronymed + 1, countryCode));
      continue;
    }
    // "the DINA's Mulchén Brigade": a name of its own closed by a capitalised unit noun.
    const named = namedUnitEnd(tokens, after, isFree, countries);
    if (named > 0) {
      found.push(unit(text, tokens, after, named, countryCode));
      continue;
    }
    // "Arystan, the KNB's special-forces unit": a name set off right before "the <owner>'s … unit".
    const the = owner.from - 1;
    if (tokens[the]?.key !== 'the' || !tokens[the].breakBefore || !/^\s*,\s*$/.test(text.slice(tokens[the - 1]?.end ?? 0, tokens[the].start))) continue;
    if (unitDescription(tokens, after) < 0) continue;
    let start = the;
    while (start > 0 && the - start < 3 && isCapitalised(tokens[start - 1]) && (start === the || !tokens[start].breakBefore)) start--;
    if (start < the && !tokens[start].sentenceStart && unitName(tokens, start, the, isFree, countries)) found.push(unit(text, tokens, start, the, countryCode));
  }
  return found;
}

/** "mobile brigade (BMG)" from token i: the acronym's token when a lower-case unit description is followed by one in parentheses, or -1. */
function acronymAfterDescription(text: string, tokens: readonly Token[], i: number, isFree: (i: number) => boolean): number {
  const head = unitDescription(tokens, i);
  const acronym = head + 1;
  if (head < 0 || acronym >= tokens.length || !isFree(acronym) || !isAcronymLike(tokens[acronym].text)) return -1;
  const closed = text.slice(tokens[acronym].end, tokens[acronym].end + 1) === ')';
  return /^\s*\($/.test(text.slice(tokens[head].end, tokens[acronym].start)) && closed ? acronym : -1;
}

/** Capitalised nouns that close a unit's own name after its owner's possessive: "the DINA's Mulchén Brigade". */
const NAMED_UNIT_HEADS = new Set(['unit', 'squad', 'team', 'brigade', 'detachment', 'group', 'company', 'commando']);

/** "Mulchén Brigade" from token i: one or two name words (none descriptive: not "Special Operations Unit") and a unit noun; where it ends, or -1. */
function namedUnitEnd(tokens: readonly Token[], i: number, isFree: (i: number) => boolean, countries: readonly CountryMention[]): number {
  for (let head = i + 1; head <= i + 2 && head < tokens.length; head++) {
    const t = tokens[head];
    if (!isCapitalised(t) || t.breakBefore || !isFree(head)) return -1;
    if (NAMED_UNIT_HEADS.has(t.key)) return unitName(tokens, i, head, isFree, countries) ? head + 1 : -1;
  }
  return -1;
}

/**
 * "Aras, the special unit of the Lithuanian Police": a name set off right before "the <lower-case
 * description ending on a unit noun> of (the) <known agency>" is that agency's unit.
 */
function unitDescribedOf(
  text: string,
  tokens: readonly Token[],
  owner: EntityMention,
  isFree: (i: number) => boolean,
  countries: readonly CountryMention[],
): OwnedUnit | undefined {
  const countryCode = owner.entity.countryCode;
  const of = tokens[owner.from - 1]?.key === 'the' ? owner.from - 2 : owner.from - 1;
  if (!countryCode || tokens[of]?.key !== 'of' || tokens[of].breakBefore) return undefined;
  for (let the = of - 2; the >= of - 4 && the > 0; the--) {
    if (tokens[the].key !== 'the' || !tokens[the].breakBefore || !/^\s*,\s*$/.test(text.slice(tokens[the - 1].end, tokens[the].start))) continue;
    if (unitDescription(tokens, the + 1) !== of - 1) return undefined;
    let start = the;
    while (start > 0 && the - start < 3 && isCapitalised(tokens[start - 1]) && (start === the || !tokens[start].breakBefore)) start--;
    // A sentence's first word before the comma is an opener, not a name ("Yesterday, the special unit of the police …").
    if (start < the && !tokens[start].sentenceStart && unitName(tokens, start, the, isFree, countries)) return unit(text, tokens, start, the, countryCode);
    return undefined;
  }
  return undefined;
}

function unit(text: string, tokens: readonly Token[], from: number, to: number, countryCode: string): OwnedUnit {
  const name = spanText(text, tokens, from, to);
  const acronym = to - from === 1 && isAcronymLike(name) ? name : undefined;
  return { entity: agencyDraft({ name, acronym, aliases: [], countryCode }), from, to };
}

/** "the Gendarmerie" alone: the force of that kind of the country in view (the reference's, by its short form, where it has one). */
export function isLoneForce(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const alone = t.possessive || !next || next.breakBefore || !isCapitalised(next);
  // Written in lower case too ("stopped by the gendarmerie"): a country has one; "the gendarmerie post" is a building.
  return LONE_FORCES.has(t.key) && (isCapitalised(t) || !namesPoliceThing(next)) && tokens[i - 1]?.key === 'the' && !t.breakBefore && alone;
}
