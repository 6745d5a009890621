import { HEAD_SYNONYMS, IndexedRole, isHeadRole, keywordVariants } from './role-index';

/**
 * The role index arranged for the questions role phrases ask at every country and agency mention and every token: the
 * roles of one target, a role's spellings, the standalone titles a word can open. Built once per index (a Reference's
 * roles), so a phrase looks up a few roles instead of filtering every role of every reference person each time.
 */
export interface RoleLookup {
  /** The roles of a target, in index order. */
  rolesOf(target: { country?: string; entityId?: string }): readonly IndexedRole[];
  /** Spellings of a role's title in text: its keyword, "X minister" for "minister of X", and for heads of agencies "chief", "director"… */
  spellings(role: IndexedRole): readonly (readonly string[])[];
  /** Whether some role's spelling could start with this word, or end with it: most words next to a country or agency open and close none. */
  titleMayStartWith(word: string | undefined): boolean;
  titleMayEndWith(word: string | undefined): boolean;
  /** Titles that stand alone and name a country's office ("Director of National Intelligence"), by their first word, in index order. */
  standaloneOpenedBy(word: string): readonly IndexedRole[];
}

const built = new WeakMap<readonly IndexedRole[], RoleLookup>();

export function roleLookup(index: readonly IndexedRole[]): RoleLookup {
  let lookup = built.get(index);
  if (!lookup) built.set(index, (lookup = buildRoleLookup(index)));
  return lookup;
}

const NONE: readonly IndexedRole[] = [];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildRoleLookup(index: readonly IndexedRole[]): RoleLookup {
  const byCountry = new Map<string, IndexedRole[]>();
  const byEntity = new Map<string, IndexedRole[]>();
  const standalone = new Map<string, IndexedRole[]>();
  const spellings = new Map<IndexedRole, string[][]>();
  const firstWords = new Set<string>();
  const lastWords = new Set<string>();
  // An empty spelling fits anywhere: were there one, every word could start or end a title.
  let anyEmpty = false;
  for (const role of index) {
    const t = role.target;
    if ('country' in t) push(byCountry, t.country, role);
    if ('entityId' in t) push(byEntity, t.entityId, role);
    if ('none' in t && role.keyword.length >= 3 && role.role.countryCode) push(standalone, role.keyword[0], role);
    const own = keywordVariants(role.keyword);
    const all = isHeadRole(role) && 'entityId' in t ? [...own, ...HEAD_SYNONYMS] : own;
    spellings.set(role, all);
    for (const words of all) {
      if (words.length === 0) anyEmpty = true;
      else {
        firstWords.add(words[0]);
        lastWords.add(words[words.length - 1]);
      }
    }
  }
  return {
    rolesOf: (target) => {
      // A target is a country or an entity; one that were both keeps the index's order of either kind.
      if (target.country !== undefined && target.entityId !== undefined)
        return index.filter((r) => byCountry.get(target.country!)?.includes(r) || byEntity.get(target.entityId!)?.includes(r));
      if (target.country !== undefined) return byCountry.get(target.country) ?? NONE;
      return target.entityId !== undefined ? (byEntity.get(target.entityId) ?? NONE) : NONE;
    },
    spellings: (role) => spellings.get(role) ?? keywordVariants(role.keyword),
    titleMayStartWith: (word) => anyEmpty || (word !== undefined && firstWords.has(word)),
    titleMayEndWith: (word) => anyEmpty || (word !== undefined && lastWords.has(word)),
    standaloneOpenedBy: (word) => standalone.get(word) ?? NONE,
  };
}
