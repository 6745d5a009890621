import { Context } from '../../graphql/context';
import { ENTITY_KINDS, NODE_KINDS } from '../shared/kinds';
import { SearchArgs, SearchType } from './search.args';
import { SearchRepository, SearchRow } from './search.repository';
import { hasSearchableText, snippet, toLuceneQuery } from './search.text';
import { SearchHit } from './search.type';
import { Selection } from '../shared/selection';

const TYPE_NAMES: Readonly<Record<Exclude<SearchType, SearchType.ENTITY>, string>> = {
  [SearchType.STORY]: NODE_KINDS.story.typeName,
  [SearchType.CLAIM]: NODE_KINDS.claim.typeName,
  [SearchType.SOURCE]: NODE_KINDS.source.typeName,
};

const typeName = (row: SearchRow) => (row.type === SearchType.ENTITY ? ENTITY_KINDS[row.node!.type!].typeName : TYPE_NAMES[row.type]);

/**
 * One hit. Its snippet and node are worked out only when the client selects them: folding every
 * character of long texts is not free. The getters live on the prototype: as getters of an object
 * literal they were two closures and a context per hit, 12 of the 161 KB the search service allocated
 * and 10 of the 259 KB a whole execute did (npm run bench:ledger).
 */
class Hit implements SearchHit {
  readonly score: number;
  readonly type: SearchType;
  readonly id: string;
  readonly title: string;
  readonly #row: SearchRow;
  readonly #query: string;

  constructor(row: SearchRow, query: string) {
    this.score = row.score;
    this.type = row.type;
    this.id = row.id;
    this.title = row.title;
    this.#row = row;
    this.#query = query;
  }

  get snippet(): string | null {
    return snippet(this.#row.text ?? null, this.#query);
  }

  get node(): SearchHit['node'] {
    return { ...this.#row.node, __typename: typeName(this.#row) } as unknown as SearchHit['node'];
  }
}

export const searchService = {
  /** Without a selection (internal callers) every column is read. */
  async search(ctx: Context, args: SearchArgs, selection?: Selection): Promise<SearchHit[]> {
    if (!hasSearchableText(args.query)) return [];
    const types = args.types?.length ? [...new Set(args.types)] : Object.values(SearchType);
    const columns = { text: !selection || 'snippet' in selection, node: !selection || 'node' in selection };
    const rows = await new SearchRepository(ctx.executor).search(toLuceneQuery(args.query), types, args.first, columns);
    return rows.map((row) => new Hit(row, args.query));
  },
};
