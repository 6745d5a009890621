import { int } from 'neo4j-driver';
import { groupByKey } from './batch';
import { Executor, Statement } from './executor';
import { afterCondition, checkCursor, CursorKey, keyOf, orderBy, SortKey } from './keyset';
import { Page } from '../modules/shared/connection';

/** A list read: `scope` binds the row variables `vars`; rows are sorted by `order` and paged by seek. */
export interface PagedRead {
  scope: string;
  params: Record<string, unknown>;
  vars: string;
  order: SortKey[];
  /** Map expression of one node, over `vars`. */
  project: string;
  after: CursorKey | null;
  first: number;
  /** Cypher returning `total`; by default a count over the scope. A count-store lookup is cheaper where it says the same. */
  total?: string;
  /** Compute the total with the page (one round trip); otherwise it is counted only if asked for. */
  withTotal: boolean;
}

interface PageRow<T> {
  total?: number;
  rows: { node: T; key: CursorKey }[];
}

const totalOf = (read: PagedRead) => read.total ?? `${read.scope}\nRETURN count(*) AS total`;

/**
 * The page (first + 1 rows, to know whether more follow) and, if wanted, the total, as subqueries
 * importing `imports`. A total over the scope is counted in the same pass that picks the page
 * (the matches are sorted once); a cheaper given total lets the page stop after first + 1 rows.
 */
function subqueries(read: PagedRead, imports: string): string {
  if (read.after) checkCursor(read.order, read.after);
  const vars = read.vars.split(',').map((v) => v.trim());
  if (read.withTotal && !read.total) {
    return `CALL (${imports}) {
  ${read.scope}
  WITH ${read.vars}, ${read.after ? afterCondition(read.order) : 'true'} AS inPage ORDER BY ${orderBy(read.order)}
  RETURN count(*) AS total, collect(CASE WHEN inPage THEN [${read.vars}] END)[..$pageLimit] AS picked
}
CALL (picked) {
  UNWIND picked AS row
  WITH ${vars.map((v, i) => `row[${i}] AS ${v}`).join(', ')}
  RETURN collect({node: ${read.project}, key: ${keyOf(read.order)}}) AS rows
}`;
  }
  const page = `CALL (${imports}) {
  ${read.scope}
  WITH ${read.vars}${read.after ? `\n  WHERE ${afterCondition(read.order)}` : ''}
  WITH ${read.vars} ORDER BY ${orderBy(read.order)} LIMIT $pageLimit
  RETURN collect({node: ${read.project}, key: ${keyOf(read.order)}}) AS rows
}`;
  return read.withTotal ? `CALL (${imports}) {\n  ${totalOf(read)}\n}\n${page}` : page;
}

// LIMIT takes an integer; a JS number travels as a float.
const pageParams = (read: PagedRead) => ({ ...read.params, pageLimit: int(read.first + 1), ...(read.after ? { after: read.after } : {}) });

function toPage<T>(read: PagedRead, row: PageRow<T> | undefined, countLater: () => Promise<number>): Page<T> {
  const rows = (row?.rows ?? []).slice(0, read.first);
  return {
    nodes: rows.map((r) => r.node),
    keys: rows.map((r) => r.key),
    hasNextPage: (row?.rows.length ?? 0) > read.first,
    hasPreviousPage: read.after !== null,
    totalCount: read.withTotal ? (row?.total ?? 0) : countLater,
  };
}

/** One statement for one list. */
export function pagedStatement(read: PagedRead): Statement {
  return { cypher: `${subqueries(read, '')}\nRETURN ${read.withTotal ? 'total, ' : ''}rows`, params: pageParams(read) };
}

export async function readKeysetPage<T>(executor: Executor, read: PagedRead): Promise<Page<T>> {
  const { cypher, params } = pagedStatement(read);
  const [row] = await executor.read<PageRow<T>>(cypher, params);
  return toPage(read, row, async () => (await executor.read<{ total: number }>(totalOf(read), read.params))[0].total);
}

/**
 * The same page for many parents in one statement (a DataLoader batch): `anchor` matches the parent
 * `v` from `key`, and the scope may use `v`.
 */
export function keyedPagedStatement(read: PagedRead, anchor: { match: string; v: string }): Statement {
  return {
    cypher: `UNWIND $keys AS key\n${anchor.match}\n${subqueries(read, anchor.v)}\nRETURN key, {${read.withTotal ? 'total: total, ' : ''}rows: rows} AS value`,
    params: pageParams(read),
  };
}

export async function readKeyedPages<T>(executor: Executor, read: PagedRead, anchor: { match: string; v: string }, keys: readonly string[]): Promise<Page<T>[]> {
  const { cypher, params } = keyedPagedStatement(read, anchor);
  const rows = await executor.read<{ key: string; value: PageRow<T> }>(cypher, { ...params, keys: [...keys] });
  return groupByKey(keys, rows).map(([row], i) =>
    toPage(read, row, async () => {
      const [counted] = await executor.read<{ total: number }>(`UNWIND [$key] AS key\n${anchor.match}\n${totalOf(read)}`, { ...read.params, key: keys[i] });
      return counted?.total ?? 0;
    }),
  );
}
