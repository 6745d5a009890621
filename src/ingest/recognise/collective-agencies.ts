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

/** Who "<Demonym> security …" names: the services and their people, not the security situation or its forces. */
const SECURITY_HEAD_NOUNS = new Set(['services', 'service', 'officers', 'agents', 'operatives', 'apparatus']);

/** "Emirati security services", "Ethiopian security officers" → the collective "<Demonym> security services". */
export function collectiveSecurityDraft(countryCode: string) {
  return agencyDraft({ name: `${demonymOf(countryCode)} security services`, aliases: [], countryCode });
}

function collectiveSecurity(tokens: readonly Token[], c: CountryMention, i: number): EntityMention | undefined {
  const next = tokens[i + 1];
  if (!next || next.breakBefore || !SECURITY_HEAD_NOUNS.has(next.key)) return undefined;
  const entity = collectiveSecurityDraft(c.code);
  return { id: entityIdOf(entity), entity, from: c.from, to: i + 2 };
}

/**
 * "<Country or demonym> intelligence …": a named agency when the words name one of that country's
 * agencies ("Cuba's intelligence directorate"), its military intelligence agency for "<Demonym>
 * military intelligence", otherwise the collective "<Demonym> intelligence services"; "<Demonym> security
 * services/officers" is the collective "<Demonym> security services".
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
    if (!military && word?.key === 'security' && !word.breakBefore && isFree(i)) {
      const security = collectiveSecurity(tokens, c, i);
      if (security) found.push(security);
      continue;
    }
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
