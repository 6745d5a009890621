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

export const searchService = {
  /** Without a selection (internal callers) every column is read. */
  async search(ctx: Context, args: SearchArgs, selection?: Selection): Promise<SearchHit[]> {
    if (!hasSearchableText(args.query)) return [];
    const types = args.types?.length ? [...new Set(args.types)] : Object.values(SearchType);
    const columns = { text: !selection || 'snippet' in selection, node: !selection || 'node' in selection };
    const rows = await new SearchRepository(ctx.executor).search(toLuceneQuery(args.query), types, args.first, columns);
    return rows.map((row) => ({
      score: row.score,
      type: row.type,
      id: row.id,
      title: row.title,
      // Worked out only when the client selects it: folding every character of long texts is not free.
      get snippet() {
        return snippet(row.text ?? null, args.query);
      },
      get node() {
        return { ...row.node, __typename: typeName(row) } as unknown as SearchHit['node'];
      },
    }));
  },
};
