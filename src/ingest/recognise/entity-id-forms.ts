/**
 * Each id a spelling can be written under, mapped to the one entry that owns it, from pairs of
 * (spelling's id, owner's id). A spelling two entries share maps to neither, so no two entities are
 * ever merged.
 */
export function uniqueFormIds(pairs: Iterable<readonly [formId: string, ownerId: string]>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const [formId, ownerId] of pairs) owners.set(formId, (owners.get(formId) ?? new Set()).add(ownerId));
  return new Map([...owners].flatMap(([formId, ids]) => (ids.size === 1 ? [[formId, [...ids][0]] as [string, string]] : [])));
}
