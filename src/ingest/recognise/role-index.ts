import { COUNTRY_FORMS } from './country-forms';
import type { PhraseMatcher } from './phrase-matcher';
import type { PersonRecord, RoleRecord } from './reference-data';
import type { GazetteerValue, ReferenceEntity } from './reference-gazetteer';
import { tokenize } from './text-tokens';

/** What a role is "of": a country ("President of Mexico") or an agency/organisation ("Director of the CIA"). */
export type RoleTarget = { country: string } | { entityId: string } | { none: true };

export interface IndexedRole {
  person: ReferenceEntity;
  role: RoleRecord;
  /** Lowercase words of the title before its target: "president", "prime minister", "director general". */
  keyword: string[];
  target: RoleTarget;
}

/** Keywords of roles that head an agency or organisation; any of HEAD_SYNONYMS names them in text. */
const HEAD_KEYWORDS = new Set(['director', 'chief', 'head', 'director general', 'president', 'secretary', 'secretary general']);
export const HEAD_SYNONYMS: string[][] = [
  ['director', 'general'],
  ['secretary', 'general'],
  ['spy', 'chief'],
  ['director'],
  ['chief'],
  ['head'],
  ['boss'],
  ['spymaster'],
];

export function isHeadRole(role: IndexedRole): boolean {
  return HEAD_KEYWORDS.has(role.keyword.join(' '));
}

function words(text: string): string[] {
  return tokenize(text).map((t) => t.key);
}

function wholeCountry(text: string): string | undefined {
  const tokens = tokenize(text.replace(/^the\s+/i, ''));
  const match = tokens.length ? COUNTRY_FORMS.matchesAt(tokens, 0).find((m) => m.to === tokens.length) : undefined;
  const value = match?.values[0];
  return value && 'code' in value ? value.code : undefined;
}

type Gazetteer = PhraseMatcher<GazetteerValue>;

function wholeEntity(text: string, countryCode: string | undefined, gazetteer: Gazetteer): string | undefined {
  const tokens = tokenize(text.replace(/^the\s+/i, ''));
  const match = tokens.length ? gazetteer.matchesAt(tokens, 0).find((m) => m.to === tokens.length) : undefined;
  const entities = (match?.values ?? []).flatMap((v) => (v.kind === 'entity' ? [v.entity] : []));
  const fitting = entities.length > 1 ? entities.filter((e) => countryCode && e.countryCodes.includes(countryCode)) : entities;
  return fitting.length === 1 ? fitting[0].id : undefined;
}

/** "Secretary of State of the United States" → keyword "secretary of state", target US: split at the last " of " that names a target. */
function parseTitle(role: RoleRecord, gazetteer: Gazetteer): Pick<IndexedRole, 'keyword' | 'target'> {
  const parts = role.title.split(' of ');
  for (let k = parts.length - 1; k >= 1; k--) {
    const head = parts.slice(0, k).join(' of ');
    const rest = parts.slice(k).join(' of ');
    const country = wholeCountry(rest);
    if (country) return { keyword: words(head), target: { country } };
    const entityId = wholeEntity(rest, role.countryCode, gazetteer);
    if (entityId) return { keyword: words(head), target: { entityId } };
  }
  return { keyword: words(role.title), target: { none: true } };
}

/** "Minister of Intelligence" is also written "intelligence minister". */
export function keywordVariants(keyword: string[]): string[][] {
  const variants = [keyword];
  if (keyword[0] === 'minister' && keyword[1] === 'of' && keyword.length > 2) variants.push([...keyword.slice(2), 'minister']);
  return variants;
}

/** Every role of every reference person (`people` and `entities` index for index), with its title parsed. */
export function buildRoleIndex(people: readonly PersonRecord[], entities: readonly ReferenceEntity[], gazetteer: Gazetteer): IndexedRole[] {
  return people.flatMap((p, i) => p.roles.map((role) => ({ person: entities[i], role, ...parseTitle(role, gazetteer) })));
}
