import { LONE_FORCES } from './agency-short-forms';
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
  return LONE_FORCES.has(t.key) && isCapitalised(t) && tokens[i - 1]?.key === 'the' && !t.breakBefore && alone;
}
