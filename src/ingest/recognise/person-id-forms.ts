import { ids } from '../../modules/shared/ids';
import { uniqueFormIds } from './entity-id-forms';
import type { PersonRecord } from './reference-data';

/**
 * The ids one reference person can be written under, each mapped to the id the reference gives them (`person:<slug of the name>`):
 * the name and every alias. A labeller who writes a card's "Rafik Hariri" as `person:rafik-hariri` and a recogniser that
 * writes the entry's `person:rafic-hariri` name one man, as agencyIdForms and organizationIdForms do for their kinds. A spelling
 * two entries share maps to neither.
 */
export function personIdForms(people: readonly PersonRecord[]): Map<string, string> {
  return uniqueFormIds(people.flatMap((p) => [p.name, ...p.aliases].map((form) => [ids.person(form), ids.person(p.name)] as const)));
}
