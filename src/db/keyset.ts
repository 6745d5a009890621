import { badInput } from '../errors/app-error';

/** One key of a list's order. `kind` says how a cursor value is turned back into a Cypher value. */
export interface SortKey {
  expr: string;
  dir: 'ASC' | 'DESC';
  kind: 'date' | 'string' | 'int';
}

/** The sort-key values of the last row a client saw: what a cursor carries. */
export type CursorKey = (string | number)[];

const valueOf = (key: SortKey, i: number, param: string) => (key.kind === 'date' ? `date($${param}[${i}])` : `$${param}[${i}]`);

/** A cursor of another list (or a forged one) is refused, never silently misread. */
export function checkCursor(order: SortKey[], after: CursorKey, field = 'after'): void {
  const fits =
    after.length === order.length &&
    order.every((key, i) => {
      const v = after[i];
      if (key.kind === 'int') return typeof v === 'number' && Number.isSafeInteger(v);
      if (key.kind === 'date') return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
      return typeof v === 'string';
    });
  if (!fits) throw badInput([{ field, reason: 'is not a cursor of this list' }]);
}

/**
 * Rows strictly after the cursor in `order` (seek pagination): (a, b) after (x, y) means
 * a beyond x, or a = x and b beyond y. The leading key also gets a plain range predicate so the
 * planner can seek in its index instead of filtering every row.
 */
export function afterCondition(order: SortKey[], param = 'after'): string {
  const beyond = (key: SortKey, i: number) => `${key.expr} ${key.dir === 'DESC' ? '<' : '>'} ${valueOf(key, i, param)}`;
  const equal = (key: SortKey, i: number) => `${key.expr} = ${valueOf(key, i, param)}`;
  let nested = beyond(order[order.length - 1], order.length - 1);
  for (let i = order.length - 2; i >= 0; i -= 1) nested = `${beyond(order[i], i)} OR (${equal(order[i], i)} AND (${nested}))`;
  const lead = order[0];
  return `${lead.expr} ${lead.dir === 'DESC' ? '<=' : '>='} ${valueOf(lead, 0, param)} AND (${nested})`;
}

export const orderBy = (order: SortKey[]) => order.map((k) => `${k.expr} ${k.dir}`).join(', ');

/** The cursor of a row: its sort-key values, in order. */
// Dates leave Neo4j as text: the driver's Date objects cost far more to decode than the ISO string.
export const keyOf = (order: SortKey[]) => `[${order.map((k) => (k.kind === 'date' ? `toString(${k.expr})` : k.expr)).join(', ')}]`;

export type Direction = 'ASC' | 'DESC';

/** One orderable field of a list: its sort keys (an id last, so the order is total) and its natural direction. */
export interface OrderChoice {
  keys: (direction: Direction) => SortKey[];
  natural: Direction;
}

/** What a list's order decides in its read: the sort keys, the tag naming a non-default order in its cursors, and `after` without that tag. */
export interface ListOrder {
  order: SortKey[];
  orderTag: string | undefined;
  after: CursorKey | null;
}

/**
 * The order of a list from its fixed allow-list (field names never reach Cypher; the keys do), with
 * `after` checked against it. The default order has no tag, so its cursors and its query plans stay
 * what they were.
 */
export function listOrder<F extends string>(
  allowed: Record<F, OrderChoice>,
  defaultField: F,
  chosen: { field: F; direction?: Direction | null } | null | undefined,
  after: CursorKey | null,
): ListOrder {
  const field = chosen?.field ?? defaultField;
  const choice = allowed[field];
  const direction = chosen?.direction ?? choice.natural;
  const tag = field === defaultField && direction === choice.natural ? undefined : `${field}:${direction}`;
  return { order: choice.keys(direction), orderTag: tag, after: untagCursor(tag, after) };
}

/** A cursor of a non-default order starts with the order's tag. */
export const tagCursor = (tag: string | undefined, key: CursorKey): CursorKey => (tag ? [tag, ...key] : key);

/** The sort-key values of a cursor for this order; a cursor of another order is refused, naming `field`. */
export function untagCursor(tag: string | undefined, after: CursorKey | null, field = 'after'): CursorKey | null {
  if (!after || !tag) return after;
  if (after[0] !== tag) throw badInput([{ field, reason: `is a cursor of another order than ${tag}: start again without it` }]);
  return after.slice(1);
}
