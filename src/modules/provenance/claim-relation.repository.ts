import { Executor, Statement } from '../../db/executor';
import { groupByKey, KeyedRow } from '../../db/batch';
import { CLAIM } from '../shared/projections';
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
     RETURN {from: ${CLAIM('a')}, to: ${CLAIM('b')}, stance: type(r), reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} AS link`,
  ]),
) as Record<ClaimStance, string>;

/** Links of a batch of claims in both directions, from each claim by its id. */
export function relationsStatement(claimIds: readonly string[]): Statement {
  return {
    // The subquery keeps the claim found by id as the start, whatever the link counts suggest to the planner.
    cypher: `UNWIND $keys AS key MATCH (c:Claim {id: key}) WHERE ${visible('Claim', 'c')}
CALL (c) { MATCH (c)-[r:${ANY_STANCE}]-(o:Claim) WHERE ${visible('Claim', 'o')} RETURN r, o }
WITH key, c, r, o ORDER BY type(r), o.id
RETURN key, {stance: type(r), direction: CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END,
             claim: ${CLAIM('o')}, reason: r.reason, linkedBy: r.linkedBy, linkedAt: r.linkedAt} AS value`,
    params: { keys: [...claimIds] },
  };
}

export class ClaimRelationRepository {
  constructor(private readonly executor: Executor) {}

  /** Idempotent per (from, to, stance): linking again keeps linkedAt and updates reason and linkedBy. Null when a claim is missing. */
  async link(from: string, to: string, stance: ClaimStance, reason: string, linkedBy: string | null): Promise<ClaimLink | null> {
    const [row] = await this.executor.write<{ link: ClaimLink }>(LINK[stance], { from, to, reason, linkedBy });
    return row?.link ?? null;
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
    const { cypher, params } = relationsStatement(claimIds);
    return groupByKey(claimIds, await this.executor.read<KeyedRow<ClaimRelation>>(cypher, params));
  }
}
