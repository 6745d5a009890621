import { ids } from '../../modules/shared/ids';
import type { AgencyRecord } from './reference-data';

/**
 * The ids one reference agency can be written under, each mapped to the id the reference gives it:
 * `agency:<cc>-<slug>` of its acronym, name, official name and every alias. A labeller who spells
 * the Paris BRI from its English name (`agency:fr-research-and-intervention-brigade`) and a
 * recogniser that writes the acronym (`agency:fr-bri`) name one entry. A spelling two entries share
 * maps to neither, so no two services are ever merged.
 */
export function agencyIdForms(agencies: readonly AgencyRecord[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const agency of agencies) {
    const id = ids.agency(agency.countryCode, agency.acronym ?? agency.name);
    for (const form of [agency.acronym, agency.name, agency.officialName, ...agency.aliases]) {
      if (!form) continue;
      const formId = ids.agency(agency.countryCode, form);
      owners.set(formId, (owners.get(formId) ?? new Set()).add(id));
    }
  }
  return new Map([...owners].flatMap(([formId, entries]) => (entries.size === 1 ? [[formId, [...entries][0]] as [string, string]] : [])));
}
