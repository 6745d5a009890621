import { ids } from '../../modules/shared/ids';
import { uniqueFormIds } from './entity-id-forms';
import type { OrganizationRecord } from './reference-data';

/**
 * The ids one reference organisation can be written under, each mapped to the id the reference gives
 * it (`org:<slug of its name>`): its name, acronym and every alias. A labeller who writes `org:nato`
 * and a recogniser that writes `org:north-atlantic-treaty-organization` name one body, and so do
 * `org:kata-ib-hezbollah` and `org:kataib-hezbollah`. A spelling two entries share maps to neither.
 */
export function organizationIdForms(organizations: readonly OrganizationRecord[]): Map<string, string> {
  return uniqueFormIds(
    organizations.flatMap((org) =>
      [org.name, org.acronym, ...org.aliases].flatMap((form) => (form ? [[ids.organization(form), ids.organization(org.name)] as const] : [])),
    ),
  );
}
