import { CursorKey, OrderChoice, listOrder } from '../../db/keyset';
import { PagedRead, readKeysetPage } from '../../db/paged-read';
import { Page } from '../shared/connection';
import { projection } from '../shared/prefetch';
import { CLAIM, CLAIM_KEYS, ENTITY, SOURCE, STORIES_WALKABLE, STORY } from '../shared/projections';
import { readByKeys, readOneByKey } from '../../db/batch';
import { EntityRecord } from '../entity/entity.type';
import { Citation, Source } from '../source/source.type';
import { Story } from '../story/story.type';
import { Selection } from '../shared/selection';
import { asOfParams } from '../shared/as-of';
import { ClaimFilter, ClaimOrder, ClaimOrderField } from './claim.filter';
import { CLAIM_KNOWN, claimScope, givenCriteria } from './claim.scope';
import { Claim } from './claim.type';
import { seesEverything, unfilteredTotal, visible, visibleClause, where } from '../shared/visibility';
import { Executor } from '../../db/executor';

export interface ListOptions {
  after: CursorKey | null;
  first: number;
  /** What the client selected on each node: relationship fields in it are read in the same statement. */
  selection?: Selection;
  withTotal: boolean;
  orderBy?: ClaimOrder | null;
  /** ISO instant: only claims ingested by then. */
  asOf?: string;
  /** The caller's clearance rank: the count-store total of every claim is only right for one who sees them all. */
  clearance: number;
}

/** The orders `claims` allows: by story date either way (the publishedAt index serves both when unfiltered). */
const CLAIM_ORDERS: Record<ClaimOrderField, OrderChoice> = {
  PUBLISHED_AT: { natural: 'DESC', keys: (dir) => (dir === 'DESC' ? CLAIM_KEYS : [{ ...CLAIM_KEYS[0], dir }, ...CLAIM_KEYS.slice(1)]) },
};

const hasCriteria = (filter: ClaimFilter) => givenCriteria(filter).length > 0;

/** The read behind `claims`: anchored at the filter's most selective criterion, newest stories first. */
export function claimListRead(filter: ClaimFilter = {}, options: ListOptions): PagedRead {
  const scope = claimScope(filter, options.asOf, seesEverything(options.clearance));
  return {
    scope: scope.cypher,
    params: scope.params,
    vars: 's, c',
    ...listOrder(CLAIM_ORDERS, ClaimOrderField.PUBLISHED_AT, options.orderBy, options.after),
    project: projection('Claim', 'c', options.selection, seesEverything(options.clearance)),
    first: options.first,
    // Without any criterion the total is the number of HAS_CLAIM relationships: a count-store lookup.
    total: scope.dense?.total ?? (hasCriteria(filter) || options.asOf ? undefined : unfilteredTotal('Claim', options.clearance)),
    withTotal: options.withTotal,
    ...(scope.dense ? { dense: { scope: scope.dense.walk, walkable: STORIES_WALKABLE } } : {}),
  };
}

export class ClaimRepository {
  constructor(
    private readonly executor: Executor,
    /** ISO instant: reads answer as of then (README "As-of queries"). */
    private readonly asOf?: string,
  ) {}

  /** The caller sees every marking: statements without the marking checks. */
  private get fullClearance(): boolean {
    return seesEverything(this.executor.clearance);
  }

  page(filter: ClaimFilter | undefined, options: Omit<ListOptions, 'clearance'>): Promise<Page<Claim>> {
    return readKeysetPage<Claim>(this.executor, claimListRead(filter, { ...options, asOf: this.asOf, clearance: this.executor.clearance }));
  }

  byIds = (ids: readonly string[]) =>
    readOneByKey<Claim>(
      this.executor,
      this.asOf
        ? `UNWIND $keys AS key MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim {id: key})${where(CLAIM_KNOWN, !this.fullClearance && visible('Claim', 'c'))} RETURN key, ${CLAIM('c')} AS value`
        : `UNWIND $keys AS key MATCH (c:Claim {id: key})${visibleClause('Claim', 'c', this.fullClearance)} RETURN key, ${CLAIM('c')} AS value`,
      ids,
      asOfParams(this.asOf),
    );

  storyOf = (ids: readonly string[]) =>
    readOneByKey<Story>(
      this.executor,
      `UNWIND $keys AS key MATCH (s:Story)-[:HAS_CLAIM]->(:Claim {id: key})${visibleClause('Story', 's', this.fullClearance)} RETURN key, ${STORY('s')} AS value`,
      ids,
    );

  sourcesOf = (ids: readonly string[]) =>
    readByKeys<Source>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[:CITES]->(src:Source)${visibleClause('Source', 'src', this.fullClearance)}
       WITH key, src ORDER BY src.title RETURN key, ${SOURCE('src')} AS value`,
      ids,
    );

  citationsOf = (ids: readonly string[]) =>
    readByKeys<Citation>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[r:CITES]->(src:Source)${visibleClause('Source', 'src', this.fullClearance)}
       WITH key, r, src ORDER BY src.title RETURN key, {claimId: key, sourceId: src.id, quote: r.quote} AS value`,
      ids,
    );

  aboutOf = (ids: readonly string[]) =>
    readByKeys<EntityRecord>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[:ABOUT]->(e:Entity)
       WITH key, e ORDER BY e.type, e.name RETURN key, ${ENTITY('e')} AS value`,
      ids,
    );

  attributedToOf = (ids: readonly string[]) =>
    readByKeys<EntityRecord>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[:ATTRIBUTED_TO]->(e:Entity)
       WITH key, e ORDER BY e.name RETURN key, ${ENTITY('e')} AS value`,
      ids,
    );
}
