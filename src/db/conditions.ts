import { Executor } from './executor';

/**
 * Collects WHERE fragments and their parameters. Fragments are fixed strings written in
 * repositories; values only ever travel as $parameters.
 */
export class Conditions {
  private readonly fragments: string[] = [];
  readonly params: Record<string, unknown> = {};

  add(fragment: string, params: Record<string, unknown> = {}): this {
    this.fragments.push(`(${fragment})`);
    Object.assign(this.params, params);
    return this;
  }

  /** "WHERE a AND b", or "" when nothing was added. */
  get where(): string {
    return this.fragments.length ? `WHERE ${this.fragments.join(' AND ')}` : '';
  }
}

/**
 * One page and the total in a single round trip. `match` binds `node` and orders the rows
 * (`{{where}}` marks where the conditions go); only the rows of the page are projected.
 */
export async function readPage<T>(
  executor: Executor,
  match: string,
  node: string,
  project: (variable: string) => string,
  where: Conditions,
  offset: number,
  first: number,
): Promise<{ totalCount: number; nodes: T[]; offset: number; first: number }> {
  const [row] = await executor.read<{ totalCount: number; nodes: T[] }>(
    `${match.replace('{{where}}', () => where.where)}
     WITH collect(${node}) AS rows
     RETURN size(rows) AS totalCount, [${node} IN rows[$offset..($offset + $first)] | ${project(node)}] AS nodes`,
    { ...where.params, offset, first },
  );
  return { ...row, offset, first };
}
