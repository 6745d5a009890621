import { Executor, Statement } from '../../db/executor';
import { textsPerShape } from '../../db/texts-per-shape';
import { MarkedKind, seesEverything, visible } from '../shared/visibility';
import { EntityType } from '../shared/enums';
import { CLAIM, ENTITY, SOURCE, STORY } from '../shared/projections';
import { SearchType } from './search.args';

export interface SearchRow {
  type: SearchType;
  score: number;
  id: string;
  title: string;
  /** Only read when asked for (SearchColumns). */
  text?: string | null;
  node?: Record<string, unknown> & { type?: EntityType };
}

/** The columns beyond type, score, id and title a search reads: the snippet's text, the node's properties. */
export interface SearchColumns {
  text: boolean;
  node: boolean;
}

/** One fixed entry per searchable type (index names from this allow-list only); the query is always $query. */
const TYPES: Readonly<Record<SearchType, { index: string; title: string; text: string; node: string; marked?: MarkedKind }>> = {
  [SearchType.STORY]: { index: 'story_fulltext', title: 'node.title', text: 'node.summary', node: STORY('node'), marked: 'Story' },
  [SearchType.CLAIM]: { index: 'claim_fulltext', title: 'node.text', text: 'node.text', node: CLAIM('node'), marked: 'Claim' },
  [SearchType.SOURCE]: { index: 'source_fulltext', title: 'node.title', text: 'node.title', node: SOURCE('node'), marked: 'Source' },
  [SearchType.ENTITY]: {
    index: 'entity_fulltext',
    title: 'node.name',
    text: "reduce(t = node.name, a IN coalesce(node.aliases, []) | t + ', ' + a)",
    node: ENTITY('node'),
  },
};

/** How many hits a marked index gives below full clearance before the query is run again without a limit. */
const PROBE = 'toInteger($first) * 2';

const ALL_COLUMNS: SearchColumns = { text: true, node: true };

const byType = (types: SearchType[], field: 'title' | 'text' | 'node') => `CASE type ${types.map((t) => `WHEN '${t}' THEN ${TYPES[t][field]}`).join(' ')} END`;

/** The text depends on the types (at most 64 orders and subsets of four), the clearance and the columns only. */
const searchTextOf = textsPerShape(
  (types: SearchType[], fullClearance: boolean, columns: SearchColumns) => `${types.join(',')}|${+fullClearance}${+columns.text}${+columns.node}`,
  searchText,
);

/**
 * Best `first` visible hits over the chosen indexes, highest score first. `query` must already be
 * Lucene-escaped. The text and the node are projected only when `columns` asks for them: most hit
 * lists show titles, and a node map per hit was two thirds of the bytes and decoding of a search. Each index gives at most `first` hits, so the union never holds more than
 * 4 × first rows, and only the `first` kept are projected. For a caller who sees everything Lucene
 * stops at `first` hits. For anyone else a marked index first gives its best 2 × first hits (Lucene
 * keeps a top-k heap, as for everything) and the visible ones are kept; only when fewer than `first`
 * of them are visible and the index had more is it asked again without a limit, hidden hits dropped
 * as they stream out until `first` visible ones have passed (a full collection and sort of every
 * match). Either way hidden hits never take a visible one's place. The hits come back as one list of
 * lists in one record: twenty records, each with its keys, field lookup and plain-JS copy, were more
 * bytes to send and more for the driver to allocate (bench/README.md, session 10).
 */
export function searchStatement(query: string, types: SearchType[], first: number, fullClearance: boolean, columns: SearchColumns = ALL_COLUMNS): Statement {
  return { cypher: searchTextOf(types, fullClearance, columns), params: { query, first } };
}

function searchText(types: SearchType[], fullClearance: boolean, columns: SearchColumns): string {
  const branch = (t: SearchType) => {
    const { index, marked } = TYPES[t];
    if (fullClearance || !marked) {
      return `CALL db.index.fulltext.queryNodes('${index}', $query, {limit: toInteger($first)}) YIELD node, score RETURN '${t}' AS type, score, node`;
    }
    return `CALL () {
      CALL db.index.fulltext.queryNodes('${index}', $query, {limit: ${PROBE}}) YIELD node, score
      RETURN collect(CASE WHEN ${visible(marked, 'node')} THEN [node, score] END) AS seen, count(*) AS probed
    }
    WITH seen[0..toInteger($first)] AS kept, size(seen) >= toInteger($first) OR probed < ${PROBE} AS settled
    CALL (settled) {
      WITH * WHERE NOT settled
      CALL db.index.fulltext.queryNodes('${index}', $query) YIELD node, score WHERE ${visible(marked, 'node')}
      WITH node, score LIMIT toInteger($first)
      RETURN collect([node, score]) AS streamed
    }
    UNWIND CASE WHEN settled THEN kept ELSE streamed END AS hit
    RETURN '${t}' AS type, hit[1] AS score, hit[0] AS node`;
  };
  const union = types.map(branch).join('\n    UNION ALL\n    ');
  // Unselected columns are left out, or null when the node follows, so each keeps its place in the hit.
  const columnsOf = [
    byType(types, 'title'),
    ...(columns.text ? [byType(types, 'text')] : columns.node ? ['null'] : []),
    ...(columns.node ? [byType(types, 'node')] : []),
  ];
  return `CALL () {
    ${union}
  }
  WITH type, score, node ORDER BY score DESC, node.id LIMIT toInteger($first)
  RETURN collect([type, score, node.id,
    ${columnsOf.join(',\n    ')}]) AS hits`;
}

/** A hit as the statement sends it: type, score, id, title, then the text and the node when asked for (null or absent otherwise). */
type HitTuple = [SearchType, number, string, string, (string | null)?, SearchRow['node']?];

/** The statement's one row as hits, best first. */
export const hitsOf = (row: { hits: HitTuple[] }): SearchRow[] =>
  row.hits.map(([type, score, id, title, text, node]) => ({ type, score, id, title, text, node }));

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async search(query: string, types: SearchType[], first: number, columns: SearchColumns = ALL_COLUMNS): Promise<SearchRow[]> {
    const { cypher, params } = searchStatement(query, types, first, seesEverything(this.executor.clearance), columns);
    const [row] = await this.executor.read<{ hits: HitTuple[] }>(cypher, params);
    return hitsOf(row);
  }
}
