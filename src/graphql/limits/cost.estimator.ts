import { getNullableType, GraphQLCompositeType, GraphQLField, isListType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';
import { bucketStarts, instantDay, MAX_BUCKETS, TimeBucket } from '../../modules/analytics/analytics.time';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../modules/shared/connection';

/**
 * The cost model: every selected field costs 1, plus its children's cost times the number of
 * items the field can return. So cost approximates "objects and values in the response", and
 * nesting multiplies: claims(first: 100) > about > claims(first: 100) costs 100 x 10 x 100 x ...
 *
 *   connections (`first`)       first items (default 20), edges inside them count once
 *   search, leaderboard ...     `first` items; coMentions `limit` items
 *   neighborhood                limit x depth (defaults 50 x 1); nodes/edges inside count once
 *   paths                       PATHS_PER_HOP x maxHops (default 4)
 *   timeline                    its points: buckets from `from` to `to` (at most 120 months, 520 weeks, 732 days)
 *   any other list              UNSIZED_LIST_ITEMS (a story's claims, a claim's sources ...)
 *   introspection (__schema)    0: the schema is small and fixed
 */
export const UNSIZED_LIST_ITEMS = 10;
export const PATHS_PER_HOP = 10;

/**
 * Sizes are clamped to what argument validation accepts: an out-of-range `first: 1000` is then
 * refused by the resolver as BAD_USER_INPUT naming `first`, which says more than a cost error.
 */
const BOUNDS = { first: MAX_PAGE_SIZE, limit: 500, depth: 3, maxHops: 6 };

/** Types whose lists were already sized by the field that returned them. */
const sizedByParent = (typeName: string) => typeName.endsWith('Connection') || typeName === 'Subgraph';

function size(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(Math.max(n, 1), max);
}

/** The points a timeline returns; the most its bucket allows when the range cannot be read. */
function timelinePoints(args: Record<string, unknown>): number {
  const bucket = Object.values(TimeBucket).includes(args.bucket as TimeBucket) ? (args.bucket as TimeBucket) : TimeBucket.MONTH;
  const [from, to] = [instantDay(args.from), instantDay(args.to)];
  const points = from && to && from <= to ? bucketStarts(from, to, bucket)?.length : undefined;
  return points ?? MAX_BUCKETS[bucket];
}

/** How many items a field returns at most, as the cost model counts them (1 for a single object). */
export function itemsOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const key = `${parent.name}.${field.name}`;
  if (key === 'Query.neighborhood') return size(args.limit, 50, BOUNDS.limit) * size(args.depth, 1, BOUNDS.depth);
  if (key === 'Query.paths') return PATHS_PER_HOP * size(args.maxHops, 4, BOUNDS.maxHops);
  if (key === 'Analytics.timeline') return timelinePoints(args);
  if ('first' in args) return size(args.first, DEFAULT_PAGE_SIZE, BOUNDS.first);
  if ('limit' in args) return size(args.limit, DEFAULT_PAGE_SIZE, BOUNDS.limit);
  if (!isListType(getNullableType(field.type))) return 1;
  return sizedByParent(parent.name) ? 1 : UNSIZED_LIST_ITEMS;
}

export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return field.name === '__typename' ? 1 : 0;
  return 1 + itemsOf(type, field, args) * childComplexity;
};
