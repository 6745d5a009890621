import { COUNTRIES } from '../../modules/entity/countries';
import { countryNames, demonymOf } from './country-forms';
import { formKey, ReferenceEntity } from './reference-gazetteer';

/** Forces a country has one of, so the word alone names it: "the Gendarmerie" in a Belgian story. */
export const LONE_FORCES = new Set(['gendarmerie', 'constabulary']);

/** Escapes a country word for use inside a pattern. */
function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Spanish National Police" -> "National Police", "National Police of Colombia" -> "National Police", "Policía Nacional Civil de Guatemala" -> "Policía Nacional Civil": the name without its country word. */
export function withoutCountryWord(name: string, countryCode: string): string | undefined {
  const record = COUNTRIES.get(countryCode);
  const words = [...new Set([demonymOf(countryCode), ...(record ? countryNames(record) : [])])].filter((w) => w.length > 2).map(literal);
  if (words.length === 0) return undefined;
  const alternatives = words.join('|');
  const stripped = name
    .replace(new RegExp(`^(?:the\\s+)?(?:${alternatives})\\s+`, 'i'), '')
    // "… of Colombia", and in the national language: "Policía de Investigaciones de Chile".
    .replace(new RegExp(`\\s+(?:of(?:\\s+the)?|de(?:\\s+la)?|del|da|do|di|du)\\s+(?:${alternatives})$`, 'i'), '');
  // One word left ("Police") names no particular force, unless a country has only one such ("Gendarmerie").
  return stripped !== name && (stripped.split(/\s+/).length >= 2 || LONE_FORCES.has(stripped.toLowerCase())) ? stripped : undefined;
}

/**
 * Reference agencies by country and short form, so a story that writes "the National Police" in
 * Spain means the reference's Spanish National Police rather than a new agency. A short form two
 * agencies of one country share means neither.
 */
export function agencyShortForms(agencies: readonly ReferenceEntity[]): Map<string, ReferenceEntity | undefined> {
  const byKey = new Map<string, ReferenceEntity | undefined>();
  for (const entity of agencies) {
    const agency = entity.agency;
    if (!agency) continue;
    for (const form of [agency.name, ...agency.aliases]) {
      const short = withoutCountryWord(form, agency.countryCode);
      if (!short) continue;
      const key = `${agency.countryCode}|${formKey(short)}`;
      const current = byKey.get(key);
      byKey.set(key, byKey.has(key) && current?.id !== entity.id ? undefined : entity);
    }
  }
  return byKey;
}
