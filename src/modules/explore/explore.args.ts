import { IsInt, IsNotEmpty, IsString, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/**
 * Caps. Depth and hops become variable-length bounds in Cypher, which cannot be parameters: they are
 * interpolated only as integers validated here (and checked again by `boundedInt` before use).
 */
export const EXPLORE_LIMITS = { depth: 3, nodes: 500, hops: 6, coMentions: 100 } as const;

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'Any node id: story, claim, source, entity or topic' })
  @IsString()
  @IsNotEmpty()
  id!: string;

  @Field(() => Int, { description: `Hops from the node, 1 to ${EXPLORE_LIMITS.depth}` })
  @IsInt()
  @Min(1)
  @Max(EXPLORE_LIMITS.depth)
  depth: number = 1;

  @Field(() => Int, { description: `Most nodes returned besides the start, nearest first, 1 to ${EXPLORE_LIMITS.nodes}` })
  @IsInt()
  @Min(1)
  @Max(EXPLORE_LIMITS.nodes)
  limit: number = 50;
}

@ArgsType()
export class PathsArgs {
  @Field(() => ID, { description: 'Id of one end: any node' })
  @IsString()
  @IsNotEmpty()
  fromId!: string;

  @Field(() => ID, { description: 'Id of the other end' })
  @IsString()
  @IsNotEmpty()
  toId!: string;

  @Field(() => Int, { description: `Longest path considered, 1 to ${EXPLORE_LIMITS.hops}` })
  @IsInt()
  @Min(1)
  @Max(EXPLORE_LIMITS.hops)
  maxHops: number = 4;
}

@ArgsType()
export class CoMentionsArgs {
  @Field(() => ID, { description: 'The entity whose co-mentions to list' })
  @IsString()
  @IsNotEmpty()
  entityId!: string;

  @Field(() => Int, { description: `1 to ${EXPLORE_LIMITS.coMentions}` })
  @IsInt()
  @Min(1)
  @Max(EXPLORE_LIMITS.coMentions)
  limit: number = 20;
}
