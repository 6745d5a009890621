import { Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { TopicRepository } from './topic.repository';
import { Topic } from './topic.type';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: 'All topics, most used first' })
  topics(@Ctx() ctx: Context) {
    return new TopicRepository(ctx.executor).all();
  }
}
