import { Conditions } from '../../db/conditions';
import { foldKey } from '../shared/ids';
import { Executor } from '../../db/executor';
import { CursorKey } from '../../db/keyset';
import { PagedRead, readKeysetPage } from '../../db/paged-read';
import { Page } from '../shared/connection';
import { projection } from '../shared/prefetch';
import { CLAIM_KEYS, COUNTRY_TIES, PUBLISHED_BY, TOPIC_OF_STORY } from '../shared/projections';
import { Selection } from '../shared/selection';
import { ClaimFilter } from './claim.filter';
import { claimScope } from './claim.scope';
import { Claim } from './claim.type';

/** The claim filter as WHERE conditions over every claim. Superseded by claimScope (anchored); kept until analytics moves over. */
export function claimConditions(filter: ClaimFilter = {}): Conditions {
  const where = new Conditions();
  if (filter.aboutCountries?.length) {
    where.add(
      `all(code IN $aboutCountries WHERE EXISTS { MATCH (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}*0..1]->(k:Country) WHERE k.code = code })`,
      { aboutCountries: filter.aboutCountries },
    );
  }
  if (filter.aboutEntities?.length) {
    where.add('all(id IN $aboutEntities WHERE EXISTS { MATCH (c)-[:ABOUT]->(e:Entity) WHERE e.id = id })', { aboutEntities: filter.aboutEntities });
  }
  if (filter.topic) {
    where.add(TOPIC_OF_STORY, { topic: filter.topic, topicKey: foldKey(filter.topic) });
  }
  if (filter.storyId) where.add('s.id = $storyId', { storyId: filter.storyId });
  if (filter.sourceId) where.add('EXISTS { MATCH (c)-[:CITES]->(src:Source) WHERE src.id = $sourceId }', { sourceId: filter.sourceId });
  if (filter.publisher) {
    where.add(`EXISTS { MATCH (c)-[:CITES]->(cited:Source) WHERE ${PUBLISHED_BY('cited')} }`, {
      publisher: filter.publisher,
      publisherKey: foldKey(filter.publisher),
    });
  }
  if (filter.kinds?.length) where.add('c.kind IN $kinds', { kinds: filter.kinds });
  if (filter.publishedFrom) where.add('s.publishedAt >= date($publishedFrom)', { publishedFrom: filter.publishedFrom });
  if (filter.publishedTo) where.add('s.publishedAt <= date($publishedTo)', { publishedTo: filter.publishedTo });
  if (filter.textContains) where.add('toLower(c.text) CONTAINS toLower($textContains)', { textContains: filter.textContains });
  return where;
}

export interface ListOptions {
  after: CursorKey | null;
  first: number;
  /** What the client selected on each node: relationship fields in it are read in the same statement. */
  selection?: Selection;
  withTotal: boolean;
}

const hasCriteria = (filter: ClaimFilter) => Object.values(filter).some((v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));

/** The read behind `claims`: anchored at the filter's most selective criterion, newest stories first. */
export function claimListRead(filter: ClaimFilter = {}, options: ListOptions): PagedRead {
  const scope = claimScope(filter);
  return {
    scope: scope.cypher,
    params: scope.params,
    vars: 's, c',
    order: CLAIM_KEYS,
    project: projection('Claim', 'c', options.selection),
    after: options.after,
    first: options.first,
    // Without any criterion the total is the number of HAS_CLAIM relationships: a count-store lookup.
    total: hasCriteria(filter) ? undefined : 'MATCH ()-[r:HAS_CLAIM]->() RETURN count(r) AS total',
    withTotal: options.withTotal,
  };
}

export class ClaimRepository {
  constructor(private readonly executor: Executor) {}

  page(filter: ClaimFilter | undefined, options: ListOptions): Promise<Page<Claim>> {
    return readKeysetPage<Claim>(this.executor, claimListRead(filter, options));
  }

  /** Claims by id, with the selected relationship fields. */
  async byIds(ids: string[], selection?: Selection): Promise<Claim[]> {
    const rows = await this.executor.read<{ claim: Claim }>(`UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN ${projection('Claim', 'c', selection)} AS claim`, { ids });
    return rows.map((r) => r.claim);
  }
}
