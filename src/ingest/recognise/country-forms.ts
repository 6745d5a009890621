import worldCountries from 'world-countries';
import { COUNTRIES, CountryRecord } from '../../modules/entity/countries';
import { PhraseMatcher } from './phrase-matcher';

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
  // The Soviet Union counts as Russia, its successor (as the KGB and GRU do).
  RU: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  // "Congo" alone, like "Congolese", is the larger of the two Congos; the other is "Republic of the Congo" or "Congo-Brazzaville".
  CD: ['Congo'],
};

/** Colonial and former names that name one of today's countries ("Portuguese Timor" is Timor-Leste, not Portugal). */
const FORMER_NAMES: Record<string, string[]> = {
  TL: ['Portuguese Timor'],
  ID: ['Dutch East Indies', 'Netherlands East Indies'],
  CD: ['Belgian Congo', 'Zaire'],
  IN: ['British India'],
  EH: ['Spanish Sahara'],
  GW: ['Portuguese Guinea'],
  BZ: ['British Honduras'],
  SO: ['Italian Somaliland', 'British Somaliland'],
  ZW: ['Rhodesia', 'Southern Rhodesia'],
  ZM: ['Northern Rhodesia'],
  SR: ['Dutch Guiana'],
  GY: ['British Guiana'],
  BJ: ['Dahomey'],
  BF: ['Upper Volta'],
  LK: ['Ceylon'],
  TH: ['Siam'],
  IR: ['Persia'],
  BD: ['East Pakistan'],
  BW: ['Bechuanaland'],
  LS: ['Basutoland'],
  MW: ['Nyasaland'],
  TZ: ['Tanganyika'],
  ET: ['Abyssinia'],
  TW: ['Formosa'],
  KH: ['Kampuchea'],
  JO: ['Transjordan'],
  NA: ['South West Africa'],
  // Defunct federations count as the successor that kept their capital (as the UDBA and the StB do).
  RS: ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'Federal Republic of Yugoslavia', 'Kingdom of Yugoslavia'],
  CZ: ['Czechoslovakia'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['Brits', 'Briton', 'Britons', 'Englishman', 'Englishmen', 'Englishwoman', 'Scotsman', 'Scotsmen', 'Welshman', 'Welshmen'],
  TR: ['Turk', 'Turks'],
  PL: ['Poles'],
  // The singular nouns too ("Hammarskjöld, a Swede,"); not "Pole" ("the North Pole") nor "Finn" (a first name).
  SE: ['Swede', 'Swedes'],
  DK: ['Dane', 'Danes'],
  FI: ['Finns'],
  PH: ['Philippine', 'Filipina', 'Filipinos'],
  SA: ['Saudi', 'Saudis'],
  // "an Irishman he had met in prison": the -man and -woman forms of a people are demonyms too.
  NL: ['Dutchman', 'Dutchmen', 'Dutchwoman'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  IE: ['Irishman', 'Irishmen', 'Irishwoman'],
  RS: ['Yugoslav', 'Yugoslavs'],
  CZ: ['Czechoslovak', 'Czechoslovaks'],
  RU: ['Soviet', 'Soviets'],
  // Forms world-countries spells otherwise ("Maldivan", "Kirghiz", "Bosnian, Herzegovinian").
  MV: ['Maldivian'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  KG: ['Kyrgyz'],
  TM: ['Turkmens'],
  AZ: ['Azeri'],
  BA: ['Bosnian'],
  AG: ['Antiguan'],
  EC: ['Ecuadorian'],
  CV: ['Cape Verdean'],
  KM: ['Comorian'],
  DJ: ['Djiboutian'],
  NP: ['Nepali'],
  SI: ['Slovenian'],
  SK: ['Slovakian'],
  SR: ['Surinamese'],
  GW: ['Bissau-Guinean'],
  TL: ['Timorese'],
  GQ: ['Equatoguinean'],
  IS: ['Icelandic'],
  LU: ['Luxembourgish'],
  BF: ['Burkinabè'],
  MC: ['Monégasque'],
  KP: ['North Koreans'],
  KR: ['South Koreans'],
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
  'Port of Spain',
  'Belize City',
  'Djibouti City',
  'Luxembourg City',
  'Jersey City',
  'Georgia Tech',
  'Inter-American',
  'Soviet bloc',
  'Credit Suisse',
  // Special administrative regions of China are cities, not countries (Taiwan is labelled as one).
  'Hong Kong',
  'Hong Konger',
  'Hong Kongers',
  'Macau',
  'Macao',
];

/** States outside the UN that are labelled as countries all the same. */
const STATES_OUTSIDE_THE_UN = new Set(['TW', 'PS', 'XK', 'EH']);

/**
 * Territories that are no country of their own here: China's special administrative regions (their
 * names are blocked above) and dependent territories ("New Caledonia", "Puerto Rico", "Greenland"),
 * whose names are blocked, so they are neither a country nor a person's or body's name.
 */
export const TERRITORIES = new Set(worldCountries.filter((c) => !c.unMember && !STATES_OUTSIDE_THE_UN.has(c.cca2)).map((c) => c.cca2));
const NOT_COUNTRIES = new Set(['HK', 'MO', ...TERRITORIES]);

/** Alt spellings that are too often something else ("Thomas Mann"), or not in Latin script. */
/** Given names ("Dominique"), common words ("Island", "Prathet") and ambiguous short forms ("Guiana"). */
const SKIPPED_ALIASES = new Set(['Mann', 'Lao', 'Congo', 'Dominique', 'Island', 'Prathet', 'Viti', 'Mannin', 'Guiana']);

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
    // Their demonyms are often a sovereign state's ("French", "American"), so only the names are blocked.
    if (TERRITORIES.has(c.code)) for (const name of countryNames(c)) if (!/^[A-Z]{2}$/.test(name)) matcher.add(name, { blocked: name });
    if (NOT_COUNTRIES.has(c.code)) continue;
    for (const name of new Set([...countryNames(c), ...(FORMER_NAMES[c.code] ?? [])])) matcher.add(name, { code: c.code, via: 'name' });
    for (const d of EXTRA_DEMONYMS[c.code] ?? []) matcher.add(d, { code: c.code, via: 'demonym' });
  }
  for (const [demonym, code] of demonymOwners()) {
    if (NOT_COUNTRIES.has(code) || demonym.includes(',')) continue;
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

/** Capitals live in one table, with the agencies' capital cues (capitals.ts); embassies "in Moscow" read it through here. */
export { capitalNamed } from './capitals';
