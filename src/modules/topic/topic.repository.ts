import { Executor } from '../../db/executor';
import { TOPIC } from '../shared/projections';
import { Topic } from './topic.type';

export class TopicRepository {
  constructor(private readonly executor: Executor) {}

  async all(): Promise<Topic[]> {
    const rows = await this.executor.read<{ topic: Topic }>(`MATCH (t:Topic) RETURN ${TOPIC('t')} AS topic ORDER BY topic.storyCount DESC, topic.name`);
    return rows.map((r) => r.topic);
  }
}
