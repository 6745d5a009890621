import type { EntityInput } from '../../modules/entity/entity.input';
import { EntityType } from '../../modules/shared/enums';
import { ids } from '../../modules/shared/ids';
import type { AgencyRecord, OrganizationRecord, PersonRecord } from './reference-data';

/** An entity as the API ingests it (plain object; class-validator runs later). */
export type EntityDraft = EntityInput;

/** The id the API derives when none is given: one canonical entity, one id, in every story. */
export function entityIdOf(entity: EntityDraft): string {
  switch (entity.type) {
    case EntityType.COUNTRY:
      return ids.country(entity.code ?? '');
    case EntityType.AGENCY:
      return ids.agencyOf(entity);
    case EntityType.PERSON:
      return ids.person(entity.name ?? '');
    case EntityType.ORGANIZATION:
      return ids.organization(entity.name ?? '');
    case EntityType.GROUP:
      return ids.group(entity.name ?? '');
  }
}

/** Drops empty optional fields, so drafts compare and serialise cleanly. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

export function countryDraft(code: string): EntityDraft {
  return { type: EntityType.COUNTRY, code };
}

export function agencyDraft(a: Pick<AgencyRecord, 'name' | 'acronym' | 'aliases' | 'countryCode'>): EntityDraft {
  return compact({ type: EntityType.AGENCY, name: a.name, acronym: a.acronym, aliases: [...a.aliases], countryCode: a.countryCode });
}

export function personDraft(p: Pick<PersonRecord, 'name' | 'aliases' | 'countryCode' | 'roles'>): EntityDraft {
  return compact({
    type: EntityType.PERSON,
    name: p.name,
    aliases: [...p.aliases],
    countryCode: p.countryCode,
    roles: p.roles.map((r) => compact({ ...r })),
  });
}

export function organizationDraft(o: Pick<OrganizationRecord, 'name' | 'acronym' | 'aliases' | 'ties'>): EntityDraft {
  return compact({ type: EntityType.ORGANIZATION, name: o.name, acronym: o.acronym, aliases: [...o.aliases], ties: o.ties.map((t) => ({ ...t })) });
}

export function groupDraft(name: string, size: number | undefined, countryCode: string | undefined): EntityDraft {
  return compact({ type: EntityType.GROUP, name, size, countryCode });
}
