import worldCountries from 'world-countries';
import { foldKey } from '../shared/ids';

export interface CountryRecord {
  code: string;
  name: string;
  officialName: string;
  demonym?: string;
  aliases: string[];
}

/** ISO 3166-1 alpha-2 countries from the world-countries dataset, keyed by code. */
export const COUNTRIES: ReadonlyMap<string, CountryRecord> = new Map(
  worldCountries
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
    .map((c) => {
      const demonym = c.demonyms?.eng?.m;
      const aliases = [...new Set([c.name.official, ...c.altSpellings.filter((a) => a !== c.cca2)])].filter((a) => a !== c.name.common);
      return [c.cca2, { code: c.cca2, name: c.name.common, officialName: c.name.official, demonym, aliases }];
    }),
);

export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code);
}

const BY_KEY = new Map<string, string>();
for (const c of COUNTRIES.values()) {
  for (const name of [c.code, c.name, c.officialName, ...c.aliases]) if (!BY_KEY.has(foldKey(name))) BY_KEY.set(foldKey(name), c.code);
}

/** Resolves "Mexico", "MX", "United Mexican States" to "MX". */
export function countryCodeFor(nameOrCode: string): string | undefined {
  return COUNTRIES.has(nameOrCode.toUpperCase()) && nameOrCode.length === 2 ? nameOrCode.toUpperCase() : BY_KEY.get(foldKey(nameOrCode));
}
