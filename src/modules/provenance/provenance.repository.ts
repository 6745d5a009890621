import { Executor, Statement } from '../../db/executor';
import { groupByKey, KeyedRow } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { CURRENT_CITATION_GRADE, CURRENT_SOURCE_GRADE } from '../grading/grading.repository';
import { CitationGrade, SourceGrade } from '../grading/grading.type';
import { asOfParams, knownBy } from '../shared/as-of';
import { CLAIM, ENTITY, nodeProjection } from '../shared/projections';
import { Source } from '../source/source.type';
import { MarkedKind, seesEverything, visible, where } from '../shared/visibility';
import { Story } from '../story/story.type';
import { ANY_STANCE, ClaimRelation } from './claim-relation.type';

/**
 * DERIVED_FROM hops followed from a cited source. Real reporting chains are a handful of hops; the
 * bound keeps a pathological chain from turning one request into a walk over the whole graph.
 * Sources further away are left out, and so are the edges leading to them.
 */
export const MAX_DERIVATION_HOPS = 25;

/**
 * Rounds of peeling a chain from its leaves (origins-only answers): a source this many derivations above
 * every leaf or more is not peeled and goes out whole, as if in a cycle: a bigger answer, never a wrong one.
 * The statement's comment spells the number out: change both.
 */
const PEEL_ROUNDS = 8;

const RELATIONS = (
  fullClearance: boolean,
  asOf?: string,
) => `COLLECT { MATCH (c)-[r:${ANY_STANCE}]-(o:Claim)${where(!fullClearance && visible('Claim', 'o'), asOf && knownBy('r.linkedAt'))} WITH r, o ORDER BY type(r), o.id
            RETURN {stance: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
                    claim: ${CLAIM('o')}, reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} }`;

/** Everything the chain analysis and the assessment of one claim need, as plain values. */
export interface ProvenanceRecord {
  claim: Claim;
  story: Story | null;
  citations: { claimId: string; sourceId: string; quote: string | null; credibility: CitationGrade | null }[];
  /** Cited sources and every source reached from them through DERIVED_FROM. */
  sources: { source: Source; publisher: EntityRecord | null; reliability: SourceGrade | null }[];
  derivations: { from: string; to: string }[];
  speakers: EntityRecord[];
  /** SUPPORTS / CONTRADICTS / REPEATS links in both directions: corroboration and assessment need them. */
  relations: Omit<ClaimRelation, 'id'>[];
  /** Sources of the chain (and, with the relations part, linked claims) above the caller's clearance: left out of everything above, only counted. */
  withheld: number;
}

/** Optional parts of a record: each costs subqueries, and only some questions need them. */
export interface ProvenanceParts {
  /** Current citation credibility and source reliability (the assessment). */
  grades: boolean;
  /** SUPPORTS / CONTRADICTS / REPEATS links (corroboration's lists, the assessment). */
  relations: boolean;
  /** Who the claim is attributed to (provenance.speakers). */
  speakers: boolean;
  /** The claim's story (provenance.story): false not read, else the properties read of it (absent: all). */
  story?: false | readonly string[];
  /**
   * The properties read of the chain's sources and of their publishers (NODE_FIELDS names); absent: all.
   * A chain of eight sources with every property of each and of its publisher was most of the statement's
   * db hits and bytes when the client shows ids and titles.
   */
  sourceFields?: readonly string[];
  publisherFields?: readonly string[];
  /** The properties read of the claim itself (its id always); absent: all. Corroboration's counts need only its id. */
  claimFields?: readonly string[];
  /** Publishers of the cited sources only (corroboration's list), not of every source the chain reaches. */
  citedPublishersOnly?: boolean;
  /**
   * Source properties beyond the id only for sources that may be origins (corroboration shows no other source):
   * those deriving from no source of the chain, and those that may lie in a cycle (a cycle with no exit is an
   * origin group). The rest, the sources a chain leads through, are sent as their id.
   */
  originFieldsOnly?: boolean;
}

export const ALL_PARTS: ProvenanceParts = { grades: true, relations: true, speakers: true };

/** The loader key of a combination of parts: requests asking for the same parts share one batch. */
export const partsKey = (parts: ProvenanceParts) =>
  `${+parts.grades}${+parts.relations}${+parts.speakers}|${parts.story === false ? '-' : (parts.story?.join(',') ?? '*')}|${parts.sourceFields?.join(',') ?? '*'}|${parts.publisherFields?.join(',') ?? '*'}|${parts.claimFields?.join(',') ?? '*'}|${+!!parts.citedPublishersOnly}${+!!parts.originFieldsOnly}`;

const only = (fields: readonly string[] | undefined) => fields && ((field: string) => fields.includes(field));

/**
 * The chain of a batch of claims in ONE query, each claim by its id: ANY SHORTEST finds each source
 * reachable through DERIVED_FROM once (breadth first, so cycles terminate), then each source's
 * DERIVED_FROM edges into the chain are read as positions in the sorted source list (one expansion
 * per source, no ids repeated per edge), with the claim's links, so provenance, corroboration and
 * assessment are one round trip. Citations are read unsorted and listed in the order of their sources'
 * positions (the chain's order, by title then id, the order they had when each was sorted by its source's
 * title and id: those two property reads per citation were most of what the statement read above the
 * hand-written peer's). Depths, cycles and origins are worked out by analyseChain: Tarjan
 * on a handful of sources costs microseconds in Node, where Cypher has no loop to find components.
 */
export function provenanceStatement(claimIds: readonly string[], parts: ProvenanceParts = ALL_PARTS, asOf?: string, fullClearance = false): Statement {
  const checked = (kind: MarkedKind, alias: string) => !fullClearance && visible(kind, alias);
  return {
    cypher: `UNWIND $keys AS key MATCH (c:Claim {id: key})${where(checked('Claim', 'c'), asOf && knownBy('coalesce(c.ingestedAt, COLLECT { MATCH (st:Story)-[:HAS_CLAIM]->(c) RETURN st.ingestedAt }[0])'))}
WITH key, c,
  ${parts.story === false ? 'null' : `COLLECT { MATCH (st:Story)-[:HAS_CLAIM]->(c)${where(checked('Story', 'st'))} RETURN ${nodeProjection('Story', 'st', only(parts.story))} }[0]`} AS story,
  COLLECT { MATCH (c)-[r:CITES]->(src:Source)${where(checked('Source', 'src'))}
            RETURN [src, r.quote${parts.grades ? `, ${CURRENT_CITATION_GRADE('c', 'src', asOf)}` : ''}] } AS citations,
  COLLECT { MATCH ANY SHORTEST (c)-[:CITES]->(:Source)-[:DERIVED_FROM]->{0,${MAX_DERIVATION_HOPS}}(x:Source) RETURN DISTINCT x } AS reached,
  ${parts.relations && !fullClearance ? `COUNT { MATCH (c)-[r:${ANY_STANCE}]-(o:Claim) WHERE NOT ${visible('Claim', 'o')}${asOf ? ` AND ${knownBy('r.linkedAt')}` : ''} }` : '0'} AS hiddenLinks,
  ${parts.speakers ? `COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(e:Entity) WITH e ORDER BY e.name RETURN ${ENTITY('e')} }` : '[]'} AS speakers,
  ${parts.relations ? RELATIONS(fullClearance, asOf) : '[]'} AS relations
${
  fullClearance
    ? 'WITH key, c, story, citations, speakers, relations, reached AS chain, hiddenLinks AS withheld'
    : `// A visible claim's marking is at least that of every source in its chain, so nothing is hidden here
// unless markings were changed outside setMarking; should that happen, such sources are withheld too.
WITH key, c, story, citations, speakers, relations, [x IN reached WHERE ${visible('Source', 'x')}] AS chain,
  hiddenLinks + size([x IN reached WHERE NOT ${visible('Source', 'x')}]) AS withheld`
}
CALL (chain) {
  UNWIND chain AS x
  WITH x, ${nodeProjection('Source', 'x', only(parts.sourceFields))} AS source ORDER BY source.title, source.id
  RETURN collect(x) AS sorted, collect(source) AS projected
}
CALL (sorted, projected${parts.citedPublishersOnly ? ', citations' : ''}) {
  UNWIND range(0, size(sorted) - 1) AS at
  WITH sorted, sorted[at] AS x, projected[at] AS source
  WITH sorted, x, source, [(x)-[:DERIVED_FROM]->(b) | b] AS out
  RETURN collect([source,
                  ${parts.citedPublishersOnly ? 'CASE WHEN any(ct IN citations WHERE ct[0] = x) THEN ' : ''}COLLECT { MATCH (x)-[:PUBLISHED_BY]->(o:Organization) RETURN ${nodeProjection('Entity', 'o', only(parts.publisherFields))} }[0]${parts.citedPublishersOnly ? ' END' : ''},
                  [i IN range(0, size(sorted) - 1) WHERE sorted[i] IN out]${parts.grades ? `, ${CURRENT_SOURCE_GRADE('x', asOf)}` : ''}]) AS sources
}
${
  parts.originFieldsOnly
    ? `// Peeled from the leaves (eight rounds at most): a source all of whose chain sources are peeled is in no cycle, so not an origin.
WITH *, reduce(peeled = [at IN range(0, size(sources) - 1) WHERE size(sources[at][2]) = 0], round IN range(1, ${PEEL_ROUNDS}) |
  peeled + [at IN range(0, size(sources) - 1) WHERE NOT at IN peeled AND all(to IN sources[at][2] WHERE to IN peeled)]) AS acyclic
WITH key, c, story, citations, sorted, speakers, relations, withheld,
  [at IN range(0, size(sources) - 1) | CASE WHEN size(sources[at][2]) = 0 OR NOT at IN acyclic THEN sources[at] ELSE [{id: sources[at][0].id}] + sources[at][1..] END] AS sources
`
    : ''
}RETURN key, {claim: ${nodeProjection('Claim', 'c', only(parts.claimFields))}, story: story, citations: reduce(cs = [], i IN range(0, size(sorted) - 1) | cs + [ct IN citations WHERE ct[0] = sorted[i] | [i] + ct[1..]]), sources: sources, speakers: speakers, relations: relations, withheld: withheld} AS value`,
    params: { keys: [...claimIds], ...asOfParams(asOf) },
  };
}

/** A citation as the statement returns it: the cited source's position in the source list, the quote, the current grade when asked for. */
type CitationRow = [source: number, quote: string | null, credibility?: CitationGrade | null];
/** A chain source: its properties, its publisher, the positions (in this list) of the sources it derives from, its grade when asked for. */
type SourceRow = [source: Source, publisher: EntityRecord | null, derivesFrom: number[], reliability?: SourceGrade | null];
type ChainRow = Omit<ProvenanceRecord, 'citations' | 'sources' | 'derivations'> & { citations: CitationRow[]; sources: SourceRow[] };

/**
 * Citations and edges come back as positions in the source list rather than ids (a cited source is always
 * in the chain: zero hops): a chain's ids, repeated in every edge and citation, were most of its bytes.
 */
function recordOf(row: ChainRow): ProvenanceRecord {
  const sources = row.sources.map(([source, publisher, , reliability]) => ({ source, publisher, reliability: reliability ?? null }));
  return {
    ...row,
    citations: row.citations.map(([at, quote, credibility]) => ({
      claimId: row.claim.id,
      sourceId: sources[at].source.id,
      quote,
      credibility: credibility ?? null,
    })),
    sources,
    derivations: row.sources.flatMap(([from, , derivesFrom]) => derivesFrom.map((to) => ({ from: from.id, to: sources[to].source.id }))),
  };
}

export class ProvenanceRepository {
  constructor(
    private readonly executor: Executor,
    /** ISO instant: grades and links as they stood then (README "As-of queries"). */
    private readonly asOf?: string,
  ) {}

  /** One record per claim id, in the order asked; null for an unknown claim. */
  async records(claimIds: readonly string[], parts: ProvenanceParts = ALL_PARTS): Promise<(ProvenanceRecord | null)[]> {
    const { cypher, params } = provenanceStatement(claimIds, parts, this.asOf, seesEverything(this.executor.clearance));
    const rows = await this.executor.read<KeyedRow<ChainRow>>(cypher, params);
    return groupByKey(claimIds, rows).map((values) => (values[0] ? recordOf(values[0]) : null));
  }
}
