import { Executor } from '../../db/executor';
import { tallyTotal } from '../marking/marking.tally';
import { seesEverything, visibleClause } from '../shared/visibility';
import { CursorKey, OrderChoice, listOrder, SortKey } from '../../db/keyset';
import { PagedRead, readKeyedPages, readKeysetPage, readNodeWithPages } from '../../db/paged-read';
import { Claim } from '../claim/claim.type';
import { Page } from '../shared/connection';
import { foldKey, viewIds } from '../shared/ids';
import { NODE_KINDS } from '../shared/kinds';
import { projection } from '../shared/prefetch';
import { CLAIM_KEYS, COUNTRY_TIES, ENTITY, ORGANIZATION_AND_MEMBER_TIES, STORY_KEYS } from '../shared/projections';
import { readByKeys, readOneByKey } from '../../db/batch';
import { Selection } from '../shared/selection';
import { Story } from '../story/story.type';
import { EntityFilter, EntityOrder, EntityOrderField } from './entity.filter';
import { walkedClaimsPage } from './entity.claims-walk';
import { CountryTieKind, EntityRecord } from './entity.type';

const ENTITY_KEYS: SortKey[] = [
  { expr: 'e.type', dir: 'ASC', kind: 'string' },
  { expr: 'e.name', dir: 'ASC', kind: 'string' },
  { expr: 'e.id', dir: 'ASC', kind: 'string' },
];

/** Anchored at the country or the types when named; a name match alone walks the (type, name) index. */
function entityScope(filter: EntityFilter = {}): { cypher: string; params: Record<string, unknown>; unfiltered: boolean } {
  const params: Record<string, unknown> = {};
  const checks: string[] = [];
  let match = 'MATCH (e:Entity) WHERE e.type IS NOT NULL AND e.name IS NOT NULL';
  if (filter.countryCode) {
    params.countryCode = filter.countryCode.toUpperCase();
    match = `MATCH (:Country {code: $countryCode})<-[:${COUNTRY_TIES}]-(e:Entity)`;
  } else if (filter.types?.length) {
    match = 'MATCH (e:Entity) WHERE e.type IN $types AND e.name IS NOT NULL';
  }
  if (filter.types?.length) {
    params.types = filter.types;
    checks.push('e.type IN $types');
  }
  if (filter.nameContains) {
    params.nameKey = foldKey(filter.nameContains);
    checks.push('(e.nameKey CONTAINS $nameKey OR any(k IN coalesce(e.aliasKeys, []) WHERE k CONTAINS $nameKey))');
  }
  const cypher = `${match}\nWITH DISTINCT e${checks.length ? `\nWHERE ${checks.join('\n  AND ')}` : ''}`;
  return { cypher, params, unfiltered: !filter.countryCode && checks.length === 0 };
}

/**
 * Claims about `e`; a country also collects claims about what is tied to it (its embassy, agencies, office
 * holders). Without the marking check for a caller who sees everything: a property read per claim in scope.
 */
const claimsAboutScope = (fullClearance: boolean) => `CALL (e) { RETURN e AS x UNION MATCH (x:Entity)-[:${COUNTRY_TIES}]->(e) WHERE e:Country RETURN x }
  MATCH (x)<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)${visibleClause('Claim', 'c', fullClearance)}
  WITH DISTINCT s, c`;
const CLAIMS_ABOUT_SCOPE = { full: claimsAboutScope(true), checked: claimsAboutScope(false) };
const storiesMentioningScope = (fullClearance: boolean) => `MATCH (e)<-[:MENTIONS]-(s:Story)${visibleClause('Story', 's', fullClearance)}\n  WITH s`;
const STORIES_MENTIONING_SCOPE = { full: storiesMentioningScope(true), checked: storiesMentioningScope(false) };

/**
 * Totals never count rows, so a page can stop after its first rows. Claims, for every caller: the
 * entity's tally summed up to their clearance (kept by every write: src/modules/marking/marking.tally.ts),
 * which also merges a country's tied entities. Stories: for a caller who sees everything the node's
 * MENTIONS degree (only stories have such edges), for anyone else the tally.
 */
const STORIES_MENTIONING_TOTAL = 'RETURN COUNT { (e)<-[:MENTIONS]-() } AS total';

/** Paged relationship fields of entities are read for a batch of entity ids at once. */
export const ENTITY_BY_KEY = { match: 'MATCH (e:Entity {id: key})', v: 'e' };

export interface RoleRecord {
  id: string;
  title: string;
  from: string | null;
  to: string | null;
  country: EntityRecord | null;
}

export interface TieRecord {
  id: string;
  relation: CountryTieKind;
  country: EntityRecord;
}

export interface RelatedPageOptions {
  /** The caller's clearance rank (degree totals only at full clearance). */
  clearance: number;
  after: CursorKey | null;
  first: number;
  selection?: Selection;
  withTotal: boolean;
  /** Whether the client reads cursors (absent: yes); a walked page leaves the rows' keys out otherwise. */
  cursors?: boolean;
  /** The field's arguments as the client gave them, when the page is read ahead of its field. */
  args?: { first: number; after: string | null };
}

/** The orders `entities` allows; TYPE runs on the (type, name) index when unfiltered. */
const ENTITY_ORDERS: Record<EntityOrderField, OrderChoice> = {
  TYPE: { natural: 'ASC', keys: (dir) => (dir === 'ASC' ? ENTITY_KEYS : [{ ...ENTITY_KEYS[0], dir }, ENTITY_KEYS[1], ENTITY_KEYS[2]]) },
  NAME: { natural: 'ASC', keys: (dir) => [{ ...ENTITY_KEYS[1], dir }, ENTITY_KEYS[2]] },
};

/** The read behind `entities`, by type then name unless ordered otherwise. */
export function entityListRead(
  filter: EntityFilter | undefined,
  after: CursorKey | null,
  first: number,
  options: { selection?: Selection; withTotal?: boolean; orderBy?: EntityOrder | null } = {},
): PagedRead {
  const scope = entityScope(filter);
  return {
    scope: scope.cypher,
    params: scope.params,
    vars: 'e',
    ...listOrder(ENTITY_ORDERS, EntityOrderField.TYPE, options.orderBy, after),
    project: projection('Entity', 'e', options.selection),
    first,
    total: scope.unfiltered ? 'MATCH (e:Entity) RETURN count(e) AS total' : undefined,
    withTotal: options.withTotal ?? false,
  };
}

/**
 * A page of a non-country entity's claims, asked alone (Q3's shape), can be walked (entity.claims-walk.ts),
 * the first or one after a cursor; a country's page also counts its tied entities.
 */
const walksClaims = (id: string, pages: { claims?: PageRequest; stories?: PageRequest }) =>
  !!pages.claims && !pages.stories && pages.claims.first > 0 && !id.startsWith(NODE_KINDS.country.idPrefix);

/** A page as services ask for it; the repository adds the caller's clearance from its executor. */
export type PageRequest = Omit<RelatedPageOptions, 'clearance'>;

/** Entity.claims, for the entity `e` of ENTITY_BY_KEY. */
export const claimsAboutRead = ({ clearance, ...options }: RelatedPageOptions): PagedRead => ({
  scope: seesEverything(clearance) ? CLAIMS_ABOUT_SCOPE.full : CLAIMS_ABOUT_SCOPE.checked,
  total: tallyTotal('claims'),
  params: {},
  vars: 's, c',
  order: CLAIM_KEYS,
  project: projection('Claim', 'c', options.selection, seesEverything(clearance)),
  ...options,
});

/** Entity.stories, for the entity `e` of ENTITY_BY_KEY. */
export const storiesMentioningRead = ({ clearance, ...options }: RelatedPageOptions): PagedRead => ({
  scope: seesEverything(clearance) ? STORIES_MENTIONING_SCOPE.full : STORIES_MENTIONING_SCOPE.checked,
  total: seesEverything(clearance) ? STORIES_MENTIONING_TOTAL : tallyTotal('stories'),
  params: {},
  vars: 's',
  order: STORY_KEYS,
  project: projection('Story', 's', options.selection, seesEverything(clearance)),
  ...options,
});

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  page(
    filter: EntityFilter | undefined,
    after: CursorKey | null,
    first: number,
    options: { selection?: Selection; withTotal?: boolean; orderBy?: EntityOrder | null } = {},
  ): Promise<Page<EntityRecord>> {
    return readKeysetPage<EntityRecord>(this.executor, entityListRead(filter, after, first, options));
  }

  async countryByCode(code: string): Promise<EntityRecord | null> {
    const [row] = await this.executor.read<{ e: EntityRecord }>(`MATCH (e:Country {code: $code}) RETURN ${ENTITY('e')} AS e`, { code });
    return row?.e ?? null;
  }

  byIds = (ids: readonly string[]) =>
    readOneByKey<EntityRecord>(this.executor, `UNWIND $keys AS key MATCH (e:Entity {id: key}) RETURN key, ${ENTITY('e')} AS value`, ids);

  /** Roles and ties get their ids here, from the ends of the relationship they are (see VIEW_KINDS). */
  rolesOf = async (personIds: readonly string[]): Promise<RoleRecord[][]> =>
    (
      await readByKeys<Omit<RoleRecord, 'id'>>(
        this.executor,
        `UNWIND $keys AS key MATCH (:Person {id: key})-[r:HELD_ROLE]->(c:Country)
       WITH key, r, c ORDER BY r.from
       RETURN key, {title: r.title, from: r.from, to: r.to, country: ${ENTITY('c')}} AS value`,
        personIds,
      )
    ).map((roles, i) => roles.map((role) => ({ ...role, id: viewIds.role(personIds[i], role.title, role.country?.id, role.from) })));

  countryTiesOf = async (entityIds: readonly string[]): Promise<TieRecord[][]> =>
    (
      await readByKeys<Omit<TieRecord, 'id'>>(
        this.executor,
        `UNWIND $keys AS key MATCH (:Entity {id: key})-[r:${ORGANIZATION_AND_MEMBER_TIES}]->(c:Country)
       WITH key, r, c ORDER BY type(r), c.name
       RETURN key, {relation: type(r), country: ${ENTITY('c')}} AS value`,
        entityIds,
      )
    ).map((ties, i) => ties.map((tie) => ({ ...tie, id: viewIds.countryTie(entityIds[i], tie.relation, tie.country.id) })));

  /**
   * One entity (by id, or a country by code) with pages of its claims and stories in the same
   * statement: an entity page costs one round trip.
   */
  async withPages(
    by: { id: string } | { code: string },
    pages: { claims?: PageRequest; stories?: PageRequest },
  ): Promise<{ entity: EntityRecord; claims?: Page<Claim>; stories?: Page<Story> } | null> {
    const clearance = this.executor.clearance;
    if ('id' in by && walksClaims(by.id, pages)) return this.withWalkedClaims(by.id, pages.claims!, clearance);
    const reads: Record<string, PagedRead> = {};
    if (pages.claims) reads.claims = claimsAboutRead({ ...pages.claims, clearance });
    if (pages.stories) reads.stories = storiesMentioningRead({ ...pages.stories, clearance });
    const result = await readNodeWithPages<EntityRecord, Record<string, PagedRead>>(
      this.executor,
      {
        match: 'id' in by ? 'MATCH (e:Entity {id: $entityId})' : 'MATCH (e:Country {code: $countryCode})',
        v: 'e',
        project: ENTITY('e'),
        params: 'id' in by ? { entityId: by.id } : { countryCode: by.code },
      },
      reads,
    );
    if (!result) return null;
    return { entity: result.node, claims: result.pages.claims as Page<Claim> | undefined, stories: result.pages.stories as Page<Story> | undefined };
  }

  /** An entity page asking only for claims: the walk or the sort, whichever its tally says is cheaper (entity.claims-walk.ts). */
  private async withWalkedClaims(id: string, claims: PageRequest, clearance: number): Promise<{ entity: EntityRecord; claims: Page<Claim> } | null> {
    const { cypher, params } = walkedClaimsPage(id, claims.first, clearance, claims.selection, claims.cursors ?? true, claims.after);
    const [row] = await this.executor.read<{ node: EntityRecord; total: number; rows: { node: Claim; key?: CursorKey }[] }>(cypher, params);
    if (!row) return null;
    const rows = row.rows.slice(0, claims.first);
    return {
      entity: row.node,
      claims: {
        nodes: rows.map((r) => r.node),
        keys: rows.map((r) => r.key ?? []),
        hasNextPage: row.rows.length > claims.first,
        hasPreviousPage: claims.after !== null,
        totalCount: row.total,
      },
    };
  }

  /** The same page of claims about each entity, newest stories first. */
  claimsAbout(entityIds: readonly string[], options: PageRequest): Promise<Page<Claim>[]> {
    return readKeyedPages<Claim>(this.executor, claimsAboutRead({ ...options, clearance: this.executor.clearance }), ENTITY_BY_KEY, entityIds);
  }

  /** The same page of stories mentioning each entity, newest first. */
  storiesMentioning(entityIds: readonly string[], options: PageRequest): Promise<Page<Story>[]> {
    return readKeyedPages<Story>(this.executor, storiesMentioningRead({ ...options, clearance: this.executor.clearance }), ENTITY_BY_KEY, entityIds);
  }
}
