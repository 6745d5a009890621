import { Conditions, readPage } from '../../db/conditions';
import { Executor } from '../../db/executor';
import { foldKey } from '../shared/ids';
import { CLAIM, CLAIM_ORDER, COUNTRY_TIES, PUBLISHED_BY, TOPIC_OF_STORY } from '../shared/projections';
import { Page } from '../shared/connection';
import { ClaimFilter } from './claim.filter';
import { Claim } from './claim.type';

/** The claim filter as Cypher conditions on `s` (story) and `c` (claim). */
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

export class ClaimRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: ClaimFilter | undefined, offset: number, first: number): Promise<Page<Claim>> {
    const where = claimConditions(filter);
    return readPage<Claim>(this.executor, `MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim) {{where}} WITH s, c ORDER BY ${CLAIM_ORDER}`, 'c', CLAIM, where, offset, first);
  }

}
