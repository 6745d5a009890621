import { Executor, Statement } from '../../db/executor';
import { groupByKey, KeyedRow } from '../../db/batch';
import { asOfParams, knownBy } from '../shared/as-of';
import { CLAIM } from '../shared/projections';
import { viewIds } from '../shared/ids';
import { visible } from '../shared/visibility';
import { ANY_STANCE, ClaimLink, ClaimRelation, ClaimStance, STANCE_TYPES } from './claim-relation.type';

/** One fixed statement per stance: the relationship type comes from STANCE_TYPES, never from input text. */
const LINK: Readonly<Record<ClaimStance, string>> = Object.fromEntries(
  Object.values(ClaimStance).map((stance) => [
    stance,
    `MATCH (a:Claim {id: $from}) WHERE ${visible('Claim', 'a')} MATCH (b:Claim {id: $to}) WHERE ${visible('Claim', 'b')}
     MERGE (a)-[r:${STANCE_TYPES[stance]}]->(b)
     ON CREATE SET r.linkedAt = datetime()
     SET r.reason = $reason, r.linkedBy = $linkedBy
     RETURN {from: ${CLAIM('a')}, to: ${CLAIM('b')}, stance: type(r), reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} AS link,
            [coalesce(a.markingRank, 0), coalesce(b.markingRank, 0)] AS markingRanks`,
  ]),
) as Record<ClaimStance, string>;

/** Links of a batch of claims in both directions, from each claim by its id. */
export function relationsStatement(claimIds: readonly string[], asOf?: string): Statement {
  return {
    // The subquery keeps the claim found by id as the start, whatever the link counts suggest to the planner.
    cypher: `UNWIND $keys AS key MATCH (c:Claim {id: key}) WHERE ${visible('Claim', 'c')}
CALL (c) { MATCH (c)-[r:${ANY_STANCE}]-(o:Claim) WHERE ${visible('Claim', 'o')}${asOf ? ` AND ${knownBy('r.linkedAt')}` : ''} RETURN r, o }
WITH key, c, r, o ORDER BY type(r), o.id
RETURN key, {stance: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
             claim: ${CLAIM('o')}, reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} AS value`,
    params: { keys: [...claimIds], ...asOfParams(asOf) },
  };
}

export class ClaimRelationRepository {
  constructor(
    private readonly executor: Executor,
    /** ISO instant: links made by then (README "As-of queries"). */
    private readonly asOf?: string,
  ) {}

  /** Idempotent per (from, to, stance): linking again keeps linkedAt and updates reason and linkedBy. Null when a claim is missing. */
  /** With the higher marking rank of the two claims (for the live feed). */
  async link(from: string, to: string, stance: ClaimStance, reason: string, linkedBy: string | null): Promise<(ClaimLink & { markingRank: number }) | null> {
    const [row] = await this.executor.write<{ link: Omit<ClaimLink, 'id'>; markingRanks: number[] }>(LINK[stance], { from, to, reason, linkedBy });
    return row ? { ...row.link, id: viewIds.claimLink(row.link.from.id, row.link.stance, row.link.to.id), markingRank: Math.max(...row.markingRanks) } : null;
  }

  async missingClaims(ids: string[]): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>(
      `UNWIND $ids AS id WITH id WHERE NOT EXISTS { (c:Claim {id: id}) WHERE ${visible('Claim', 'c')} } RETURN id`,
      { ids },
    );
    return rows.map((r) => r.id);
  }

  /** One list per claim id, in the order asked. */
  async relationsOf(claimIds: readonly string[]): Promise<ClaimRelation[][]> {
    const { cypher, params } = relationsStatement(claimIds, this.asOf);
    const rows = await this.executor.read<KeyedRow<Omit<ClaimRelation, 'id'>>>(cypher, params);
    const withIds = rows.map(({ key, value }) => ({ key, value: { ...value, id: viewIds.claimRelation(key, value.direction, value.stance, value.claim.id) } }));
    return groupByKey(claimIds, withIds);
  }
}
