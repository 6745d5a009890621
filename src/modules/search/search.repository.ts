import { Executor, Statement } from '../../db/executor';
import { EntityType } from '../shared/enums';
import { CLAIM, ENTITY, SOURCE, STORY } from '../shared/projections';
import { SearchType } from './search.args';

export interface SearchRow {
  type: SearchType;
  score: number;
  id: string;
  title: string;
  text: string | null;
  node: Record<string, unknown> & { type?: EntityType };
}

/**
 * One fixed fragment per searchable type (index names from this allow-list only); the query is always
 * $query. Each index gives at most `first` hits, so the union never holds more than 4 × first rows.
 */
const FRAGMENTS: Readonly<Record<SearchType, string>> = {
  [SearchType.STORY]: `CALL db.index.fulltext.queryNodes('story_fulltext', $query, {limit: toInteger($first)}) YIELD node, score
    RETURN 'STORY' AS type, score, node.id AS id, node.title AS title, node.summary AS text, ${STORY('node')} AS node`,
  [SearchType.CLAIM]: `CALL db.index.fulltext.queryNodes('claim_fulltext', $query, {limit: toInteger($first)}) YIELD node, score
    RETURN 'CLAIM' AS type, score, node.id AS id, node.text AS title, node.text AS text, ${CLAIM('node')} AS node`,
  [SearchType.SOURCE]: `CALL db.index.fulltext.queryNodes('source_fulltext', $query, {limit: toInteger($first)}) YIELD node, score
    RETURN 'SOURCE' AS type, score, node.id AS id, node.title AS title, node.title AS text, ${SOURCE('node')} AS node`,
  [SearchType.ENTITY]: `CALL db.index.fulltext.queryNodes('entity_fulltext', $query, {limit: toInteger($first)}) YIELD node, score
    RETURN 'ENTITY' AS type, score, node.id AS id, node.name AS title,
           reduce(t = node.name, a IN coalesce(node.aliases, []) | t + ', ' + a) AS text, ${ENTITY('node')} AS node`,
};

/** Best `first` hits over the chosen indexes, highest score first. `query` must already be Lucene-escaped. */
export function searchStatement(query: string, types: SearchType[], first: number): Statement {
  const union = types.map((t) => FRAGMENTS[t]).join('\n    UNION ALL\n    ');
  return {
    cypher: `CALL () {
    ${union}
  }
  RETURN type, score, id, title, text, node ORDER BY score DESC, id LIMIT toInteger($first)`,
    params: { query, first },
  };
}

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  search(query: string, types: SearchType[], first: number): Promise<SearchRow[]> {
    const { cypher, params } = searchStatement(query, types, first);
    return this.executor.read<SearchRow>(cypher, params);
  }
}
