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
