import { Conditions, readPage } from '../../db/conditions';
import { Executor } from '../../db/executor';
import { Page } from '../shared/connection';
import { foldKey } from '../shared/ids';
import { PUBLISHED_BY, SOURCE } from '../shared/projections';
import { SourceFilter } from './source.filter';
import { Source } from './source.type';

function sourceConditions(filter: SourceFilter = {}): Conditions {
  const where = new Conditions();
  if (filter.publisher) {
    where.add(PUBLISHED_BY('src'), {
      publisher: filter.publisher,
      publisherKey: foldKey(filter.publisher),
    });
  }
  if (filter.kinds?.length) where.add('src.kind IN $kinds', { kinds: filter.kinds });
  if (filter.titleContains) where.add('toLower(src.title) CONTAINS toLower($titleContains)', { titleContains: filter.titleContains });
  if (filter.storyId) {
    where.add('EXISTS { MATCH (s:Story {id: $storyId}) WHERE (s)-[:BASED_ON]->(src) OR (s)-[:HAS_CLAIM]->(:Claim)-[:CITES]->(src) }', {
      storyId: filter.storyId,
    });
  }
  return where;
}

export class SourceRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: SourceFilter | undefined, offset: number, first: number): Promise<Page<Source>> {
    const where = sourceConditions(filter);
    return readPage<Source>(this.executor, `MATCH (src:Source) {{where}} WITH src ORDER BY src.title, src.id`, 'src', SOURCE, where, offset, first);
  }
}
