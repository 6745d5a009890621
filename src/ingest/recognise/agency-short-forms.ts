import { COUNTRIES } from '../../modules/entity/countries';
import { literalPattern } from '../../modules/shared/literal-pattern';
import { countryNames, demonymOf } from './country-forms';
import type { EntityDraft } from './entity-drafts';
import type { ReferenceEntity } from './reference-gazetteer';
import { formKey } from './text-tokens';

/** Forces a country has one of, so the word alone names it: "the Gendarmerie" in a Belgian story. */
export const LONE_FORCES = new Set(['gendarmerie', 'constabulary']);

/** "Spanish National Police" -> "National Police", "Danish Police" -> "Police": the name without its country word, if it had one. */
function strippedOfCountryWord(name: string, countryCode: string): string | undefined {
  const patterns = countryWordPatterns(countryCode);
  if (!patterns) return undefined;
  const stripped = name.replace(patterns.leading, '').replace(patterns.trailing, '');
  return stripped !== name ? stripped : undefined;
}

/** A country's words before or after a name, compiled once per country: asked for every agency-shaped name of a story. */
const countryWordPatternsByCode = new Map<string, { leading: RegExp; trailing: RegExp } | undefined>();

function countryWordPatterns(countryCode: string): { leading: RegExp; trailing: RegExp } | undefined {
  if (countryWordPatternsByCode.has(countryCode)) return countryWordPatternsByCode.get(countryCode);
  const record = COUNTRIES.get(countryCode);
  const words = [...new Set([demonymOf(countryCode), ...(record ? countryNames(record) : [])])].filter((w) => w.length > 2).map(literalPattern);
  const alternatives = words.join('|');
  const patterns =
    words.length === 0
      ? undefined
      : {
          leading: new RegExp(`^(?:the\\s+)?(?:${alternatives})\\s+`, 'i'),
          // "… of Colombia", and in the national language: "Policía de Investigaciones de Chile".
          trailing: new RegExp(`\\s+(?:of(?:\\s+the)?|de(?:\\s+la)?|del|da|do|di|du)\\s+(?:${alternatives})$`, 'i'),
        };
  countryWordPatternsByCode.set(countryCode, patterns);
  return patterns;
}

/** "Spanish National Police" -> "National Police", "National Police of Colombia" -> "National Police", "Policía Nacional Civil de Guatemala" -> "Policía Nacional Civil": the name without its country word. */
export function withoutCountryWord(name: string, countryCode: string): string | undefined {
  const stripped = strippedOfCountryWord(name, countryCode);
  // One word left ("Police") names no particular force, unless a country has only one such ("Gendarmerie").
  return stripped && (stripped.split(/\s+/).length >= 2 || LONE_FORCES.has(stripped.toLowerCase())) ? stripped : undefined;
}

/** Generic words after "Police" that news drops: "the Malawi Police" is the Malawi Police Service, "the Queensland Police" its Police Service. */
const POLICE_HEADS = /\b(police)\s+(?:service|force|department)$/i;

/** "Malawi Police Service" -> "Malawi Police"; any other name as it is. */
export function withoutPoliceHead(name: string): string {
  return name.replace(POLICE_HEADS, '$1');
}

/**
 * A police force the reference does not hold, under one name whichever spelling a story uses first: "the Lilongwe Police Service"
 * and "the Lilongwe Police" are both `agency:mw-lilongwe-police` in every story, the spelling written kept as an alias.
 */
export function canonicalPoliceDraft(entity: EntityDraft): EntityDraft {
  const name = entity.name ?? '';
  const headless = withoutPoliceHead(name);
  return headless === name ? entity : { ...entity, name: headless, aliases: [...new Set([name, ...(entity.aliases ?? [])])] };
}

/**
 * "Special Branch of the Metropolitan Police" -> "Special Branch", "National Security Department of the Hong Kong Police" -> "National
 * Security Department": a unit named with its parent is written without it once the story is in the parent's country.
 */
export function unitWithoutParent(name: string): string | undefined {
  const m = /^(\p{Lu}\S*(?: \p{Lu}\S*)+) of the \p{Lu}/u.exec(name);
  return m?.[1];
}

/** The key a short form is looked up by: its country and its folded words without a generic police head. */
export function shortFormKey(countryCode: string, name: string): string {
  return `${countryCode}|${formKey(withoutPoliceHead(name))}`;
}

/** What a country's own police is called once the country word is gone: "Danish National Police", "Kenya Police Service", "National Police of Ukraine", "Italian State Police". */
const NATIONAL_FORCE_FORMS = new Set(['police', 'national police', 'state police']);

/** "Danish Police", "Kenyan Police", "Indonesian National Police": a country word and the words of a country's own police, nothing else. */
export function namesNationalForce(name: string, countryCode: string): boolean {
  // "Royal Thai Police", "Royal Bahamas Police Force": the crown's title is no part of what a story shortens ("Thai Police").
  const stripped = strippedOfCountryWord(name.replace(/^Royal\s+/i, ''), countryCode);
  return !!stripped && NATIONAL_FORCE_FORMS.has(formKey(withoutPoliceHead(stripped)));
}

const nationalForceKey = (countryCode: string) => `${countryCode}|(national force)`;

/**
 * Reference agencies by country and short form, so a story that writes "the National Police" in
 * Spain means the reference's Spanish National Police rather than a new agency, and "the Malawi
 * Police" the reference's Malawi Police Service. A short form two agencies of one country share means neither; so does a country's
 * own police (its demonym and "Police") when the reference holds two current forces named so.
 */
export function agencyShortForms(agencies: readonly ReferenceEntity[]): Map<string, ReferenceEntity | undefined> {
  const byKey = new Map<string, ReferenceEntity | undefined>();
  for (const entity of agencies) {
    const agency = entity.agency;
    if (!agency) continue;
    const written = [agency.name, ...agency.aliases];
    const shortForms = [
      ...written.flatMap((form) => withoutCountryWord(form, agency.countryCode) ?? []),
      ...written.filter((form) => withoutPoliceHead(form) !== form),
      ...written.flatMap((form) => unitWithoutParent(form) ?? []),
    ];
    for (const short of new Set(shortForms)) {
      // One word as written names no particular force; "Police Service" of the "Ghana Police Service" does ("Ghana's Police Service"),
      // and is keyed without its head like every police name, so "Ghana's Police Force" finds it too.
      const words = short.split(/\s+/);
      if (words.length < 2 && !LONE_FORCES.has(words[0].toLowerCase())) continue;
      const key = shortFormKey(agency.countryCode, short);
      const current = byKey.get(key);
      byKey.set(key, byKey.has(key) && current?.id !== entity.id ? undefined : entity);
    }
    // A country's own police, whichever of its names a story shortens ("the Danish Police" is the Danish National Police); a past force is not today's.
    if (!agency.historical && written.some((form) => namesNationalForce(form, agency.countryCode))) {
      const key = nationalForceKey(agency.countryCode);
      const current = byKey.get(key);
      byKey.set(key, byKey.has(key) && current?.id !== entity.id ? undefined : entity);
    }
  }
  return byKey;
}

/** The reference agency a name shortens, in a country: by its short form, else as the country's own police ("Kenyan Police"). */
export function agencyByShortForm(
  shortForms: ReadonlyMap<string, ReferenceEntity | undefined>,
  countryCode: string,
  name: string,
): ReferenceEntity | undefined {
  return shortForms.get(shortFormKey(countryCode, name)) ?? (namesNationalForce(name, countryCode) ? shortForms.get(nationalForceKey(countryCode)) : undefined);
}
