import { registerEnumType } from 'type-graphql';

/**
 * Roles in rising order: each one may do everything the ones before it may.
 * reader: queries; analyst: also grades and links claims; editor: also ingests; admin: also keys and the audit log.
 */
export enum Role {
  reader = 'reader',
  analyst = 'analyst',
  editor = 'editor',
  admin = 'admin',
}

registerEnumType(Role, {
  name: 'AccessRole',
  description: 'reader < analyst (grades, links claims) < editor (ingests) < admin (keys, audit log)',
  valuesConfig: {
    reader: { description: 'Queries only' },
    analyst: { description: 'Also grades sources and citations and links claims' },
    editor: { description: 'Also ingests stories' },
    admin: { description: 'Also manages API keys and reads the audit log' },
  },
});

export const ROLES: readonly Role[] = [Role.reader, Role.analyst, Role.editor, Role.admin];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Whether `role` includes the rights of `needed`. */
export const hasRole = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** The highest of several roles, e.g. the values of a token's role claim; undefined when none is a role. */
export function highestRole(values: readonly unknown[]): Role | undefined {
  const roles = values.filter(isRole);
  return roles.length ? roles.reduce((a, b) => (hasRole(a, b) ? a : b)) : undefined;
}
