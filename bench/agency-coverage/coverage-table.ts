import worldCountries from 'world-countries';
import type { AgencyRecord } from '../../src/ingest/recognise/reference-data';
import { SERVICE_KINDS, ServiceKind, serviceKindsOf } from './service-kinds';

/** Places the reference covers besides UN member states: issue 10 names them with the members. */
export const OTHER_TERRITORIES = ['HK', 'MO', 'TW', 'XK', 'PS'];

export interface TerritoryCoverage {
  countryCode: string;
  name: string;
  /** Current services of each kind, by English name. */
  kinds: Partial<Record<ServiceKind, string[]>>;
  missing: ServiceKind[];
}

export interface CoverageReport {
  territories: number;
  entries: number;
  currentEntries: number;
  /** Territories with at least one current service of each kind. */
  covered: Record<ServiceKind, number>;
  byTerritory: TerritoryCoverage[];
}

/** UN member states and the five other territories, by ISO code, in alphabetical order of code. */
export function territories(): Array<{ countryCode: string; name: string }> {
  return worldCountries
    .filter((c) => c.unMember || OTHER_TERRITORIES.includes(c.cca2))
    .map((c) => ({ countryCode: c.cca2, name: c.name.common }))
    .sort((a, b) => a.countryCode.localeCompare(b.countryCode));
}

/** Which kinds of current (not historical) service the reference holds for each territory. */
export function coverageReport(agencies: readonly AgencyRecord[]): CoverageReport {
  const current = agencies.filter((a) => !a.historical);
  const byTerritory = territories().map(({ countryCode, name }) => {
    const kinds: Partial<Record<ServiceKind, string[]>> = {};
    for (const agency of current.filter((a) => a.countryCode === countryCode))
      for (const kind of serviceKindsOf(agency)) (kinds[kind] ??= []).push(agency.name);
    return { countryCode, name, kinds, missing: SERVICE_KINDS.filter((k) => !kinds[k]) };
  });
  const covered = Object.fromEntries(SERVICE_KINDS.map((k) => [k, byTerritory.filter((t) => t.kinds[k]).length])) as Record<ServiceKind, number>;
  return { territories: byTerritory.length, entries: agencies.length, currentEntries: current.length, covered, byTerritory };
}
