import DataLoader from 'dataloader';
import { Executor } from './executor';

/** Rows of a batched query: which parent key a value belongs to. */
export interface KeyedRow<V> {
  key: string;
  value: V;
}

/** Puts each row under its key, in the order DataLoader asked for the keys. */
export function groupByKey<V>(keys: readonly string[], rows: KeyedRow<V>[]): V[][] {
  const groups = new Map<string, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * One Cypher per batch: the query receives `$keys` and returns `key, value` rows.
 * Used for every relationship field, so a list of N parents costs one round trip, not N.
 */
export function listLoader<V>(executor: Executor, cypher: string, params: Record<string, unknown> = {}): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (keys) => groupByKey(keys, await executor.read<KeyedRow<V>>(cypher, { ...params, keys: [...keys] })));
}

/** Like listLoader, for at most one value per key (null when absent). */
export function oneLoader<V>(executor: Executor, cypher: string): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (keys) =>
    groupByKey(keys, await executor.read<KeyedRow<V>>(cypher, { keys: [...keys] })).map((values) => values[0] ?? null),
  );
}
