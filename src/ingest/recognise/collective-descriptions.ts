import type { CountryMention } from './country-recognizer';
import type { EntityMention } from './entity-mention';
import { EntityType } from '../../modules/shared/enums';
import type { Token } from './text-tokens';

/** The words that join two demonyms over one noun: "British and American intelligence". */
const COORDINATORS = new Set(['and', 'or']);

/**
 * "passing secrets to British and American intelligence", "selling plans to Hungarian and Czechoslovak intelligence": demonyms
 * joined over one "intelligence" describe each country's service in passing (sets 5 and 14 label neither), where a demonym on its
 * own ("worked for Chinese intelligence") names the collective.
 */
export function isCoordinatedDemonym(tokens: readonly Token[], c: CountryMention, countries: readonly CountryMention[]): boolean {
  const joiner = tokens[c.from - 1];
  if (c.via !== 'demonym' || !joiner || tokens[c.from].breakBefore || joiner.breakBefore || !COORDINATORS.has(joiner.key)) return false;
  return countries.some((other) => other !== c && other.via === 'demonym' && other.to === c.from - 1);
}

/**
 * "Algeria's intelligence service, the DRS", "both Italian intelligence services, SISMI and SISDE": the phrase is set off by a
 * comma (or bracket) from one of that country's agencies named right after it, so it explains that agency and names no other
 * (LABELLING.md: an apposition explaining an agency is no second label).
 */
export function describesAgencyAfter(tokens: readonly Token[], countryCode: string, to: number, named: readonly EntityMention[]): boolean {
  const next = tokens[to];
  if (!next || !next.breakBefore || next.sentenceStart) return false;
  const start = next.key === 'the' ? to + 1 : to;
  return named.some((m) => m.from === start && m.entity.type === EntityType.AGENCY && m.entity.countryCode === countryCode);
}
