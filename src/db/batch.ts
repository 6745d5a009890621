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
 * One statement for a DataLoader batch: it receives `$keys` and returns `key, value` rows; the
 * values come back grouped per key, in the order of `keys`. A list of N parents costs one round trip.
 */
export async function readByKeys<V>(executor: Executor, cypher: string, keys: readonly string[], params: Record<string, unknown> = {}): Promise<V[][]> {
  return groupByKey(keys, await executor.read<KeyedRow<V>>(cypher, { ...params, keys: [...keys] }));
}

/** Like readByKeys, for at most one value per key (null when absent). */
export async function readOneByKey<V>(
  executor: Executor,
  cypher: string,
  keys: readonly string[],
  params: Record<string, unknown> = {},
): Promise<(V | null)[]> {
  return (await readByKeys<V>(executor, cypher, keys, params)).map((values) => values[0] ?? null);
}
