import { demonymOf } from './country-forms';
import type { CountryMention } from './country-recognizer';
import { agencyDraft, entityIdOf } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import type { Reference } from './reference';
import type { Token } from './text-tokens';

/** Words that may close the phrase; they belong to the mention but do not change the entity. */
const HEAD_NOUNS = new Set(['services', 'service', 'agencies', 'agency', 'officers', 'officer', 'operatives', 'agents', 'community', 'apparatus', 'officials']);

/** "Russian intelligence (services|officers|…)" → the collective agency "Russian intelligence services" of RU. */
export function collectiveAgencyDraft(countryCode: string) {
  const demonym = demonymOf(countryCode);
  return agencyDraft({ name: `${demonym} intelligence services`, aliases: [`${demonym} intelligence`], countryCode });
}

/**
 * "<Country or demonym> intelligence …": a named agency when the words name one of that country's
 * agencies ("Cuba's intelligence directorate"), its military intelligence agency for "<Demonym>
 * military intelligence", otherwise the collective "<Demonym> intelligence services".
 */
export function findCollectiveAgencies(
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  isFree: (i: number) => boolean,
  reference: Reference,
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const c of countries) {
    let i = c.to;
    const military = tokens[i]?.key === 'military' && !tokens[i].breakBefore;
    if (military) i++;
    const word = tokens[i];
    if (!word || word.key !== 'intelligence' || word.breakBefore || !isFree(i)) continue;

    const next = tokens[i + 1];
    const named = next && !next.breakBefore ? reference.agenciesNamed(c.code, `intelligence ${next.key}`) : [];
    if (named.length === 1) {
      found.push({ id: named[0].id, entity: named[0].draft, from: c.from, to: i + 2 });
      continue;
    }
    const militaryAgency = military ? reference.militaryAgencyOf(c.code) : undefined;
    if (militaryAgency) {
      found.push({ id: militaryAgency.id, entity: militaryAgency.draft, from: c.from, to: i + 1 });
      continue;
    }
    const entity = collectiveAgencyDraft(c.code);
    const to = next && !next.breakBefore && HEAD_NOUNS.has(next.key) ? i + 2 : i + 1;
    found.push({ id: entityIdOf(entity), entity, from: c.from, to });
  }
  return found;
}
