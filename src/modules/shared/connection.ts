import { IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { badInput } from '../../errors/app-error';
import { CursorKey } from '../../db/keyset';

export const MAX_PAGE_SIZE = 100;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way a list is ordered',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first' }, DESC: { description: 'Largest, latest or Z first' } },
});
export const DEFAULT_PAGE_SIZE = 20;

/**
 * The `orderBy` input of a list: one of its order fields and a direction (`directionDefault` says
 * which when none is given). Each list names its own: `class ClaimOrder extends OrderInput(ClaimOrderField, 'Default: DESC') {}`.
 */
export function OrderInput<F extends string>(fields: Record<string, F>, directionDefault: string) {
  @InputType({ description: 'An order of a list' })
  abstract class Order {
    @Field(() => fields, { description: 'The field to order by' })
    @IsEnum(fields)
    field!: F;

    @Field(() => OrderDirection, { nullable: true, description: directionDefault })
    @IsOptional()
    @IsEnum(OrderDirection)
    direction?: OrderDirection;
  }
  return Order;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list (Relay cursor connections)' })
export class PageInfo {
  @Field({ description: 'More rows follow: pass endCursor as `after` for the next page' }) hasNextPage!: boolean;
  @Field({ description: 'The page was asked for with `after`' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first row; null on an empty page' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last row; null on an empty page' }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 0 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

/**
 * One page of a list. `keys` are the sort-key values of each node (what its cursor encodes);
 * `totalCount` is a number when it was computed with the page, or a function that counts on demand.
 */
export interface Page<T> {
  nodes: T[];
  keys: CursorKey[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | (() => Promise<number>);
}

export interface ConnectionShape<T> {
  totalCount: number | Promise<number>;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Relay connection types per node type: Connection(Claim) -> ClaimConnection + ClaimEdge. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name = NodeClass.name) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} of a page, with its cursor` })
  class Edge {
    @Field({ description: 'Opaque; pass it as `after` to continue after this row, in the same order' }) cursor!: string;
    @Field(() => NodeClass, { description: `The ${name}` }) node!: T;
  }

  @ObjectType({ simpleResolvers: true, description: `A page of ${name} rows` })
  abstract class ConnectionClass {
    @Field(() => Int, { description: 'All matches, not just this page' }) totalCount!: number;
    @Field(() => [Edge], { description: 'The rows of this page, in order' }) edges!: Edge[];
    @Field(() => PageInfo, { description: 'Cursors and whether more rows follow' }) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/**
 * Cursors carry the sort-key values of a row (seek pagination), so a page starts right after
 * the row the client saw even when stories were inserted or removed in between.
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null, field = 'after'): CursorKey | null {
  if (cursor === undefined || cursor === null) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length > 0 &&
    key.length <= 8 &&
    key.every((v) => (typeof v === 'string' && v.length <= 2000) || (typeof v === 'number' && Number.isSafeInteger(v)));
  if (!valid) throw badInput([{ field, reason: 'is not a cursor returned by this API' }]);
  return key as CursorKey;
}

/** An edge whose cursor is encoded only when a client selects it: most pages are read without cursors. */
class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly key: CursorKey,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/** pageInfo with the same lazy cursors. */
class LazyPageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: { cursor: string }[],
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const edges: ConnectionShape<T>['edges'] = page.nodes.map((node, i) => new LazyEdge(node, page.keys[i]));
  const pageInfo: PageInfo = new LazyPageInfo(page.hasNextPage, page.hasPreviousPage, edges);
  const connection = { edges, pageInfo } as ConnectionShape<T>;
  // A total the page did not compute is counted only if a client asks for it.
  const { totalCount } = page;
  Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: typeof totalCount === 'number' ? () => totalCount : () => totalCount(),
  });
  return connection;
}
