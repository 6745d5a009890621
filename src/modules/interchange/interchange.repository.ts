import { Executor, Statement } from '../../db/executor';
import { claimScope } from '../claim/claim.scope';
import { STANCE_TYPES } from '../provenance/claim-relation.type';
import { MAX_DERIVATION_HOPS } from '../provenance/provenance.repository';
import { EXPORTED_EDGE_TYPES, ExportScope, GraphEdge, GraphNode, Subgraph } from './interchange.graph';
import { WritePlan } from '../story/story.plan';
import { retryingCreateRaces, WriteCounts, writeStories } from '../story/story.write.repository';
import { applyToTallies, trackPages } from '../marking/marking.tally';
import { ImportExtras } from './stix/stix-to-graph';

/** A node is readable when its marking is at most the caller's clearance (no marking reads as TLP:CLEAR, rank 0). */
const VISIBLE = (n: string) => `coalesce(${n}.markingRank, 0) <= $clearance`;

/** Ids of the stories an export holds, readable with `clearance`. */
export function selectStories(scope: ExportScope, clearance: number): Statement {
  const parts: string[] = [];
  const params: Record<string, unknown> = { clearance };
  if (scope.storyIds?.length) {
    parts.push(`UNWIND $storyIds AS id MATCH (s:Story {id: id}) WHERE ${VISIBLE('s')} RETURN s.id AS id`);
    params.storyIds = scope.storyIds;
  }
  if (scope.filter && Object.values(scope.filter).some((v) => v !== undefined && v !== null)) {
    const scoped = claimScope(scope.filter);
    parts.push(`${scoped.cypher}\nWITH s, c WHERE ${VISIBLE('s')} AND ${VISIBLE('c')} RETURN DISTINCT s.id AS id`);
    Object.assign(params, scoped.params);
  }
  if (!parts.length) parts.push(`MATCH (s:Story) WHERE ${VISIBLE('s')} RETURN s.id AS id`);
  return { cypher: `CALL () { ${parts.join('\nUNION\n')} } RETURN id ORDER BY id`, params };
}

/**
 * Everything the stories carry with their provenance, readable with `clearance`: claims, the sources
 * they and the stories cite with the sources those derive from (one shortest path each, up to the
 * provenance module's hop limit, so a dense derivation graph cannot multiply paths), publishers, the entities mentioned
 * or claimed about and the countries they are tied to, topics, grades. One row per node with its
 * outgoing edges of the exported types; edges to nodes outside the set are dropped by the caller.
 */
export function readNeighbourhood(storyIds: string[], clearance: number): Statement {
  return {
    cypher: `MATCH (s:Story) WHERE s.id IN $storyIds
WITH collect(s) AS stories
WITH stories, COLLECT { UNWIND stories AS s MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE ${VISIBLE('c')} RETURN c } AS claims
WITH stories, claims, COLLECT {
    UNWIND stories AS s MATCH (s)-[:BASED_ON]->(x:Source) WHERE ${VISIBLE('x')} RETURN x
    UNION UNWIND claims AS c MATCH (c)-[:CITES]->(x:Source) WHERE ${VISIBLE('x')} RETURN x
  } AS used
WITH stories, claims, COLLECT {
    UNWIND used AS x MATCH ANY SHORTEST (x)-[:DERIVED_FROM]->{0,${MAX_DERIVATION_HOPS}}(y:Source) WHERE ${VISIBLE('y')} RETURN DISTINCT y
  } AS sources
WITH stories, claims, sources, COLLECT {
    UNWIND stories AS s MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e
    UNION UNWIND claims AS c MATCH (c)-[:ABOUT|ATTRIBUTED_TO]->(e:Entity) RETURN e
    UNION UNWIND sources AS x MATCH (x)-[:PUBLISHED_BY]->(e:Entity) RETURN e
  } AS named
WITH stories, claims, sources, named,
  COLLECT { UNWIND named AS e MATCH (e)-[:OF_COUNTRY|REPRESENTS|LOCATED_IN|AFFILIATED_WITH|HELD_ROLE]->(k:Country) RETURN DISTINCT k } AS places,
  COLLECT { UNWIND stories AS s MATCH (s)-[:TAGGED]->(t:Topic) RETURN DISTINCT t } AS topics,
  COLLECT {
    UNWIND sources AS x MATCH (x)-[:HAS_GRADE]->(g:SourceGrade) RETURN g
    UNION UNWIND claims AS c MATCH (c)-[:HAS_CITATION_GRADE]->(g:CitationGrade) RETURN g
  } AS grades
UNWIND stories + claims + sources + named + places + topics + grades AS n
WITH DISTINCT n
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
  [(n)-[r]->(m) WHERE type(r) IN $edgeTypes | {type: type(r), end: m.id, properties: properties(r)}] AS edges
ORDER BY id`,
    params: { storyIds, clearance, edgeTypes: [...EXPORTED_EDGE_TYPES] },
  };
}

/** Stories with a claim, a cited source or a source they are based on above `clearance`: their export is not the whole story. */
export function partialStories(storyIds: string[], clearance: number): Statement {
  return {
    cypher: `UNWIND $storyIds AS id MATCH (s:Story {id: id})
WHERE EXISTS { MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE NOT ${VISIBLE('c')} }
   OR EXISTS { MATCH (s)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(x:Source) WHERE ${VISIBLE('c')} AND NOT ${VISIBLE('x')} }
   OR EXISTS { MATCH (s)-[:BASED_ON]->(x:Source) WHERE NOT ${VISIBLE('x')} }
RETURN s.id AS id ORDER BY id`,
    params: { storyIds, clearance },
  };
}

/** What the graph holds of these stories that a write plan would prune: claims, citations, sources they are based on. */
export function storyContents(storyIds: string[]): Statement {
  return {
    cypher: `UNWIND $storyIds AS id MATCH (s:Story {id: id})
RETURN s.id AS id, [(s)-[:HAS_CLAIM]->(c:Claim) | c.id] AS claims,
  [(s)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(x:Source) | c.id + ' cites ' + x.id] AS citations,
  [(s)-[:BASED_ON]->(x:Source) | x.id] AS basedOn`,
    params: { storyIds },
  };
}

/** Keeps the edges whose both ends are in the set, in a stable order. */
function closeEdges(rows: (GraphNode & { edges: Omit<GraphEdge, 'start'>[] })[]): Subgraph {
  const ids = new Set(rows.map((r) => r.id));
  const nodes = rows.map(({ id, labels, properties }) => ({ id, labels: [...labels].sort(), properties }));
  const edges = rows
    .flatMap((r) => r.edges.filter((e) => ids.has(e.end)).map((e) => ({ type: e.type, start: r.id, end: e.end, properties: e.properties })))
    .sort((a, b) => `${a.start}|${a.type}|${a.end}`.localeCompare(`${b.start}|${b.type}|${b.end}`));
  return { nodes, edges };
}

/** The Cypher of export and import; the STIX, GraphML and bulk files are written from what it reads. */
export class InterchangeRepository {
  constructor(private readonly executor: Executor) {}

  async readSubgraph(scope: ExportScope, clearance: number): Promise<Subgraph> {
    const select = selectStories(scope, clearance);
    const storyIds = (await this.executor.read<{ id: string }>(select.cypher, select.params)).map((r) => r.id);
    if (!storyIds.length) return { nodes: [], edges: [] };
    const read = readNeighbourhood(storyIds, clearance);
    const graph = closeEdges(await this.executor.read<GraphNode & { edges: Omit<GraphEdge, 'start'>[] }>(read.cypher, read.params));
    const partial = partialStories(storyIds, clearance);
    return { ...graph, partial: (await this.executor.read<{ id: string }>(partial.cypher, partial.params)).map((r) => r.id) };
  }

  /** Per story id found in the graph: its claim ids, citations ("claim cites source") and basedOn source ids. */
  async storyContents(storyIds: string[]): Promise<{ id: string; claims: string[]; citations: string[]; basedOn: string[] }[]> {
    if (!storyIds.length) return [];
    const { cypher, params } = storyContents(storyIds);
    return this.executor.read(cypher, params);
  }

  /**
   * An import in ONE transaction: the stories through the story writer (the ids, checks and merges
   * of ingest), then what it does not cover. All or nothing; replaying it changes nothing.
   */
  async writeImport(plans: WritePlan[], extras: ImportExtras): Promise<WriteCounts[]> {
    return retryingCreateRaces(() =>
      this.executor.writeTx(async (tx) => {
        const counts = plans.length ? await writeStories(tx, plans) : [];
        const pages = await trackPages(tx, { storyIds: [], claimIds: [], ties: extras.ties });
        for (const s of extrasStatements(extras))
          if (Object.values(s.params ?? {}).every((v) => !Array.isArray(v) || v.length > 0)) await tx.run(s.cypher, s.params);
        await applyToTallies(tx, await pages.settle());
        return counts;
      }),
    );
  }
}

/** The only labels and properties restored, and the only claim-link types. */
const MARKED_LABELS = ['Story', 'Claim', 'Source'] as const;
const TIMES = [
  { label: 'Story', property: 'ingestedAt' },
  { label: 'Claim', property: 'ingestedAt' },
  { label: 'Source', property: 'firstSeenAt' },
  { label: 'Entity', property: 'firstSeenAt' },
] as const;
const LINK_TYPES = Object.values(STANCE_TYPES);
const TIE_TYPES = ['OF_COUNTRY', 'REPRESENTS', 'LOCATED_IN', 'AFFILIATED_WITH'] as const;

/**
 * What a story input cannot say: first ingestion and sighting times (the earlier of the graph's and
 * the bundle's), who set a marking by hand (own markings travel in the inputs; effective ones are
 * the story writer's propagation, never lowered here), alias keys (only ever added to), every tie
 * and publisher, grades with their original time and author, claim links. Grades and links are
 * created once (MERGE on their ids or ends) and never rewritten.
 */
export function extrasStatements(extras: ImportExtras): Statement[] {
  return [
    ...TIMES.map(({ label, property }) => ({
      cypher: `UNWIND $rows AS r MATCH (n:${label} {id: r.id})
        WITH n, datetime(r.at) AS at WHERE n.${property} IS NULL OR at < n.${property}
        SET n.${property} = at`,
      params: { rows: extras.times.filter((t) => t.label === label) },
    })),
    ...MARKED_LABELS.map((label) => ({
      cypher: `UNWIND $rows AS r MATCH (n:${label} {id: r.id}) WHERE n.markingSetBy IS NULL
        SET n.markingSetBy = r.setBy, n.markingSetAt = CASE WHEN r.setAt IS NULL THEN null ELSE datetime(r.setAt) END`,
      params: { rows: extras.markingsSetBy.filter((m) => m.label === label) },
    })),
    {
      cypher: `UNWIND $rows AS r MATCH (e:Entity {id: r.id})
        WITH e, r, [a IN r.aliases WHERE NOT a IN coalesce(e.aliases, [])] AS aliases, [k IN r.aliasKeys WHERE NOT k IN coalesce(e.aliasKeys, [])] AS keys
        WHERE size(aliases) > 0 OR size(keys) > 0
        SET e.aliases = coalesce(e.aliases, []) + aliases, e.aliasKeys = coalesce(e.aliasKeys, []) + keys`,
      params: { rows: extras.entityKeys },
    },
    ...TIE_TYPES.map((type) => ({
      cypher: `UNWIND $rows AS r MATCH (e:Entity {id: r.entityId}) MATCH (k:Entity {id: r.countryId}) WHERE k:Country MERGE (e)-[:${type}]->(k)`,
      params: { rows: extras.ties.filter((t) => t.relation === type) },
    })),
    {
      cypher: `UNWIND $rows AS r MATCH (s:Source {id: r.sourceId}) MATCH (o:Entity {id: r.organizationId}) WHERE o:Organization MERGE (s)-[:PUBLISHED_BY]->(o)`,
      params: { rows: extras.publishedBy },
    },
    {
      cypher: `UNWIND $rows AS r MATCH (src:Source {id: r.sourceId})
        MERGE (g:Grade:SourceGrade {id: r.id})
        ON CREATE SET g.value = r.value, g.gradedBy = r.gradedBy, g.gradedAt = datetime(r.gradedAt), g.note = r.note, g.seq = r.seq
        MERGE (src)-[:HAS_GRADE]->(g)`,
      params: { rows: extras.sourceGrades },
    },
    {
      cypher: `UNWIND $rows AS r MATCH (c:Claim {id: r.claimId})
        MERGE (g:Grade:CitationGrade {id: r.id})
        ON CREATE SET g.claimId = r.claimId, g.sourceId = r.sourceId, g.value = r.value, g.gradedBy = r.gradedBy,
          g.gradedAt = datetime(r.gradedAt), g.note = r.note, g.seq = r.seq
        MERGE (c)-[:HAS_CITATION_GRADE]->(g)`,
      params: { rows: extras.citationGrades },
    },
    ...LINK_TYPES.map((type) => ({
      cypher: `UNWIND $rows AS r MATCH (a:Claim {id: r.from}) MATCH (b:Claim {id: r.to})
        MERGE (a)-[l:${type}]->(b)
        ON CREATE SET l.linkedAt = datetime(coalesce(r.linkedAt, toString(datetime()))), l.linkedBy = r.linkedBy, l.reason = r.reason`,
      params: { rows: extras.links.filter((l) => l.type === type) },
    })),
  ];
}
