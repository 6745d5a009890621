import { Executor } from '../../db/executor';
import { listLoader, oneLoader } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { CLAIM, ENTITY, SOURCE, STORY, TOPIC } from '../shared/projections';
import { Source } from '../source/source.type';
import { Topic } from '../topic/topic.type';
import { Story } from './story.type';

export function storyLoaders(executor: Executor) {
  return {
    storyById: oneLoader<Story>(executor, `UNWIND $keys AS key MATCH (s:Story {id: key}) RETURN key, ${STORY('s')} AS value`),
    topicsOfStory: listLoader<Topic>(
      executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:TAGGED]->(t:Topic) WITH key, t ORDER BY t.name RETURN key, ${TOPIC('t')} AS value`,
    ),
    claimsOfStory: listLoader<Claim>(
      executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:HAS_CLAIM]->(c:Claim) WITH key, c ORDER BY c.position, c.id RETURN key, ${CLAIM('c')} AS value`,
    ),
    sourcesOfStory: listLoader<Source>(
      executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:BASED_ON]->(src:Source) WITH key, src ORDER BY src.title RETURN key, ${SOURCE('src')} AS value`,
    ),
    mentionsOfStory: listLoader<EntityRecord>(
      executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:MENTIONS]->(e:Entity) WITH key, e ORDER BY e.type, e.name RETURN key, ${ENTITY('e')} AS value`,
    ),
  };
}
