import { Executor } from '../../db/executor';
import { EntityRecord } from '../entity/entity.type';
import { ENTITY } from '../shared/projections';
import { GraphEdge, GraphNode } from './explore.type';

/** Relationship types a graph viewer explores; grade nodes and bookkeeping stay out of sight. */
export const GRAPH_RELATIONSHIPS = [
  'HAS_CLAIM', 'BASED_ON', 'TAGGED', 'MENTIONS', 'CITES', 'ABOUT', 'ATTRIBUTED_TO', 'PUBLISHED_BY', 'DERIVED_FROM',
  'OF_COUNTRY', 'REPRESENTS', 'LOCATED_IN', 'AFFILIATED_WITH', 'HELD_ROLE', 'SUPPORTS', 'CONTRADICTS', 'REPEATS',
].join('|');

/** Longest list of shortest paths one `paths` call returns. */
export const MAX_PATHS = 100;

/** Any node by id, one index lookup per label that carries ids. Yields the node or null. */
const NODE_BY_ID = (param: string) => `COLLECT {
    MATCH (n:Story {id: $${param}}) RETURN n UNION MATCH (n:Claim {id: $${param}}) RETURN n
    UNION MATCH (n:Source {id: $${param}}) RETURN n UNION MATCH (n:Entity {id: $${param}}) RETURN n
    UNION MATCH (n:Topic {id: $${param}}) RETURN n
  }[0]`;

const NODE = (v: string) => `${v} {.id, label: [l IN labels(${v}) WHERE l <> 'Entity'][0], name: coalesce(${v}.name, ${v}.title, ${v}.text, ${v}.id)}`;
const EDGE = (r: string) => `{id: startNode(${r}).id + '-' + type(${r}) + '-' + endNode(${r}).id, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id}`;

/** Variable-length bounds cannot be Cypher parameters: refuse anything but a small validated integer. */
export function boundedInt(value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`expected an integer from ${min} to ${max}, got ${value}`);
  return value;
}

export interface SubgraphRow {
  found: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export class ExploreRepository {
  constructor(private readonly executor: Executor) {}

  /** The start node, the `limit` nearest nodes within `depth` hops (breadth first), and every relationship among them. */
  async neighborhood(id: string, depth: number, limit: number, maxDepth: number): Promise<SubgraphRow> {
    const [row] = await this.executor.read<SubgraphRow>(
      `WITH ${NODE_BY_ID('id')} AS start
       CALL (start) {
         MATCH p = ANY SHORTEST (start)-[:${GRAPH_RELATIONSHIPS}]-{1,${boundedInt(depth, 1, maxDepth)}}(x) WHERE x <> start
         WITH x, length(p) AS hops ORDER BY hops, x.id
         WITH collect(x) AS reached
         RETURN [start] + reached[0..$limit] AS members, size(reached) > $limit AS truncated
       }
       CALL (members) {
         UNWIND members AS a MATCH (a)-[r:${GRAPH_RELATIONSHIPS}]->(b) WHERE b IN members
         WITH DISTINCT ${EDGE('r')} AS edge ORDER BY edge.id
         RETURN collect(edge) AS edges
       }
       RETURN start IS NOT NULL AS found, [n IN members WHERE n IS NOT NULL | ${NODE('n')}] AS nodes, edges, truncated`,
      { id, limit },
    );
    return row;
  }

  /** Every shortest path (up to MAX_PATHS) of at most maxHops relationships, in any direction. */
  async paths(fromId: string, toId: string, maxHops: number, hopsCap: number): Promise<SubgraphRow & { fromFound: boolean; toFound: boolean }> {
    const [row] = await this.executor.read<SubgraphRow & { fromFound: boolean; toFound: boolean }>(
      `WITH ${NODE_BY_ID('fromId')} AS a, ${NODE_BY_ID('toId')} AS b
       WITH a, b, COLLECT {
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         MATCH p = allShortestPaths((a)-[:${GRAPH_RELATIONSHIPS}*..${boundedInt(maxHops, 1, hopsCap)}]-(b))
         RETURN p LIMIT ${MAX_PATHS + 1}
       } AS candidates
       // One path more than shown tells whether there were more.
       WITH a, b, candidates[0..${MAX_PATHS}] AS paths, size(candidates) > ${MAX_PATHS} AS truncated
       CALL (paths) {
         UNWIND paths AS p UNWIND nodes(p) AS n
         WITH DISTINCT n ORDER BY n.id
         RETURN collect(${NODE('n')}) AS nodes
       }
       CALL (paths) {
         UNWIND paths AS p UNWIND relationships(p) AS r
         WITH DISTINCT ${EDGE('r')} AS edge ORDER BY edge.id
         RETURN collect(edge) AS edges
       }
       RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, true AS found, nodes, edges, truncated`,
      { fromId, toId },
    );
    return row;
  }

  /** Entities that claims are about together with this one, most shared claims first; null when the entity is unknown. */
  async coMentions(entityId: string, limit: number): Promise<{ entity: EntityRecord; claims: number }[] | null> {
    const [row] = await this.executor.read<{ rows: { entity: EntityRecord; claims: number }[] }>(
      `MATCH (e:Entity {id: $entityId})
       RETURN COLLECT {
         MATCH (e)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(o:Entity) WHERE o <> e
         WITH o, count(DISTINCT c) AS claims ORDER BY claims DESC, o.name, o.id LIMIT toInteger($limit)
         RETURN {entity: ${ENTITY('o')}, claims: claims}
       } AS rows`,
      { entityId, limit },
    );
    return row ? row.rows : null;
  }
}
