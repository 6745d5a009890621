import { Executor, Statement } from '../../db/executor';
import { textsPerShape } from '../../db/texts-per-shape';
import { EntityRecord } from '../entity/entity.type';
import { ENTITY } from '../shared/projections';
import { allVisible, MARKED_KINDS, MarkedKind, seesEverything, visibleAny, visibleClause } from '../shared/visibility';
import { GraphEdge, GraphNode } from './explore.type';

/** Relationship types a graph viewer explores; grade nodes and bookkeeping stay out of sight. */
export const GRAPH_RELATIONSHIPS = [
  'HAS_CLAIM',
  'BASED_ON',
  'TAGGED',
  'MENTIONS',
  'CITES',
  'ABOUT',
  'ATTRIBUTED_TO',
  'PUBLISHED_BY',
  'DERIVED_FROM',
  'OF_COUNTRY',
  'REPRESENTS',
  'LOCATED_IN',
  'AFFILIATED_WITH',
  'HELD_ROLE',
  'SUPPORTS',
  'CONTRADICTS',
  'REPEATS',
].join('|');

/** Longest list of shortest paths one `paths` call returns. */
export const MAX_PATHS = 100;

/**
 * Labels of every node a graph relationship reaches, each with a unique id index: the node kinds, entities
 * under their shared Entity label (a unit test ties this to NODE_KINDS and the schema's constraints).
 * NODE_BY_ID seeks them in this order; the index scan reads them in SCAN_LABELS order.
 */
export const ID_LABELS = ['Story', 'Claim', 'Source', 'Entity', 'Topic'] as const;
type IdLabel = (typeof ID_LABELS)[number];
const isMarked = (label: IdLabel): label is IdLabel & MarkedKind => (MARKED_KINDS as readonly string[]).includes(label);

/**
 * Any node by id, one unique-index seek per label that carries ids, bound to `v` (null when none):
 * always one row, so a second lookup cannot drop the first. A CALL rather than a COLLECT
 * expression, so the seeks show in the plan that the plan tests check.
 */
const NODE_BY_ID = (param: string, v: string, fullClearance: boolean) => {
  const seeks = ID_LABELS.map((label) => `MATCH (n:${label} {id: $${param}})${isMarked(label) ? visibleClause(label, 'n', fullClearance) : ''} RETURN n`);
  return `CALL () {
         CALL () {
           ${seeks.join('\n           UNION ')}
         }
         RETURN collect(n)[0] AS ${v}
       }`;
};

/**
 * Nodes and edges leave Neo4j as lists, not maps, and an edge without its id (from, type and to make
 * it): a map's keys on every one of 50 nodes and edges, and ids repeated in the edge's id, were a
 * third of the bytes and of the driver's decoding of a neighbourhood. `subgraph` makes the objects.
 */
const NODE = (v: string) => `[${v}.id, [l IN labels(${v}) WHERE l <> 'Entity'][0], coalesce(${v}.name, ${v}.title, ${v}.text, ${v}.id)]`;
/** Distinct edges as from, type, to, ordered by the id they make. */
const EDGES = (r: string) => `WITH DISTINCT startNode(${r}).id AS from, type(${r}) AS type, endNode(${r}).id AS to ORDER BY from + '-' + type + '-' + to
         RETURN collect([from, type, to]) AS edges`;

type NodeRow = [string, string, string];
type EdgeRow = [string, string, string];
const edgeId = (from: string, type: string, to: string) => `${from}-${type}-${to}`;

/** The GraphNode and GraphEdge objects of a statement's rows. */
function subgraph<R extends { nodes: NodeRow[]; edges: EdgeRow[] }>(row: R): Omit<R, 'nodes' | 'edges'> & { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    ...row,
    nodes: row.nodes.map(([id, label, name]) => ({ id, label, name })),
    edges: row.edges.map(([from, type, to]) => ({ id: edgeId(from, type, to), type, from, to })),
  };
}

/** Variable-length bounds cannot be Cypher parameters: refuse anything but a small validated integer. */
export function boundedInt(value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`expected an integer from ${min} to ${max}, got ${value}`);
  return value;
}

/** How many neighbours, in id order, a checked level reads before it falls back to sorting them all. */
const PROBE = 'toInteger($limit) * 2 + 2';
const NEIGHBOURS = `UNWIND frontier AS f MATCH (f)-[:${GRAPH_RELATIONSHIPS}]-(x) WHERE NOT x IN members`;
const OPEN = 'start IS NOT NULL AND NOT truncated';

/** ID_LABELS in the order the index scan reads them, claims first: most of a hub's neighbours, and their ids sort early. */
const SCAN_LABELS = [...ID_LABELS].sort((a, b) => Number(b === 'Claim') - Number(a === 'Claim') || a.localeCompare(b));
/** Nodes a level keeps at most: `limit` and one beyond, which tells that there were more. */
const KEEP = 'toInteger($limit) + 1';
/** Index entries read per label: enough for neighbours 1 in 20 of a label's nodes. */
const SCAN_CAP = `(${KEEP}) * 20`;
/**
 * Neighbours from which reading id indexes is tried instead of reading every neighbour's id: twice the cap,
 * and at least $scanFrom (SCAN_FROM: the sample's 64 label reads are then little beside the sort).
 */
export const SCAN_FROM = 1024;
/**
 * The claims among a stride sample of 64 neighbours say whether the claims' index fills the level within
 * its cap (1.2 × the expected read): 1 in 16.7 of all claims must be neighbours. Only then is the scan worth
 * it, for then the KEEP-th claim bounds the other reads (only agencies' ids sort before claims'); a hub of
 * stories or sources (a topic, a publisher) would read claims up to the cap for nothing and sort anyway.
 */
const CLAIMS_DENSE = `20 * size([y IN [i IN range(0, 63) | near[i * size(near) / 64]] WHERE y:Claim]) * size(near) >= 77 * COUNT { (:Claim) }`;
const lower = (a: string, b: string) => `CASE WHEN ${a} IS NULL OR ${b} < ${a} THEN ${b} ELSE ${a} END`;

/**
 * One label's id index in order below `bound`, at most SCAN_CAP entries (the id comes with the entry, no
 * property read), keeping those among the neighbours. Full (KEEP of them): none of its other neighbours
 * can be among the first KEEP, and later reads stop below its KEEP-th. Capped (SCAN_CAP read first): its
 * unread neighbours lie above the last id read, so only nodes up to that ceiling are certain.
 */
const SCAN_LABEL = (label: string) => `CALL (near, bound) {
           MATCH (x:${label}) WHERE x.id < coalesce(bound, '\\uffff')
           WITH x, x.id AS id ORDER BY id LIMIT ${SCAN_CAP}
           WITH collect(id) AS read, collect(CASE WHEN x IN near THEN [id, x] END) AS hits
           RETURN hits[0..${KEEP}] AS hits, size(hits) < ${KEEP} AND size(read) = ${SCAN_CAP} AS capped,
                  CASE WHEN size(hits) >= ${KEEP} THEN hits[${KEEP} - 1][0] WHEN size(read) = ${SCAN_CAP} THEN read[-1] END AS stop
         }
         WITH near, found + hits AS found, CASE WHEN capped THEN ${lower('ceiling', 'stop')} ELSE ceiling END AS ceiling, ${lower('bound', 'stop')} AS bound`;

/**
 * The first KEEP neighbours by id of a hub without reading every neighbour's id (that sort read 4,841
 * ids around country:MX): each label's id index in turn (SCAN_LABEL). What was found up to the lowest
 * ceiling is exact when it holds KEEP nodes, or when every neighbour was found; otherwise `settled` is
 * false and the level sorts every neighbour as before. ('\uffff' only bounds the first read: an id above
 * it is never among those kept, and its node is then missing from `found`, which sends the level to the sort.)
 */
const SCAN_LEVEL = `OPTIONAL CALL (near) {
         WITH near WHERE size(near) >= (${KEEP}) * 40 AND size(near) >= $scanFrom
         WITH near WHERE ${CLAIMS_DENSE}
         WITH near, [] AS found, null AS ceiling, null AS bound
         ${SCAN_LABELS.map(SCAN_LABEL).join('\n         ')}
         CALL (found) {
           UNWIND found AS p
           WITH p ORDER BY p[0]
           RETURN collect(p) AS sorted
         }
         WITH near, sorted, [p IN sorted WHERE ceiling IS NULL OR p[0] <= ceiling | p[1]] AS certain, ceiling
         RETURN certain[0..${KEEP}] AS scanned, size(certain) >= ${KEEP} OR (ceiling IS NULL AND size(sorted) = size(near)) AS settled
       }`;

/**
 * One breadth-first level: the neighbours of the frontier not seen yet, in id order, at most
 * `limit + 1` of them, of which only as many as still fit join the members. The one beyond tells
 * that there were more; a truncated walk goes no deeper. A hub's first ones come from the id
 * indexes (SCAN_LEVEL); otherwise a Top of every neighbour by id. So every level costs the degrees
 * of at most `limit` nodes, however many nodes lie within `depth` of the start.
 */
const FULL_LEVEL = `CALL (start, members, frontier, truncated) {
         WITH * WHERE ${OPEN}
         CALL (members, frontier) {
           ${NEIGHBOURS}
           RETURN collect(DISTINCT x) AS near
         }
         ${SCAN_LEVEL}
         CALL (near, settled) {
           WITH * WHERE NOT coalesce(settled, false)
           UNWIND near AS x
           WITH x ORDER BY x.id LIMIT ${KEEP}
           RETURN collect(x) AS sorted
         }
         WITH CASE WHEN settled THEN scanned ELSE sorted END AS chosen
         RETURN coalesce(head(collect(chosen)), []) AS level
       }`;

/**
 * Below full clearance, the first `limit + 1` visible neighbours in id order. First from a probe:
 * the first 2 × limit + 2 neighbours by id (a Top as above, not a Sort of every neighbour of a hub),
 * of which the visible ones. That is the answer when it holds `limit + 1` nodes (every node after
 * the probe sorts after them) or when the probe took every neighbour. Only when more than half
 * of the probe is hidden does the level sort every neighbour and read markings in id order
 * until `limit + 1` have passed (CASE stops reading once the list is full).
 */
const CHECKED_LEVEL = `CALL (start, members, frontier, truncated) {
         WITH * WHERE ${OPEN}
         ${NEIGHBOURS}
         WITH DISTINCT x ORDER BY x.id LIMIT ${PROBE}
         RETURN collect(x) AS probe
       }
       WITH start, members, frontier, truncated, probe, [y IN probe WHERE ${visibleAny('y')}][0..toInteger($limit) + 1] AS kept
       WITH start, members, frontier, truncated, kept, size(kept) > toInteger($limit) OR size(probe) < ${PROBE} AS settled
       CALL (start, members, frontier, truncated, settled) {
         WITH * WHERE ${OPEN} AND NOT settled
         ${NEIGHBOURS}
         WITH DISTINCT x ORDER BY x.id
         WITH collect(x) AS inOrder
         RETURN reduce(kept = [], y IN inOrder | CASE WHEN size(kept) > toInteger($limit) THEN kept WHEN ${visibleAny('y')} THEN kept + y ELSE kept END) AS sorted
       }
       WITH start, members, truncated, CASE WHEN settled THEN kept ELSE sorted END AS level`;

const level = (fullClearance: boolean) => `${fullClearance ? FULL_LEVEL : CHECKED_LEVEL}
       WITH start, members, level, truncated, toInteger($limit) + 1 - size(members) AS room
       WITH start, members + level[0..room] AS members, level[0..room] AS frontier, truncated OR size(level) > room AS truncated`;

/**
 * A level for a caller who sees every marking (no check per neighbour: at depth 2 from a country that
 * is most of the walk's work) and one for everyone else. Two fixed texts, chosen by clearance.
 */
const LEVEL = { full: level(true), checked: level(false) };

/** The neighbourhood's text (13 KB) depends on the depth and the clearance only. */
const neighborhoodText = textsPerShape((depth: number, fullClearance: boolean) => `${depth}:${fullClearance}`, buildNeighborhoodText);

function buildNeighborhoodText(depth: number, fullClearance: boolean): string {
  const levels = Array.from({ length: depth }, () => (fullClearance ? LEVEL.full : LEVEL.checked)).join('\n       ');
  return `${NODE_BY_ID('id', 'start', fullClearance)}
       WITH start, [start] AS members, [start] AS frontier, false AS truncated
       ${levels}
       CALL (members) {
         UNWIND members AS a MATCH (a)-[r:${GRAPH_RELATIONSHIPS}]->(b) WHERE b IN members
         ${EDGES('r')}
       }
       RETURN start IS NOT NULL AS found, [n IN members WHERE n IS NOT NULL | ${NODE('n')}] AS nodes, edges, truncated`;
}

/**
 * The start node, then the nearest nodes level by level (by hops, then id), at most `limit`, and
 * every relationship among them. Edges are found from each member's outgoing relationships only,
 * so an edge is seen once and hubs (countries, publishers) are never expanded on their incoming side.
 * `fullClearance`: the caller sees every marking, so no node is checked (the statement from before markings).
 * `scanFrom`: the fewest neighbours a level reads id indexes for (SCAN_LEVEL); tests lower it to reach that path on a small graph.
 */
export function neighborhoodStatement(id: string, depth: number, limit: number, maxDepth: number, fullClearance: boolean, scanFrom = SCAN_FROM): Statement {
  const cypher = neighborhoodText(boundedInt(depth, 1, maxDepth), fullClearance);
  return { cypher, params: fullClearance ? { id, limit, scanFrom } : { id, limit } };
}

/** Every shortest path (up to MAX_PATHS) of at most maxHops relationships between the two anchored nodes, in any direction. */
export function pathsStatement(fromId: string, toId: string, maxHops: number, hopsCap: number, fullClearance: boolean): Statement {
  return {
    cypher: `${NODE_BY_ID('fromId', 'a', fullClearance)}
       ${NODE_BY_ID('toId', 'b', fullClearance)}
       WITH a, b, COLLECT {
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         MATCH p = allShortestPaths((a)-[:${GRAPH_RELATIONSHIPS}*..${boundedInt(maxHops, 1, hopsCap)}]-(b))${fullClearance ? '' : `\n         WHERE ${allVisible('nodes(p)')}`}
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
         ${EDGES('r')}
       }
       RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, true AS found, nodes, edges, truncated`,
    params: { fromId, toId },
  };
}

/** Entities claims are about together with the anchored entity: only that entity's claims are read. */
export function coMentionsStatement(entityId: string, limit: number, fullClearance: boolean): Statement {
  return {
    cypher: `MATCH (e:Entity {id: $entityId})
       CALL (e) {
         MATCH (e)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(o:Entity) WHERE o <> e${visibleClause('Claim', 'c', fullClearance, 'AND')}
         WITH o, count(DISTINCT c) AS claims ORDER BY claims DESC, o.name, o.id LIMIT toInteger($limit)
         RETURN collect({entity: ${ENTITY('o')}, claims: claims}) AS rows
       }
       RETURN rows`,
    params: { entityId, limit },
  };
}

export interface SubgraphRow<N = GraphNode, E = GraphEdge> {
  found: boolean;
  nodes: N[];
  edges: E[];
  truncated: boolean;
}

export class ExploreRepository {
  constructor(private readonly executor: Executor) {}

  /** The caller sees every marking: statements without the per-node checks. */
  private get fullClearance(): boolean {
    return seesEverything(this.executor.clearance);
  }

  async neighborhood(id: string, depth: number, limit: number, maxDepth: number): Promise<SubgraphRow> {
    const { cypher, params } = neighborhoodStatement(id, depth, limit, maxDepth, this.fullClearance);
    const [row] = await this.executor.read<SubgraphRow<NodeRow, EdgeRow>>(cypher, params);
    return subgraph(row);
  }

  /** Empty (not truncated) when the two nodes are not connected within maxHops. */
  async paths(fromId: string, toId: string, maxHops: number, hopsCap: number): Promise<SubgraphRow & { fromFound: boolean; toFound: boolean }> {
    const { cypher, params } = pathsStatement(fromId, toId, maxHops, hopsCap, this.fullClearance);
    const [row] = await this.executor.read<SubgraphRow<NodeRow, EdgeRow> & { fromFound: boolean; toFound: boolean }>(cypher, params);
    return subgraph(row);
  }

  /** Most shared claims first; null when the entity is unknown. */
  async coMentions(entityId: string, limit: number): Promise<{ entity: EntityRecord; claims: number }[] | null> {
    const { cypher, params } = coMentionsStatement(entityId, limit, this.fullClearance);
    const [row] = await this.executor.read<{ rows: { entity: EntityRecord; claims: number }[] }>(cypher, params);
    return row ? row.rows : null;
  }
}
