import { SortKey } from '../../db/keyset';
import { TLP_LEVELS } from './tlp';
import { visible } from './visibility';

/** The effective marking by name, from the stored rank (absent: CLEAR). */
const EFFECTIVE_MARKING = (v: string) => `marking: [${TLP_LEVELS.map((l) => `'${l}'`).join(', ')}][coalesce(${v}.markingRank, 0)]`;

/**
 * The properties each type reads from its node, by GraphQL field name: `.x` or `x: <expression of v>`.
 * Dates are sent as ISO text: decoding the driver's Date objects is a large share of a list's CPU.
 */
export const NODE_FIELDS = {
  Story: {
    id: '.id',
    title: '.title',
    summary: '.summary',
    url: '.url',
    publishedAt: (v: string) => `publishedAt: toString(${v}.publishedAt)`,
    marking: EFFECTIVE_MARKING,
  },
  Claim: {
    id: '.id',
    text: '.text',
    kind: '.kind',
    asOf: '.asOf',
    position: (v: string) => `position: coalesce(${v}.position, 0)`,
    marking: EFFECTIVE_MARKING,
  },
  Source: { id: '.id', title: '.title', url: '.url', kind: '.kind', marking: EFFECTIVE_MARKING },
  Entity: {
    id: '.id',
    type: '.type',
    name: '.name',
    aliases: (v: string) => `aliases: coalesce(${v}.aliases, [])`,
    code: '.code',
    acronym: '.acronym',
    size: '.size',
  },
  Topic: { id: '.id', name: '.name', storyCount: (v: string) => `storyCount: COUNT { (${v})<-[:TAGGED]-(s) WHERE ${visible('Story', 's')} }` },
} as const satisfies Record<string, Record<string, string | ((v: string) => string)>>;

export type ProjectedType = keyof typeof NODE_FIELDS;

/** The map projection of `v` with the given fields of its type (all of them by default). */
export function nodeProjection(type: ProjectedType, v: string, only?: (field: string) => boolean): string {
  const entries = Object.entries(NODE_FIELDS[type] as Record<string, string | ((v: string) => string)>)
    .filter(([name]) => !only || only(name))
    .map(([, entry]) => (typeof entry === 'string' ? entry : entry(v)));
  return `${v} {${entries.join(', ')}}`;
}

/** Cypher map projections shared by every repository, so each type has one shape. */
export const STORY = (v: string) => nodeProjection('Story', v);
export const CLAIM = (v: string) => nodeProjection('Claim', v);
export const SOURCE = (v: string) => nodeProjection('Source', v);
export const ENTITY = (v: string) => nodeProjection('Entity', v);
export const TOPIC = (v: string) => nodeProjection('Topic', v);

/** Membership and organisation ties to a country (what `Entity.countries` lists). */
export const ORGANIZATION_AND_MEMBER_TIES = 'OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH';

/** Relationship types that tie an entity to a country: "about Mexico" includes the Russian Embassy in Mexico. */
export const COUNTRY_TIES = `${ORGANIZATION_AND_MEMBER_TIES}|HELD_ROLE`;

/** Every claim, stories newest first through the publishedAt index: what a list without an anchor walks (PagedRead.dense). */
export const CLAIM_WALK = 'MATCH (s:Story) WHERE s.publishedAt IS NOT NULL MATCH (s)-[:HAS_CLAIM]->(c:Claim)';
/** How many stories that walk may pass: the count store. */
export const STORIES_WALKABLE = 'MATCH (s:Story) RETURN count(s) AS walkable';

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
