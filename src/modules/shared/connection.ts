import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../../errors/app-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 0 to ${MAX_PAGE_SIZE}` })
  @IsInt() @Min(0) @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional() @IsString()
  after?: string;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  offset: number;
  first: number;
}

export interface ConnectionShape<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Relay connection types per node type: Connection(Claim) -> ClaimConnection + ClaimEdge. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name = NodeClass.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => NodeClass) node!: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => Int, { description: 'All matches, not just this page' }) totalCount!: number;
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** Cursors are opaque offsets ("cursor:<n>", base64): stable for an unchanged result set. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`cursor:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, field = 'after'): number {
  if (cursor === undefined || cursor === null) return 0;
  const match = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || !Number.isSafeInteger(Number(match[1]))) throw badInput([{ field, reason: 'is not a cursor returned by this API' }]);
  return Number(match[1]) + 1;
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const edges = page.nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.nodes.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
