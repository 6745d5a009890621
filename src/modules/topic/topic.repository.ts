import { readOneByKey } from '../../db/batch';
import { Executor } from '../../db/executor';
import { TOPIC } from '../shared/projections';
import { Topic } from './topic.type';

export class TopicRepository {
  constructor(private readonly executor: Executor) {}

  async all(): Promise<Topic[]> {
    const rows = await this.executor.read<{ topic: Topic }>(`MATCH (t:Topic) RETURN ${TOPIC('t')} AS topic ORDER BY topic.storyCount DESC, topic.name`);
    return rows.map((r) => r.topic);
  }

  /** One topic (or null) per id, in the order asked. */
  byIds = (ids: readonly string[]) =>
    readOneByKey<Topic>(this.executor, `UNWIND $keys AS key MATCH (t:Topic {id: key}) RETURN key, ${TOPIC('t')} AS value`, ids);
}
