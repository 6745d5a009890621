import type { EntityMention } from './entity-mention';
import { isAcronymLike, isCapitalised, Token } from './text-tokens';
import { EntityType } from '../../modules/shared/enums';

/** Nouns an apposition calls a part of a service by: "…, a unit of the National Police". */
const UNIT_NOUNS = new Set(['unit', 'squad', 'division', 'branch', 'wing', 'cell', 'detachment']);

/** Words that may stand between the article and the unit noun: "a special unit", "an elite police unit". */
const UNIT_ADJECTIVES = new Set([
  'special',
  'elite',
  'covert',
  'secret',
  'clandestine',
  'paramilitary',
  'police',
  'intelligence',
  'tactical',
  'counterterrorism',
  'counternarcotics',
  'new',
  'dedicated',
  'notorious',
  'feared',
]);

const ARTICLES = new Set(['a', 'an', 'the']);

export interface UnitApposition {
  from: number;
  to: number;
  /** The known agency the apposition makes it a part of, whose country it takes. */
  parent: EntityMention;
}

/** The known agency "of (the) …" names right after token `i`, if any. */
function parentAfter(tokens: readonly Token[], i: number, knownAgencies: readonly EntityMention[]): EntityMention | undefined {
  const link = tokens[i];
  if (!link || link.breakBefore || (link.key !== 'of' && link.key !== 'within')) return undefined;
  const start = tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
  return knownAgencies.find((m) => m.from === start && m.entity.type === EntityType.AGENCY && !!m.entity.countryCode);
}

/**
 * "by the Search Bloc, a unit of the National Police of Colombia", "Aras, the special unit of the Lithuanian Police": a name
 * the apposition right after it calls a unit of a known service is that country's agency, whatever its own words are.
 */
export function findUnitAppositions(tokens: readonly Token[], isFree: (i: number) => boolean, knownAgencies: readonly EntityMention[]): UnitApposition[] {
  const found: UnitApposition[] = [];
  for (let comma = 1; comma < tokens.length; comma++) {
    const first = tokens[comma];
    if (!first.breakBefore || first.sentenceStart || !ARTICLES.has(first.key)) continue;
    let k = comma + 1;
    while (k < comma + 4 && UNIT_ADJECTIVES.has(tokens[k]?.key ?? '') && !tokens[k].breakBefore) k++;
    if (!UNIT_NOUNS.has(tokens[k]?.key ?? '') || tokens[k].breakBefore) continue;
    const parent = parentAfter(tokens, k + 1, knownAgencies);
    if (!parent) continue;
    let from = comma;
    while (from > 0 && isFree(from - 1) && isCapitalised(tokens[from - 1]) && !tokens[from - 1].sentenceStart && (from === comma || !tokens[from].breakBefore))
      from--;
    // One capitalised word is a name only when it is shaped like an acronym ("Aras" is not, "GEO" is).
    const words = comma - from;
    if (words >= 2 || (words === 1 && isAcronymLike(tokens[from].text))) found.push({ from, to: comma, parent });
  }
  return found;
}
