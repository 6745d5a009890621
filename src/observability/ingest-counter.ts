import { GraphQLField, GraphQLSchema } from 'graphql';
import { Counter } from 'prom-client';

const INGEST_MUTATIONS = ['ingestStory', 'importStoryCard'];
const KINDS = ['stories', 'claims', 'sources', 'entities'] as const;
type Counts = Partial<Record<(typeof KINDS)[number], number>>;

/** The counter each wrapped field reports to: the schema is built once per process, servers may come and go (tests). */
const counters = new WeakMap<GraphQLField<unknown, unknown>, Counter<'kind' | 'outcome'>>();

/**
 * Counts what ingestStory and importStoryCard wrote, from their result objects, so the counts do not
 * depend on what the client selected. Only these two resolvers are wrapped: a per-field plugin hook
 * would make Apollo wrap every resolver of the schema.
 */
export function countIngests(schema: GraphQLSchema, counter: Counter<'kind' | 'outcome'>): void {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const name of INGEST_MUTATIONS) {
    const field = fields[name];
    if (!field?.resolve) continue;
    if (!counters.has(field)) {
      const resolve = field.resolve;
      field.resolve = async (...args) => {
        const result = (await resolve(...args)) as { created?: Counts; reused?: Counts } | undefined;
        const current = counters.get(field)!;
        for (const kind of KINDS) {
          current.inc({ kind, outcome: 'created' }, result?.created?.[kind] ?? 0);
          current.inc({ kind, outcome: 'reused' }, result?.reused?.[kind] ?? 0);
        }
        return result;
      };
    }
    counters.set(field, counter);
  }
}
