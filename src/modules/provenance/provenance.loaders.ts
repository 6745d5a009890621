import { Executor } from '../../db/executor';
import { listLoader, oneLoader } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { CURRENT_CITATION_GRADE, CURRENT_SOURCE_GRADE } from '../grading/grading.cypher';
import { CitationGrade, SourceGrade } from '../grading/grading.type';
import { CLAIM, ENTITY, SOURCE, STORY } from '../shared/projections';
import { Source } from '../source/source.type';
import { Story } from '../story/story.type';
import { ANY_STANCE, ClaimRelation } from './claim-relation.type';

/** Everything the chain analysis and the assessment of one claim need, as plain values. */
export interface ProvenanceRecord {
  claim: Claim;
  story: Story | null;
  citations: { claimId: string; sourceId: string; quote: string | null; credibility: CitationGrade | null }[];
  /** Cited sources and every source reached from them through DERIVED_FROM. */
  sources: { source: Source; publisher: EntityRecord | null; reliability: SourceGrade | null }[];
  derivations: { from: string; to: string }[];
  speakers: EntityRecord[];
}

/**
 * The chain of a batch of claims in ONE query, whatever its length: ANY SHORTEST finds each source
 * reachable through DERIVED_FROM once (breadth first, so cycles terminate), then the edges among
 * them are collected. Depths, cycles and origins are worked out by analyseChain.
 */
const PROVENANCE = `
  UNWIND $keys AS key MATCH (c:Claim {id: key})
  WITH key, c,
    COLLECT { MATCH (st:Story)-[:HAS_CLAIM]->(c) RETURN ${STORY('st')} }[0] AS story,
    COLLECT { MATCH (c)-[r:CITES]->(src:Source) WITH r, src ORDER BY src.title, src.id
              RETURN {claimId: c.id, sourceId: src.id, quote: r.quote, credibility: ${CURRENT_CITATION_GRADE('c', 'src')}} } AS citations,
    COLLECT { MATCH ANY SHORTEST (c)-[:CITES]->(:Source)-[:DERIVED_FROM]->*(x:Source) RETURN DISTINCT x } AS chain,
    COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(e:Entity) WITH e ORDER BY e.name RETURN ${ENTITY('e')} } AS speakers
  CALL (chain) {
    UNWIND chain AS x
    WITH x ORDER BY x.title, x.id
    RETURN collect({source: ${SOURCE('x')}, reliability: ${CURRENT_SOURCE_GRADE('x')},
                    publisher: COLLECT { MATCH (x)-[:PUBLISHED_BY]->(o:Organization) RETURN ${ENTITY('o')} }[0]}) AS sources
  }
  CALL (chain) {
    UNWIND chain AS a MATCH (a)-[:DERIVED_FROM]->(b:Source)
    RETURN collect({from: a.id, to: b.id}) AS derivations
  }
  RETURN key, {claim: ${CLAIM('c')}, story: story, citations: citations, sources: sources, derivations: derivations, speakers: speakers} AS value`;

const RELATIONS = `
  UNWIND $keys AS key MATCH (c:Claim {id: key})-[r:${ANY_STANCE}]-(o:Claim)
  WITH key, c, r, o ORDER BY type(r), o.id
  RETURN key, {stance: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
               claim: ${CLAIM('o')}, reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} AS value`;

export function provenanceLoaders(executor: Executor) {
  return {
    provenanceOfClaim: oneLoader<ProvenanceRecord>(executor, PROVENANCE),
    relationsOfClaim: listLoader<ClaimRelation>(executor, RELATIONS),
  };
}
