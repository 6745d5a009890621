import type { EntityMention } from './entity-mention';
import { sentenceStartOf, type Token } from './text-tokens';

/** Nouns that stand for a service already named, in "the force's …": the owner is that service. */
const OWNER_NOUNS = new Set(['force', 'police', 'agency', 'service', 'bureau']);

/**
 * A unit named after its owner's possessive pronoun or noun: "its National Cyber Security Centre" (after "New Zealand's GCSB"), "the
 * force's Special Operations Group" (after "Tasmania Police"), "the police's National Security Department" (after "Hong Kong police").
 * The unit is the owner's, so it takes the owner's country: of the agency named last before it in the sentence, else, for "the
 * force's" and its like, the one country of the agencies the story named (undefined when nothing says whose).
 */
export function ownerCountryBefore(
  tokens: readonly Token[],
  from: number,
  knownAgencies: readonly EntityMention[],
  storyAgencyCountries: () => ReadonlySet<string>,
): string | undefined {
  const before = tokens[from - 1];
  if (!before || tokens[from].breakBefore) return undefined;
  const pronoun = before.key === 'its';
  const noun = before.possessive && OWNER_NOUNS.has(before.key) && tokens[from - 2]?.key === 'the' && !before.breakBefore;
  if (!pronoun && !noun) return undefined;
  const sentenceStart = sentenceStartOf(tokens, from);
  const owner = knownAgencies.filter((m) => m.to < from && m.from >= sentenceStart && m.entity.countryCode).at(-1);
  if (owner) return owner.entity.countryCode;
  if (pronoun) return undefined;
  const countries = storyAgencyCountries();
  return countries.size === 1 ? [...countries][0] : undefined;
}
