import { SortKey } from '../../db/keyset';

/** Cypher map projections shared by every repository, so each type has one shape. */
export const STORY = (v: string) => `${v} {.id, .title, .summary, .url, publishedAt: ${v}.publishedAt}`;
export const CLAIM = (v: string) => `${v} {.id, .text, .kind, .asOf, position: coalesce(${v}.position, 0)}`;
export const SOURCE = (v: string) => `${v} {.id, .title, .url, .kind}`;
export const ENTITY = (v: string) => `${v} {.id, .type, .name, aliases: coalesce(${v}.aliases, []), .code, .acronym, .size}`;
export const TOPIC = (v: string) => `${v} {.id, .name, storyCount: COUNT { (${v})<-[:TAGGED]-() }}`;

/** Membership and organisation ties to a country (what `Entity.countries` lists). */
export const ORGANIZATION_AND_MEMBER_TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH';

/** Relationship types that tie an entity to a country: "about Mexico" includes the Russian Embassy in Mexico. */
export const COUNTRY_TIES = `${ORGANIZATION_AND_MEMBER_TIES}|HELD_ROLE`;

/** Newest stories first, then the order claims have within their story: sort keys for seek pagination (`s` story, `c` claim). */
export const CLAIM_KEYS: SortKey[] = [
  { expr: 's.publishedAt', dir: 'DESC', kind: 'date' },
  { expr: 's.id', dir: 'ASC', kind: 'string' },
  { expr: 'coalesce(c.position, 0)', dir: 'ASC', kind: 'int' },
  { expr: 'c.id', dir: 'ASC', kind: 'string' },
];

export const STORY_KEYS: SortKey[] = [
  { expr: 's.publishedAt', dir: 'DESC', kind: 'date' },
  { expr: 's.id', dir: 'ASC', kind: 'string' },
];
