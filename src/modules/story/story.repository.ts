import { Conditions, readPage } from '../../db/conditions';
import { Executor } from '../../db/executor';
import { Page } from '../shared/connection';
import { foldKey } from '../shared/ids';
import { STORY, TOPIC_OF_STORY } from '../shared/projections';
import { StoryFilter } from './story.filter';
import { Story } from './story.type';

function storyConditions(filter: StoryFilter = {}): Conditions {
  const where = new Conditions();
  if (filter.topic) {
    where.add(TOPIC_OF_STORY, { topic: filter.topic, topicKey: foldKey(filter.topic) });
  }
  if (filter.mentionsCountries?.length) {
    where.add('all(code IN $mentionsCountries WHERE EXISTS { MATCH (s)-[:MENTIONS]->(k:Country) WHERE k.code = code })', { mentionsCountries: filter.mentionsCountries });
  }
  if (filter.mentionsEntities?.length) {
    where.add('all(id IN $mentionsEntities WHERE EXISTS { MATCH (s)-[:MENTIONS]->(e:Entity) WHERE e.id = id })', { mentionsEntities: filter.mentionsEntities });
  }
  if (filter.publishedFrom) where.add('s.publishedAt >= date($publishedFrom)', { publishedFrom: filter.publishedFrom });
  if (filter.publishedTo) where.add('s.publishedAt <= date($publishedTo)', { publishedTo: filter.publishedTo });
  if (filter.textContains) {
    where.add('toLower(s.title) CONTAINS toLower($textContains) OR toLower(s.summary) CONTAINS toLower($textContains)', { textContains: filter.textContains });
  }
  return where;
}

export class StoryRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: StoryFilter | undefined, offset: number, first: number): Promise<Page<Story>> {
    const where = storyConditions(filter);
    return readPage<Story>(this.executor, `MATCH (s:Story) {{where}} WITH s ORDER BY s.publishedAt DESC, s.id`, 's', STORY, where, offset, first);
  }

  async count(): Promise<number> {
    const [row] = await this.executor.read<{ stories: number }>('MATCH (s:Story) RETURN count(s) AS stories');
    return row.stories;
  }
}
