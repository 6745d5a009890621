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

/** Collects and slices in one statement: totalCount plus one page, in a single round trip. */
export function pageOf(projection: string): string {
  return `WITH collect(${projection}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..($offset + $first)] AS nodes`;
}
