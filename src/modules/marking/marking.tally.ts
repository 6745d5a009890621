import { Statement, WriteTx } from '../../db/executor';
import { COUNTRY_TIES } from '../shared/projections';
import { TLP_LEVELS } from '../shared/tlp';

/**
 * Claim tallies: for every entity, how many claims its page counts at each marking rank, kept in
 * `(:ClaimTally {entityId, ranks: [CLEAR, GREEN, AMBER, AMBER_STRICT, RED]})` (never exported, never
 * walked: no edge leads to it). An entity's page counts the claims ABOUT it; a country's also those
 * about an entity tied to it (its embassy, agencies, office holders), each claim once. A reader's
 * total is then the sum of the ranks up to their clearance: one index seek, however many claims.
 *
 * Every write that changes what a page counts keeps the tallies in its own transaction: story
 * writes (ingest, batches, imports: claims created, re-linked or pruned, new ties) through
 * trackClaimPages, and effective-rank changes (ingest's and setMarking's propagation) through
 * retallyRanks. Only non-zero differences are written, so a replay writes (and locks) nothing.
 */
const RANKS = TLP_LEVELS.length;

/** One claim's part in the tallies: its effective rank and the entities whose page counts it. */
export interface ClaimPages {
  id: string;
  rank: number;
  pages: string[];
}

/** The pages that count each claim: entities it is ABOUT, and the countries those are tied to. */
export function claimPagesOf(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
      MATCH (c:Claim {id: id})
      RETURN c.id AS id, coalesce(c.markingRank, 0) AS rank,
        COLLECT { MATCH (c)-[:ABOUT]->(x:Entity) RETURN x.id AS page
          UNION MATCH (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}]->(k:Country) RETURN k.id AS page } AS pages`,
    params: { ids },
  };
}

/**
 * Claims whose pages a story write may change, read before it: those the stories have now (pruned
 * or re-linked), those it names, and those about an entity that gains its first tie to a country
 * (which then counts them; ties are only ever added).
 */
export function claimsTouchedBy(write: { storyIds: string[]; claimIds: string[]; ties: { entityId: string; countryId: string }[] }): Statement {
  return {
    cypher: `CALL () {
        UNWIND $storyIds AS id MATCH (:Story {id: id})-[:HAS_CLAIM]->(c:Claim) RETURN c.id AS id
        UNION UNWIND $claimIds AS id RETURN id
        UNION UNWIND $ties AS t MATCH (e:Entity {id: t.entityId})
          WHERE NOT EXISTS { (e)-[:${COUNTRY_TIES}]->(:Country {id: t.countryId}) }
          MATCH (c:Claim)-[:ABOUT]->(e) RETURN c.id AS id
      }
      RETURN DISTINCT id`,
    params: write,
  };
}

/** Per entity, after minus before, by rank; entities whose tally does not change are left out. Sorted by id (lock order). */
export function tallyDelta(before: ClaimPages[], after: ClaimPages[]): { id: string; delta: number[] }[] {
  const deltas = new Map<string, number[]>();
  const add = (claims: ClaimPages[], sign: number) => {
    for (const c of claims) for (const page of c.pages) (deltas.get(page) ?? deltas.set(page, new Array(RANKS).fill(0)).get(page)!)[c.rank] += sign;
  };
  add(before, -1);
  add(after, 1);
  return [...deltas]
    .filter(([, delta]) => delta.some((d) => d !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, delta]) => ({ id, delta }));
}

/**
 * Adds the deltas. The dummy write takes the tally's lock before its value is read, so concurrent
 * writers add up instead of overwriting each other (read-committed isolation).
 */
export function addToTallies(rows: { id: string; delta: number[] }[]): Statement {
  return {
    cypher: `UNWIND $rows AS r
      MERGE (t:ClaimTally {entityId: r.id})
      SET t._lock = true
      WITH t, r
      SET t.ranks = [i IN range(0, ${RANKS - 1}) | coalesce(t.ranks[i], 0) + r.delta[i]]
      REMOVE t._lock`,
    params: { rows },
  };
}

const readPages = async (tx: WriteTx, ids: string[]): Promise<ClaimPages[]> => (ids.length ? tx.run<ClaimPages>(claimPagesOf(ids).cypher, { ids }) : []);

async function apply(tx: WriteTx, before: ClaimPages[], after: ClaimPages[]): Promise<void> {
  const rows = tallyDelta(before, after);
  if (rows.length) await tx.run(addToTallies(rows).cypher, { rows });
}

/**
 * Call before a story write touches anything; `settle()` after its edges are written (before the
 * marking propagation, which retallies rank changes itself). Claims new in the write count from
 * settle at the rank they have then (0 until propagation).
 */
export async function trackClaimPages(tx: WriteTx, write: Parameters<typeof claimsTouchedBy>[0]): Promise<{ settle: () => Promise<void> }> {
  const touched = claimsTouchedBy(write);
  const ids = (await tx.run<{ id: string }>(touched.cypher, touched.params)).map((r) => r.id);
  const before = await readPages(tx, ids);
  return { settle: async () => apply(tx, before, await readPages(tx, ids)) };
}

/** Effective ranks changed (claim id and its rank before): the same pages count them at the new rank. */
export async function retallyRanks(tx: WriteTx, changed: { id: string; old: number }[]): Promise<void> {
  if (!changed.length) return;
  const after = await readPages(
    tx,
    changed.map((c) => c.id),
  );
  const old = new Map(changed.map((c) => [c.id, c.old]));
  await apply(
    tx,
    after.map((c) => ({ ...c, rank: old.get(c.id)! })),
    after,
  );
}

/**
 * Every tally recounted from the claims themselves (brute force, the definition above): the backfill
 * for graphs written without them (migration 006 runs the same statement; the benchmark's generator
 * writes raw Cypher). Writes only tallies that differ.
 */
export const RECOUNT_CLAIM_TALLIES = `MATCH (e:Entity)
CALL (e) {
  CALL (e) { RETURN e AS x UNION MATCH (x:Entity)-[:${COUNTRY_TIES}]->(e) WHERE e:Country RETURN x }
  MATCH (x)<-[:ABOUT]-(c:Claim)
  WITH DISTINCT c
  RETURN collect(coalesce(c.markingRank, 0)) AS ranks
}
WITH e, [i IN range(0, ${RANKS - 1}) | size([r IN ranks WHERE r = i])] AS counted
OPTIONAL MATCH (t:ClaimTally {entityId: e.id})
WITH e, counted WHERE coalesce(t.ranks, [i IN range(0, ${RANKS - 1}) | 0]) <> counted
MERGE (t:ClaimTally {entityId: e.id})
SET t.ranks = counted
RETURN count(*) AS recounted`;

/** The claims an entity's page shows a reader (`e` bound, `$clearance` their rank): a sum over the tally's ranks. */
export const CLAIM_TALLY_TOTAL = `OPTIONAL MATCH (t:ClaimTally {entityId: e.id})
  RETURN reduce(n = 0, k IN coalesce(t.ranks, [])[0..$clearance + 1] | n + k) AS total`;
