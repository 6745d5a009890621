import worldCountries from 'world-countries';
import { COUNTRIES, CountryRecord } from '../../modules/entity/countries';
import { PhraseMatcher } from './phrase-matcher';
import { matchKey } from './text-tokens';

/** What a country-ish phrase means: a country (by name or demonym) or a place that merely contains one. */
export type CountryFormValue = { code: string; via: 'name' | 'demonym' } | { blocked: string };

/** Spellings news copy uses that world-countries lacks (its alt spellings include the formal ones). */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S.A.', 'America'],
  GB: ['Britain', 'U.K.'],
  TR: ['Turkey'],
  CN: ['PRC'],
  KR: ['ROK'],
  CZ: ['Czech Republic'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['Brits', 'Briton', 'Britons'],
  TR: ['Turks'],
  PL: ['Poles'],
  SE: ['Swedes'],
  DK: ['Danes'],
  FI: ['Finns'],
  PH: ['Philippine'],
  SA: ['Saudi', 'Saudis'],
  NL: ['Dutchman'],
  FR: ['Frenchman'],
};

/** Places and phrases that contain a country word but do not mention the country. */
const BLOCKED_PHRASES = [
  'Latin America',
  'Latin American',
  'Latin Americans',
  'South America',
  'South American',
  'South Americans',
  'North America',
  'North American',
  'North Americans',
  'Central America',
  'Central American',
  'Central Americans',
  'Native American',
  'Native Americans',
  'African American',
  'African Americans',
  'Pan-American',
  'American Indian',
  'New Mexico',
  'New Jersey',
  'New Guinea',
  'New England',
  'Gulf of Mexico',
  'Gulf of America',
  'Indian Ocean',
  'Northern Ireland',
  'British Columbia',
  'Mexico City',
  'Guatemala City',
  'Panama City',
  'Kuwait City',
  'Jersey City',
  'Georgia Tech',
];

/** Alt spellings that are too often something else ("Thomas Mann"), or not in Latin script. */
const SKIPPED_ALIASES = new Set(['Mann', 'Lao', 'Congo']);

function usableAlias(alias: string): boolean {
  if (SKIPPED_ALIASES.has(alias) || /[,()]/.test(alias)) return false;
  if (!/^[\p{Script=Latin}\s'’.&-]+$/u.test(alias)) return false;
  return alias.length >= 4 || /^[A-Z]{2,}$/.test(alias);
}

/** A demonym's plural for the people ("Russians", "Israelis"), not for adjectives like "Chinese" or "British". */
function pluralOf(demonym: string): string | undefined {
  return /(ese|sh|ch|ss|s)$/.test(demonym) ? undefined : `${demonym}s`;
}

const AREA = new Map(worldCountries.map((c) => [c.cca2, c.area]));

/** When two countries share a demonym ("Dominican", "Congolese"), the larger one is the usual meaning. */
function demonymOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const c of COUNTRIES.values()) {
    const wc = worldCountries.find((w) => w.cca2 === c.code);
    for (const d of new Set([c.demonym, wc?.demonyms?.eng?.f].filter((x): x is string => !!x))) {
      const current = owners.get(d);
      if (!current || (AREA.get(c.code) ?? 0) > (AREA.get(current) ?? 0)) owners.set(d, c.code);
    }
  }
  return owners;
}

export function countryNames(c: CountryRecord): string[] {
  return [c.name, c.officialName, ...c.aliases.filter(usableAlias), ...(EXTRA_NAMES[c.code] ?? [])];
}

function buildCountryMatcher(): PhraseMatcher<CountryFormValue> {
  const matcher = new PhraseMatcher<CountryFormValue>();
  for (const c of COUNTRIES.values()) {
    for (const name of new Set(countryNames(c))) matcher.add(name, { code: c.code, via: 'name' });
    for (const d of EXTRA_DEMONYMS[c.code] ?? []) matcher.add(d, { code: c.code, via: 'demonym' });
  }
  for (const [demonym, code] of demonymOwners()) {
    matcher.add(demonym, { code, via: 'demonym' });
    const plural = pluralOf(demonym);
    if (plural) matcher.add(plural, { code, via: 'demonym' });
  }
  for (const phrase of BLOCKED_PHRASES) matcher.add(phrase, { blocked: phrase });
  return matcher;
}

export const COUNTRY_FORMS: PhraseMatcher<CountryFormValue> = buildCountryMatcher();

const DEMONYMS = demonymOwners();

/** "Russian" for RU: the adjective collective agencies and embassies are named with. */
export function demonymOf(code: string): string {
  const record = COUNTRIES.get(code);
  return record?.demonym ?? [...DEMONYMS].find(([, c]) => c === code)?.[0] ?? record?.name ?? code;
}

export function countryName(code: string): string {
  return COUNTRIES.get(code)?.name ?? code;
}

/** "the Russian Federation", but "Ukraine" and "Japan" take no article. */
export function officialNameWithArticle(code: string): string {
  const record = COUNTRIES.get(code);
  if (!record) return code;
  return record.officialName === record.name ? record.officialName : `the ${record.officialName}`;
}

/** Capitals by folded name ("moscow" → RU), for embassies located "in Moscow". */
const CAPITALS = new Map<string, { name: string; code: string }>();
for (const c of worldCountries) {
  for (const capital of c.capital ?? []) {
    if (COUNTRIES.has(c.cca2)) CAPITALS.set(matchKey(capital), { name: capital, code: c.cca2 });
  }
}
CAPITALS.set('washington', { name: 'Washington', code: 'US' });
CAPITALS.set('washington dc', { name: 'Washington', code: 'US' });

export function capitalNamed(text: string): { name: string; code: string } | undefined {
  return CAPITALS.get(
    matchKey(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}
