import { FULL_CLEARANCE } from '../../db/executor';

/**
 * The one marking predicate. A Story, Source or Claim is visible when its effective marking
 * (`markingRank`, absent = 0 CLEAR) is at most the caller's clearance, which every statement gets as
 * `$clearance` from the request's executor. Reads put it right after the pattern that binds the
 * node (a property filter on the anchor's rows, never a new scan), so hidden nodes, their counts and
 * the paths through them never leave Neo4j. Entities and topics carry no marking.
 */
export const MARKED_KINDS = ['Story', 'Source', 'Claim'] as const;
export type MarkedKind = (typeof MARKED_KINDS)[number];

const ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `coalesce(c.markingRank, 0) <= $clearance` for the node bound to `alias`; the kind says which label it has. */
export function visible(kind: MarkedKind, alias: string): string {
  if (!MARKED_KINDS.includes(kind)) throw new Error(`${kind} carries no marking`);
  if (!ALIAS.test(alias)) throw new Error(`"${alias}" is not a Cypher variable`);
  return `coalesce(${alias}.markingRank, 0) <= $clearance`;
}

/**
 * The check as a `WHERE` clause (`keyword` AND to extend one), or nothing for a caller who sees every
 * marking: there it always holds, and each check is a property read per row. Statements that use it
 * come in two fixed variants, the one at full clearance being the statement from before markings.
 */
export function visibleClause(kind: MarkedKind, alias: string, fullClearance: boolean, keyword: 'WHERE' | 'AND' = 'WHERE'): string {
  return fullClearance ? '' : ` ${keyword} ${visible(kind, alias)}`;
}

/**
 * ` WHERE a AND b` of the conditions that apply (a marking check left out at full clearance, an as-of
 * check without an instant: `false`/`undefined`), or nothing when none does.
 */
export const where = (...conditions: (string | false | undefined)[]): string => {
  const all = conditions.filter(Boolean);
  return all.length ? ` WHERE ${all.join(' AND ')}` : '';
};

/** Whether a caller of this clearance sees every marking (the statement variants without checks). */
export const seesEverything = (clearance: number): boolean => clearance >= FULL_CLEARANCE;

/** Nodes on a path (`nodes(p)`): every Story, Source and Claim among them visible (entities and topics always are). */
export function allVisible(nodesExpr: string, element = 'pathNode'): string {
  return `all(${element} IN ${nodesExpr} WHERE ${visibleAny(element)})`;
}

/**
 * For a node of any label (a graph walk): visible unless it is a Story, Source or Claim marked above
 * the clearance. The rank first: for the nodes that pass (most of them) it is the only read.
 */
export function visibleAny(alias: string): string {
  if (!ALIAS.test(alias)) throw new Error(`"${alias}" is not a Cypher variable`);
  return `(${visible('Story', alias)} OR NOT (${alias}:Story OR ${alias}:Source OR ${alias}:Claim))`;
}

/**
 * A label's total for a caller: the count store (every node, or every HAS_CLAIM for claims, which
 * always have a story) minus the nodes above `$clearance`, found by a range seek in the markingRank
 * index (migration 005_markings_indexes). Costs the hidden nodes, not the visible ones.
 */
export function visibleTotal(kind: MarkedKind): string {
  if (!MARKED_KINDS.includes(kind)) throw new Error(`${kind} carries no marking`);
  const all = kind === 'Claim' ? 'MATCH ()-[r:HAS_CLAIM]->() RETURN count(r) AS everything' : `MATCH (n:${kind}) RETURN count(n) AS everything`;
  return `CALL () { ${all} }
CALL () { MATCH (n:${kind}) WHERE n.markingRank > $clearance RETURN count(n) AS hidden }
RETURN everything - hidden AS total`;
}

/** Every node of a kind, from the count store (claims: every HAS_CLAIM, as each claim has one story). */
const EVERY: Readonly<Record<MarkedKind, string>> = {
  Claim: 'MATCH ()-[r:HAS_CLAIM]->() RETURN count(r) AS total',
  Story: 'MATCH (s:Story) RETURN count(s) AS total',
  Source: 'MATCH (src:Source) RETURN count(src) AS total',
};

/**
 * Ids of the tally nodes (src/modules/marking/marking.tally.ts) that count every claim and every
 * story by marking rank, in shards by the last character of their ids (so that concurrent writes
 * rarely wait for one another's tally): `all:<character>`. No entity id starts so.
 */
export const ALL_TALLY_PREFIX = 'all:';
/**
 * Ids of the tally nodes that count the claims about two countries (the claims `aboutCountries: [A, B]`
 * matches), one per unordered pair: `pair:<smaller country id>|<larger country id>`, e.g.
 * `pair:country:MX|country:RU`. No entity id starts so.
 */
export const PAIR_TALLY_PREFIX = 'pair:';
/** What a reader sees of a tally's counts by marking rank (`counts`, a list property): the ranks up to `$clearance`, summed. */
export const seenOfTally = (counts: string): string => `reduce(n = 0, k IN coalesce(${counts}, [])[0..$clearance + 1] | n + k)`;

const FROM_TALLIES: Partial<Record<MarkedKind, string>> = {
  Claim: 'claims',
  Story: 'stories',
};

/**
 * The total of an unfiltered list: the count store for a caller who sees everything; below, for
 * claims and stories, the sum of the global tallies' ranks up to the clearance (a few nodes by a
 * prefix seek, however many are hidden), for sources visibleTotal.
 */
export function unfilteredTotal(kind: MarkedKind, clearance: number): string {
  if (!MARKED_KINDS.includes(kind)) throw new Error(`${kind} carries no marking`);
  if (seesEverything(clearance)) return EVERY[kind];
  const field = FROM_TALLIES[kind];
  if (!field) return visibleTotal(kind);
  return `MATCH (t:EntityTally) WHERE t.entityId STARTS WITH '${ALL_TALLY_PREFIX}'
RETURN coalesce(sum(${seenOfTally(`t.${field}`)}), 0) AS total`;
}
