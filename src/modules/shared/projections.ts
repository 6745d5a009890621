/** Cypher map projections shared by every repository, so each type has one shape. */
export const STORY = (v: string) => `${v} {.id, .title, .summary, .url, publishedAt: ${v}.publishedAt}`;
export const CLAIM = (v: string) => `${v} {.id, .text, .kind, .asOf, position: coalesce(${v}.position, 0)}`;
export const SOURCE = (v: string) => `${v} {.id, .title, .url, .kind}`;
export const ENTITY = (v: string) => `${v} {.id, .type, .name, aliases: coalesce(${v}.aliases, []), .code, .acronym, .size}`;
export const TOPIC = (v: string) => `${v} {.id, .name, storyCount: COUNT { (:Story)-[:TAGGED]->(${v}) }}`;

/** Relationship types that tie an entity to a country: "about Mexico" includes the Russian Embassy in Mexico. */
export const COUNTRY_TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE';

/** Newest stories first, then the order claims have within their story. */
export const CLAIM_ORDER = 's.publishedAt DESC, s.id, c.position, c.id';
