import { int } from 'neo4j-driver';
import { Statement } from '../../db/executor';
import { keyOf, orderBy } from '../../db/keyset';
import { tallyTotal } from '../marking/marking.tally';
import { CLAIM_KEYS, ENTITY } from '../shared/projections';
import { projection } from '../shared/prefetch';
import { seesEverything, visibleClause } from '../shared/visibility';
import { Selection } from '../shared/selection';

/**
 * The first page of an entity's claims (not a country's: its page also counts tied entities), newest
 * story first, read one of two ways in one statement:
 *
 * - **walk**: stories newest first through the `publishedAt` index, keeping the claims about the
 *   entity; it stops once the page is full. Cheap when the entity's claims are many and spread over
 *   time (agency:us-cia at 10k stories: 93 stories walked, 4,200 db hits instead of 13,400);
 * - **anchored**: every claim about the entity, sorted (what `claimsAboutRead` does).
 *
 * A walk is tried only when the entity's tally says it should fill the page within a budget of
 * stories (1.2 × the expected walk, from how many claims the entity has among all), and the budget
 * is at most WALK_SHARE of what the anchored sort would cost; a walk that does not fill its page
 * within the budget (an entity whose claims are all old) hands over to the anchored sort, so such
 * skew costs at most that share more, never a walk over the whole graph. LIMIT takes no variable,
 * so the budget is one of a few fixed rungs, each a branch of its own.
 */

/** A walked story costs about as much as anchoring 3.6 claims (45 vs 12.6 db hits): 0.6 of the anchored read at most. */
const WALK_SHARE = 0.6 / 3.6;
/** Later than any story (publishedAt is a YYYY-MM-DD date). */
const HORIZON = "date('9999-12-31')";
/** The expected walk is pageLimit × stories / total; the budget must hold it with this margin. */
const WALK_MARGIN = 1.2;
/**
 * The budgets, in stories walked: the largest one within what the tally allows. Each is a branch of
 * the statement, and every branch costs a little on every request (about 0.08 ms of Neo4j CPU with
 * 13 rungs from 32 to 131072, as much as the walk saved), hence three rungs far apart.
 */
const BUDGETS = [128, 1024, 8192];

// The bound is null unless this branch's budget was chosen: an index seek, not a scan filtered afterwards.
const walkBranch = (budget: number, check: string) => `MATCH (s:Story) USING INDEX s:Story(publishedAt)
        WHERE s.publishedAt <= CASE WHEN budget = ${budget} THEN horizon END
      WITH e, s ORDER BY s.publishedAt DESC LIMIT ${budget}
      MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }${check}
      WITH s, c ORDER BY ${orderBy(CLAIM_KEYS)} LIMIT $pageLimit
      RETURN s, c`;

const walkedPage = (fullClearance: boolean) => {
  const check = visibleClause('Claim', 'c', fullClearance, 'AND');
  return `MATCH (e:Entity {id: $entityId})
CALL (e) {
  ${tallyTotal('claims')}
}
CALL () { MATCH (s:Story) RETURN count(s) AS stories }
WITH e, total, stories, CASE WHEN total = 0 THEN 0.0 ELSE $walkShare * total END AS allowed,
  CASE WHEN total = 0 THEN 0.0 ELSE $walkMargin * toFloat($pageLimit) * stories / total END AS needed
WITH e, total, stories, needed, CASE ${[...BUDGETS]
    .reverse()
    .map((b) => `WHEN allowed >= ${b} THEN ${b}`)
    .join(' ')} ELSE 0 END AS ladder
WITH e, total, stories, CASE WHEN ladder >= needed THEN ladder ELSE 0 END AS budget
CALL (e, budget) {
  WITH e, budget, ${HORIZON} AS horizon
  CALL (e, budget, horizon) {
    ${BUDGETS.map((b) => walkBranch(b, check)).join('\n    UNION ALL\n    ')}
  }
  WITH s, c ORDER BY ${orderBy(CLAIM_KEYS)}
  RETURN collect([s, c]) AS walked
}
// Exact when every story at least as new as the page's last row was walked (the budget may cut a day in two).
WITH e, total, walked, CASE
    WHEN budget = 0 THEN false
    WHEN size(walked) = $pageLimit THEN COUNT { MATCH (x:Story) WHERE x.publishedAt >= walked[-1][0].publishedAt } <= budget
    ELSE stories <= budget
  END AS exact
CALL (e, exact) {
  WITH * WHERE NOT exact
  MATCH (e)<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)${visibleClause('Claim', 'c', fullClearance)}
  WITH s, c ORDER BY ${orderBy(CLAIM_KEYS)} LIMIT $pageLimit
  RETURN collect([s, c]) AS sorted
}
CALL (walked, sorted, exact) {
  UNWIND CASE WHEN exact THEN walked ELSE sorted END AS row
  WITH row[0] AS s, row[1] AS c
  RETURN collect({node: PROJECT KEY}) AS rows
}
RETURN ${ENTITY('e')} AS node, total, rows`;
};
const WALKED_PAGE = { full: walkedPage(true), checked: walkedPage(false) };

/**
 * The statement for `first` (> 0) claims of the entity `entityId` (not a country), first page. The
 * rows' sort keys are returned only when the client reads `cursors` (a third of the bytes otherwise).
 */
export function walkedClaimsPage(entityId: string, first: number, clearance: number, selection?: Selection, cursors = true): Statement {
  const full = seesEverything(clearance);
  return {
    cypher: (full ? WALKED_PAGE.full : WALKED_PAGE.checked)
      .replace('PROJECT', () => projection('Claim', 'c', selection, full))
      .replace(' KEY', cursors ? `, key: ${keyOf(CLAIM_KEYS)}` : ''),
    params: { entityId, pageLimit: int(first + 1), walkShare: WALK_SHARE, walkMargin: WALK_MARGIN },
  };
}
