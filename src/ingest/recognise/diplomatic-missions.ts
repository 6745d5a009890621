import { TieRelation } from '../../modules/shared/enums';
import { capitalNamed, countryName, demonymOf, officialNameWithArticle } from './country-forms';
import type { CountryMention } from './country-recognizer';
import { entityIdOf, organizationDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import type { Reference } from './reference';
import { isCapitalised, spanText, Token } from './text-tokens';

// A Map, not an object literal: a token such as "constructor" must not find Object.prototype's members.
const MISSION_KINDS = new Map([
  ['embassy', 'Embassy'],
  ['consulate', 'Consulate'],
]);

interface Place {
  name: string;
  code?: string;
  to: number;
}

/** Where a mission is: a country, a capital (Moscow → RU), or a city we cannot place in a country. */
function placeAt(text: string, tokens: readonly Token[], i: number, countries: readonly CountryMention[]): Place | undefined {
  const country = countries.find((c) => c.from === i && c.via === 'name');
  if (country) return { name: countryName(country.code), code: country.code, to: country.to };
  let end = i;
  while (end < tokens.length && end - i < 3 && isCapitalised(tokens[end]) && (end === i || !tokens[end].breakBefore)) {
    end++;
    if (tokens[end - 1].possessive) break;
  }
  for (let to = end; to > i; to--) {
    const capital = capitalNamed(spanText(text, tokens, i, to));
    if (capital) return { name: capital.name, code: capital.code, to };
  }
  return end > i ? { name: spanText(text, tokens, i, end), to: end } : undefined;
}

function missionMention(kind: string, represents: string, place: Place, from: number, reference: Reference): EntityMention {
  const name = `${demonymOf(represents)} ${kind} in ${place.name}`;
  const alias = `${kind} of ${officialNameWithArticle(represents)} in ${place.name}`;
  const curated = reference.organizationNamed(name) ?? reference.organizationNamed(alias);
  const ties = [{ relation: TieRelation.REPRESENTS, countryCode: represents }];
  if (place.code && place.code !== represents) ties.push({ relation: TieRelation.LOCATED_IN, countryCode: place.code });
  const entity = curated?.draft ?? organizationDraft({ name, aliases: [alias], ties });
  return { id: curated?.id ?? entityIdOf(entity), entity, from, to: place.to };
}

/**
 * "Russian Embassy in Mexico", "Iran's consulate in Damascus", "Embassy of the Russian Federation in
 * Mexico": one organisation named "<Demonym> Embassy in <place>" that REPRESENTS the sending country and
 * is LOCATED_IN the host. A mission without a place ("Russian embassies across Europe") is not one entity.
 */
export function findDiplomaticMissions(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  isFree: (i: number) => boolean,
  reference: Reference,
): EntityMention[] {
  const found: EntityMention[] = [];
  const kindAt = (i: number) => (tokens[i] && isFree(i) ? MISSION_KINDS.get(tokens[i].key) : undefined);
  const isIn = (i: number) => tokens[i]?.key === 'in' && !tokens[i].breakBefore;

  for (const c of countries) {
    const kind = kindAt(c.to);
    if (!kind || tokens[c.to].breakBefore || !isIn(c.to + 1)) continue;
    const place = placeAt(text, tokens, c.to + 2, countries);
    if (place) found.push(missionMention(kind, c.code, place, c.from, reference));
  }
  tokens.forEach((t, i) => {
    const kind = kindAt(i);
    if (!kind || !isCapitalised(t) || tokens[i + 1]?.key !== 'of') return;
    const at = tokens[i + 2]?.key === 'the' ? i + 3 : i + 2;
    const c = countries.find((m) => m.from === at && m.via === 'name');
    if (!c || !isIn(c.to)) return;
    const place = placeAt(text, tokens, c.to + 1, countries);
    if (place) found.push(missionMention(kind, c.code, place, i, reference));
  });
  return found;
}
