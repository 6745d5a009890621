import { Executor } from '../../db/executor';
import { unfilteredTotal, visible } from '../shared/visibility';
import { CursorKey, OrderChoice, listOrder, SortKey } from '../../db/keyset';
import { PagedRead, readKeysetPage } from '../../db/paged-read';
import { Page } from '../shared/connection';
import { foldKey } from '../shared/ids';
import { projection } from '../shared/prefetch';
import { Selection } from '../shared/selection';
import { readByKeys, readOneByKey } from '../../db/batch';
import { CLAIM, ENTITY, SOURCE } from '../shared/projections';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { SourceFilter, SourceOrder, SourceOrderField } from './source.filter';
import { Source } from './source.type';

const SOURCE_KEYS: SortKey[] = [
  { expr: 'src.title', dir: 'ASC', kind: 'string' },
  { expr: 'src.id', dir: 'ASC', kind: 'string' },
];

/** Anchored at the story or the publisher when named; otherwise the title index gives the order. */
function sourceScope(filter: SourceFilter = {}): { cypher: string; params: Record<string, unknown>; unfiltered: boolean } {
  const params: Record<string, unknown> = {};
  const checks: string[] = [];
  let match = 'MATCH (src:Source) WHERE src.title IS NOT NULL';
  if (filter.storyId) {
    params.storyId = filter.storyId;
    match = `MATCH (st:Story {id: $storyId}) WHERE ${visible('Story', 'st')}
      CALL (st) { MATCH (st)-[:BASED_ON]->(src:Source) RETURN src UNION MATCH (st)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(src:Source) WHERE ${visible('Claim', 'c')} RETURN src }`;
  }
  if (filter.publisher) {
    Object.assign(params, { publisher: filter.publisher, publisherKey: foldKey(filter.publisher) });
    const byPublisher =
      'CALL () { MATCH (o:Entity {id: $publisher}) WHERE o:Organization RETURN o UNION MATCH (o:Organization {nameKey: $publisherKey}) RETURN o }';
    if (filter.storyId) checks.push('EXISTS { MATCH (src)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id = $publisher OR o.nameKey = $publisherKey }');
    else match = `${byPublisher} MATCH (o)<-[:PUBLISHED_BY]-(src:Source)`;
  }
  if (filter.kinds?.length) {
    params.kinds = filter.kinds;
    checks.push('src.kind IN $kinds');
  }
  if (filter.titleContains) {
    params.titleContains = filter.titleContains;
    checks.push('toLower(src.title) CONTAINS toLower($titleContains)');
  }
  const unfiltered = !filter.storyId && !filter.publisher && checks.length === 0;
  checks.unshift(visible('Source', 'src'));
  const cypher = `${match}\nWITH DISTINCT src\nWHERE ${checks.join('\n  AND ')}`;
  return { cypher, params, unfiltered };
}

interface ListSelection {
  selection?: Selection;
  withTotal?: boolean;
  orderBy?: SourceOrder | null;
  /** The caller's clearance rank: the count-store total of every source is only right for one who sees them all. */
  clearance: number;
}

/** The orders `sources` allows; the title index serves both directions when unfiltered. */
const SOURCE_ORDERS: Record<SourceOrderField, OrderChoice> = {
  TITLE: { natural: 'ASC', keys: (dir) => (dir === 'ASC' ? SOURCE_KEYS : [{ ...SOURCE_KEYS[0], dir }, SOURCE_KEYS[1]]) },
};

/** The read behind `sources`, by title. */
export function sourceListRead(filter: SourceFilter | undefined, after: CursorKey | null, first: number, options: ListSelection): PagedRead {
  const scope = sourceScope(filter);
  return {
    scope: scope.cypher,
    params: scope.params,
    vars: 'src',
    ...listOrder(SOURCE_ORDERS, SourceOrderField.TITLE, options.orderBy, after),
    project: projection('Source', 'src', options.selection),
    first,
    total: scope.unfiltered ? unfilteredTotal('Source', options.clearance) : undefined,
    withTotal: options.withTotal ?? false,
  };
}

export class SourceRepository {
  constructor(private readonly executor: Executor) {}

  page(filter: SourceFilter | undefined, after: CursorKey | null, first: number, options: Omit<ListSelection, 'clearance'> = {}): Promise<Page<Source>> {
    return readKeysetPage<Source>(this.executor, sourceListRead(filter, after, first, { ...options, clearance: this.executor.clearance }));
  }

  byIds = (ids: readonly string[]) =>
    readOneByKey<Source>(
      this.executor,
      `UNWIND $keys AS key MATCH (src:Source {id: key}) WHERE ${visible('Source', 'src')} RETURN key, ${SOURCE('src')} AS value`,
      ids,
    );

  publisherOf = (ids: readonly string[]) =>
    readOneByKey<EntityRecord>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Source {id: key})-[:PUBLISHED_BY]->(o:Organization) RETURN key, ${ENTITY('o')} AS value`,
      ids,
    );

  claimsCiting = (ids: readonly string[]) =>
    readByKeys<Claim>(
      this.executor,
      `UNWIND $keys AS key MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(:Source {id: key}) WHERE ${visible('Claim', 'c')}
       WITH key, s, c ORDER BY s.publishedAt DESC, c.position RETURN key, ${CLAIM('c')} AS value`,
      ids,
    );

  derivedFrom = (ids: readonly string[]) =>
    readByKeys<Source>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Source {id: key})-[:DERIVED_FROM]->(d:Source) WHERE ${visible('Source', 'd')} WITH key, d ORDER BY d.title RETURN key, ${SOURCE('d')} AS value`,
      ids,
    );
}
