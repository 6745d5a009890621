import { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { Role } from '../../graphql/auth';
import { afterWrite, Context, loadersAt } from '../../graphql/context';
import { Audited } from '../audit/audit.middleware';
import { ImportStoryCardArgs, importStoryCard } from '../../ingest/load';
import { Claim } from '../claim/claim.type';
import { Entity } from '../entity/entity.type';
import { Source } from '../source/source.type';
import { Topic } from '../topic/topic.type';
import { AsOfArg, instantOf, isoOf, stamped } from '../shared/as-of';
import { prefetchedOr } from '../shared/prefetch';
import { selectionOf } from '../shared/selection';
import { storyReadService } from './story.read.service';
import { IngestResult, IngestStoriesEntry } from './ingest-result.type';
import { StoriesArgs } from './story.filter';
import { StoryInput } from './story.input';
import { storyService } from './story.service';
import { Story, StoryConnection } from './story.type';

@Resolver(() => Story)
export class StoryResolver {
  @Query(() => Story, { nullable: true, description: 'One story; null plus a NOT_FOUND error when the id is unknown' })
  story(
    @Arg('id', () => ID, { description: 'A story id, e.g. "story:2025-12-08-..."' }) id: string,
    @AsOfArg() asOf: Date | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return storyReadService.get(ctx, id, selectionOf(info), isoOf(asOf));
  }

  @Query(() => StoryConnection, { description: 'Stories, newest first' })
  stories(@Args() args: StoriesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return storyReadService.list(ctx, args, selectionOf(info));
  }

  @Authorized(Role.editor)
  @Audited()
  @Mutation(() => IngestResult, { description: 'Writes a whole story (claims, sources, entities) in one transaction; idempotent' })
  ingestStory(@Arg('input', () => StoryInput, { description: 'The whole story' }) input: StoryInput, @Ctx() ctx: Context) {
    return afterWrite(ctx, storyService.ingest(ctx.executor, input, { feed: ctx.feed }));
  }

  @Authorized(Role.editor)
  @Audited()
  @Mutation(() => [IngestStoriesEntry], {
    description:
      'Writes many stories (at most 200), many per transaction, each with the rules of ingestStory; a bad story gets its own error entry and the others land',
  })
  ingestStories(@Arg('inputs', () => [StoryInput], { validate: false, description: 'At most 200 stories' }) inputs: StoryInput[], @Ctx() ctx: Context) {
    return afterWrite(ctx, storyService.ingestBatch(ctx.executor, inputs, ctx.feed));
  }

  @Authorized(Role.editor)
  @Audited()
  @Mutation(() => IngestResult, { description: 'Parses a raw story card, recognises its entities and ingests it like ingestStory' })
  importStoryCard(@Args() { text }: ImportStoryCardArgs, @Ctx() ctx: Context) {
    return afterWrite(ctx, importStoryCard(ctx.executor, text, ctx.feed));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the story is tagged with' })
  topics(@Parent() story: Story, @Ctx() ctx: Context) {
    return prefetchedOr(story, 'topics', () => ctx.loaders.topicsOfStory.load(story.id));
  }

  @FieldResolver(() => [Claim], { description: 'In the order the story gives them' })
  async claims(@Parent() story: Story, @Ctx() ctx: Context) {
    const asOf = instantOf(story);
    // As of an instant, claims a later ingest added to the story are left out: the loader filters, the prefetch does not.
    if (asOf) return stamped(await loadersAt(ctx, asOf).claimsOfStory.load(story.id), asOf);
    return prefetchedOr(story, 'claims', () => ctx.loaders.claimsOfStory.load(story.id));
  }

  @FieldResolver(() => [Source], { description: "The story's own reporting (BASED_ON)" })
  async sources(@Parent() story: Story, @Ctx() ctx: Context) {
    return stamped(await prefetchedOr(story, 'sources', () => ctx.loaders.sourcesOfStory.load(story.id)), instantOf(story));
  }

  @FieldResolver(() => [Entity], { description: 'Entities the story mentions' })
  mentions(@Parent() story: Story, @Ctx() ctx: Context) {
    return prefetchedOr(story, 'mentions', () => ctx.loaders.mentionsOfStory.load(story.id));
  }
}
