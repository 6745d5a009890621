import { int } from 'neo4j-driver';
import { groupByKey } from './batch';
import { Executor, Statement } from './executor';
import { afterCondition, checkCursor, CursorKey, keyOf, orderBy, SortKey, tagCursor } from './keyset';
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
  /** Names a non-default order in the cursors handed out (`after` comes without it). */
  orderTag?: string;
  /**
   * For an answer that can be dense (Russia and Mexico: one claim in ten): the same rows read by
   * walking the order's own index (`scope`, unanchored), which stops after first + 1 matches; `walkable`
   * returns how many entries that walk may pass (a count-store lookup). Needs `total`, which picks the
   * walk when total² > pageLimit × walkable (it reads about pageLimit × walkable / total entries, fewer
   * than the total the anchored scope sorts); otherwise the anchored scope is sorted as usual.
   */
  dense?: { scope: string; walkable: string };
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
 * `name` prefixes the returned variables and the parameters, so several pages fit in one statement.
 */
function subqueries(read: PagedRead, imports: string, name = ''): string {
  if (read.after) checkCursor(read.order, read.after);
  const vars = read.vars.split(',').map((v) => v.trim());
  const after = read.after ? afterCondition(read.order, `${name}after`) : null;
  if (read.dense && read.total && read.first > 0) return denseSubqueries(read, read.dense, read.total, imports, name, after);
  if (read.withTotal && !read.total) {
    return `CALL (${imports}) {
  ${read.scope}
  WITH ${read.vars}, ${after ?? 'true'} AS inPage ORDER BY ${orderBy(read.order)}
  RETURN count(*) AS ${name}total, collect(CASE WHEN inPage THEN [${read.vars}] END)[..$${name}pageLimit] AS ${name}picked
}
CALL (${name}picked) {
  UNWIND ${name}picked AS row
  WITH ${vars.map((v, i) => `row[${i}] AS ${v}`).join(', ')}
  RETURN collect({node: ${read.project}, key: ${keyOf(read.order)}}) AS ${name}rows
}`;
  }
  // `first: 0` with the total asked for (a count on a dashboard) reads no row at all.
  const page =
    read.first === 0 && read.withTotal
      ? `CALL (${imports}) {\n  RETURN [] AS ${name}rows\n}`
      : `CALL (${imports}) {
  ${read.scope}
  WITH ${read.vars}${after ? `\n  WHERE ${after}` : ''}
  WITH ${read.vars} ORDER BY ${orderBy(read.order)} LIMIT $${name}pageLimit
  RETURN collect({node: ${read.project}, key: ${keyOf(read.order)}}) AS ${name}rows
}`;
  return read.withTotal ? `CALL (${imports}) {\n  ${totalOf(read).replace(/AS total$/, `AS ${name}total`)}\n}\n${page}` : page;
}

/**
 * The total first, then the page from the index walk or from the sorted anchored scope, whichever
 * the total says reads less (both branches are planned, only the chosen one gets a row to run on).
 * The total is returned even when not asked for: it was needed to choose.
 */
function denseSubqueries(
  read: PagedRead,
  dense: { scope: string; walkable: string },
  total: string,
  imports: string,
  name: string,
  after: string | null,
): string {
  const [t, w, limit] = [`${name}total`, `${name}walkable`, `$${name}pageLimit`];
  const scoped = [imports, t, w].filter(Boolean).join(', ');
  const walk = `${t} * ${t} > ${limit} * ${w}`;
  const branch = (scope: string, when: string) => `WITH * WHERE ${when}
    ${scope}${after ? `\n    WITH ${read.vars} WHERE ${after}` : ''}
    WITH ${read.vars} ORDER BY ${orderBy(read.order)} LIMIT ${limit}
    RETURN ${read.vars}`;
  return `CALL (${imports}) {
  ${total.replace(/AS total$/, `AS ${t}`)}
}
CALL () {
  ${dense.walkable.replace(/AS walkable$/, `AS ${w}`)}
}
CALL (${scoped}) {
  CALL (${scoped}) {
    ${branch(dense.scope, walk)}
    UNION ALL
    ${branch(read.scope, `NOT (${walk})`)}
  }
  WITH ${read.vars} ORDER BY ${orderBy(read.order)}
  RETURN collect({node: ${read.project}, key: ${keyOf(read.order)}}) AS ${name}rows
}`;
}

// LIMIT takes an integer; a JS number travels as a float.
const pageParams = (read: PagedRead, name = '') => ({
  ...read.params,
  [`${name}pageLimit`]: int(read.first + 1),
  ...(read.after ? { [`${name}after`]: read.after } : {}),
});

/** Whether the statement computes the total: when asked for, or to choose the dense walk. */
const returnsTotal = (read: PagedRead) => read.withTotal || (!!read.dense && !!read.total && read.first > 0);

function toPage<T>(read: PagedRead, row: PageRow<T> | undefined, countLater: () => Promise<number>): Page<T> {
  const rows = (row?.rows ?? []).slice(0, read.first);
  return {
    nodes: rows.map((r) => r.node),
    keys: rows.map((r) => tagCursor(read.orderTag, r.key)),
    hasNextPage: read.first === 0 && read.withTotal ? (row?.total ?? 0) > 0 : (row?.rows.length ?? 0) > read.first,
    hasPreviousPage: read.after !== null,
    totalCount: read.withTotal ? (row?.total ?? 0) : row?.total !== undefined ? row.total : countLater,
  };
}

/** One statement for one list. */
export function pagedStatement(read: PagedRead): Statement {
  return { cypher: `${subqueries(read, '')}\nRETURN ${returnsTotal(read) ? 'total, ' : ''}rows`, params: pageParams(read) };
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
    cypher: `UNWIND $keys AS key\n${anchor.match}\n${subqueries(read, anchor.v)}\nRETURN key, {${returnsTotal(read) ? 'total: total, ' : ''}rows: rows} AS value`,
    params: pageParams(read),
  };
}

/**
 * One node and pages of its relationship lists in a single statement: `match` binds `v` and
 * `project` is its map projection; each page's scope may use `v`.
 */
export async function readNodeWithPages<N, P extends Record<string, PagedRead>>(
  executor: Executor,
  node: { match: string; v: string; project: string; params: Record<string, unknown> },
  pages: P,
): Promise<{ node: N; pages: { [K in keyof P]: Page<unknown> } } | null> {
  const names = Object.keys(pages);
  const cypher = [
    node.match,
    ...names.map((name) => subqueries(pages[name], node.v, `${name}_`)),
    `RETURN ${node.project} AS node${names.map((n) => `, {${returnsTotal(pages[n]) ? `total: ${n}_total, ` : ''}rows: ${n}_rows} AS ${n}`).join('')}`,
  ].join('\n');
  const params = Object.assign({}, node.params, ...names.map((n) => pageParams(pages[n], `${n}_`)));
  const [row] = await executor.read<Record<string, unknown>>(cypher, params);
  if (!row) return null;
  const out = {} as { [K in keyof P]: Page<unknown> };
  for (const n of names) {
    (out as Record<string, Page<unknown>>)[n] = toPage(pages[n], row[n] as PageRow<unknown>, async () => {
      const [counted] = await executor.read<{ total: number }>(`${node.match}\n${totalOf(pages[n])}`, { ...node.params, ...pages[n].params });
      return counted?.total ?? 0;
    });
  }
  return { node: row.node as N, pages: out };
}

export async function readKeyedPages<T>(
  executor: Executor,
  read: PagedRead,
  anchor: { match: string; v: string },
  keys: readonly string[],
): Promise<Page<T>[]> {
  const { cypher, params } = keyedPagedStatement(read, anchor);
  const rows = await executor.read<{ key: string; value: PageRow<T> }>(cypher, { ...params, keys: [...keys] });
  return groupByKey(keys, rows).map(([row], i) =>
    toPage(read, row, async () => {
      const [counted] = await executor.read<{ total: number }>(`UNWIND [$key] AS key\n${anchor.match}\n${totalOf(read)}`, { ...read.params, key: keys[i] });
      return counted?.total ?? 0;
    }),
  );
}
