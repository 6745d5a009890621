import { WriteTx } from './executor';

/** What every statement of a stable-plan transaction starts with (the benchmarks strip or swap it). */
export const STABLE_PLANS = 'CYPHER replan=skip ';

/**
 * The same transaction with every statement run as `CYPHER replan=skip`: Neo4j keeps the plan it
 * has cached instead of planning the statement again when the graph's statistics have moved.
 *
 * Why: during a bulk import the statistics move all the time (a first import of 100k cards takes the
 * store from 0 to a million nodes), so Neo4j discarded and re-planned each write statement every time
 * a count it had planned with changed by three quarters (its `statistics_divergence_threshold`):
 * 26 "Discarded stale query" lines in `debug.log` in a 7,000-card import, and a fifth of the
 * JVM's Bolt-worker samples were the Cypher planner (bench/README.md, session 10). Only for statements
 * whose plan cannot depend on counts: every one starts from UNWIND rows and finds its nodes through
 * unique-constraint index seeks on ids, which the planner picks on an empty graph as on a full one.
 */
export function withStablePlans(tx: WriteTx): WriteTx {
  return { run: (cypher, params) => tx.run(`${STABLE_PLANS}${cypher}`, params) };
}
