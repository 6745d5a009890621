import { Statement } from '../../db/executor';
import { rankOf } from '../shared/marking-rank';

/**
 * Effective markings (`markingRank`) after own markings (`marking`) changed, as statements of the
 * transaction that changed them. Rules: a story's is its own; a source's is the highest own marking
 * of itself and every source it DERIVED_FROM, transitively; a claim's is the highest of its own, its
 * story's and the effective markings of the sources it cites. Each statement writes a node only
 * when its rank really changes (an absent rank reads as 0), so a replay writes and locks nothing.
 */

export function rankStories(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
      MATCH (s:Story {id: id})
      WITH s, ${rankOf('s.marking')} AS rank
      WITH s, rank, coalesce(s.markingRank, 0) AS old WHERE old <> rank
      SET s.markingRank = rank
      RETURN s.id AS id, old, rank`,
    params: { ids },
  };
}

/** The sources named (`upstream`: false) or every source deriving from them (true); returns the ids whose rank changed. */
export function rankSources(ids: string[], upstream: boolean): Statement {
  const match = upstream ? 'MATCH (x:Source)-[:DERIVED_FROM*1..]->(:Source {id: id})' : 'MATCH (x:Source {id: id})';
  return {
    cypher: `UNWIND $ids AS id
      ${match}
      WITH DISTINCT x
      CALL (x) { MATCH (x)-[:DERIVED_FROM*0..]->(y:Source) RETURN max(${rankOf('y.marking')}) AS rank }
      WITH x, rank WHERE coalesce(x.markingRank, 0) <> rank
      SET x.markingRank = rank
      RETURN x.id AS id`,
    params: { ids },
  };
}

/** The claims named and every claim citing one of `sourceIds`; returns those whose rank changed, with the rank they had and have. */
export function rankClaims(claimIds: string[], sourceIds: string[]): Statement {
  return {
    cypher: `CALL () {
        UNWIND $claimIds AS id MATCH (c:Claim {id: id}) RETURN c
        UNION
        UNWIND $sourceIds AS id MATCH (c:Claim)-[:CITES]->(:Source {id: id}) RETURN c
      }
      WITH DISTINCT c
      CALL (c) { OPTIONAL MATCH (s:Story)-[:HAS_CLAIM]->(c) RETURN coalesce(max(${rankOf('s.marking')}), 0) AS story }
      CALL (c) { OPTIONAL MATCH (c)-[:CITES]->(src:Source) RETURN coalesce(max(coalesce(src.markingRank, 0)), 0) AS cited }
      WITH c, reduce(m = ${rankOf('c.marking')}, r IN [story, cited] | CASE WHEN r > m THEN r ELSE m END) AS rank
      WITH c, rank, coalesce(c.markingRank, 0) AS old WHERE old <> rank
      SET c.markingRank = rank
      RETURN c.id AS id, old, rank`,
    params: { claimIds, sourceIds },
  };
}
