import { ids } from '../../modules/shared/ids';
import type { OrganizationRecord } from './reference-data';

/**
 * The ids one reference organisation can be written under, each mapped to the id the reference gives
 * it (`org:<slug of its name>`): its name, acronym and every alias. A labeller who writes `org:nato`
 * and a recogniser that writes `org:north-atlantic-treaty-organization` name one body, and so do
 * `org:kata-ib-hezbollah` and `org:kataib-hezbollah`. A spelling two entries share maps to neither.
 */
export function organizationIdForms(organizations: readonly OrganizationRecord[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const org of organizations) {
    const id = ids.organization(org.name);
    for (const form of new Set([org.name, org.acronym, ...org.aliases].filter((f): f is string => !!f))) {
      const formId = ids.organization(form);
      owners.set(formId, (owners.get(formId) ?? new Set()).add(id));
    }
  }
  return new Map([...owners].flatMap(([formId, entries]) => (entries.size === 1 ? [[formId, [...entries][0]] as [string, string]] : [])));
}
