import { int } from 'neo4j-driver';
import { Statement } from '../../db/executor';
import { afterCondition, checkCursor, CursorKey, keyOf, orderBy } from '../../db/keyset';
import { CLAIM_KEYS, ENTITY } from '../shared/projections';
import { projection } from '../shared/prefetch';
import { seenOfTally, seesEverything, visibleClause } from '../shared/visibility';
import { Selection } from '../shared/selection';

/**
 * A page of an entity's claims (not a country's: its page also counts tied entities), newest story
 * first, read one of two ways in one statement:
 *
 * - **walk**: stories newest first through the `publishedAt` index (from the cursor's day on a later
 *   page), keeping the claims about the entity the reader sees; it stops as soon as the page is full.
 *   Cheap when the entity's claims are many and spread over time (agency:us-cia at 10k stories: about
 *   90 stories walked as RED, 130 as AMBER, instead of sorting its 1,069 claims);
 * - **anchored**: every claim about the entity, sorted (what `claimsAboutRead` does).
 *
 * The walk's cap (stories it may visit) only bounds what a skewed entity (all of its claims old) can
 * cost before the walk hands over to the sort: the largest rung the sort's cost allows (CAP_SHARE of
 * every claim about the entity, hidden ones included: the sort touches them all). A walk is tried when
 * that cap holds the expected walk with a margin (pageLimit × stories / claims the reader sees), so a
 * reader who sees fewer claims walks further, still stopping once the page is full. LIMIT takes no
 * variable, so the cap is one of a few fixed rungs, each a branch of its own.
 */

/**
 * Costs in db hits (agency:us-cia at 10k stories, PROFILE): a walked story about 45 whatever the
 * clearance; the sort 2 per claim about the entity (every one, hidden or not: its rank is read) and
 * 11 more per claim the reader sees (its story and sort keys): 13.4k as RED, 11k as AMBER, 9.1k as CLEAR.
 */
const COST = { story: 45, anchored: 2, seen: 11 };
/** A walk that falls short costs at most this share of the sort on top of it; a chosen walk is expected to cost at most 1 / WALK_MARGIN of it. */
const CAP_SHARE = 1.0;
/** Later than any story (publishedAt is a YYYY-MM-DD date). */
const HORIZON = "date('9999-12-31')";
/** The expected walk is pageLimit × stories / total; the cap must hold it with this margin. */
const WALK_MARGIN = 1.2;
/**
 * The caps, in stories walked: each is a branch of the statement (an unchosen one costs one index
 * seek with a null bound). Close together where the window between the expected walk and what the
 * sort allows is narrow (entities just large enough to walk, such as agency:us-cia read as AMBER:
 * 173 to 234 stories), far apart above.
 */
const CAPS = [128, 192, 256, 384, 512, 768, 1024, 2048, 4096, 8192];

// The bound is null unless this branch's cap was chosen: an index seek, not a scan filtered afterwards.
const walkBranch = (cap: number, check: string) => `MATCH (s:Story) USING INDEX s:Story(publishedAt)
        WHERE s.publishedAt <= CASE WHEN cap = ${cap} THEN start END
      WITH e, s ORDER BY s.publishedAt DESC LIMIT ${cap}
      MATCH (s)-[:HAS_CLAIM]->(c:Claim) WHERE EXISTS { (c)-[:ABOUT]->(e) }${check}
      WITH s, c ORDER BY ${orderBy(CLAIM_KEYS)} LIMIT $pageLimit
      RETURN s, c`;

const walkedPage = (fullClearance: boolean, later: boolean) => {
  const after = later ? ` AND ${afterCondition(CLAIM_KEYS)}` : '';
  const check = `${visibleClause('Claim', 'c', fullClearance, 'AND')}${after}`;
  // A later page starts at the cursor's day: the rows of that day before the cursor are walked and dropped.
  const start = later ? 'date($after[0])' : HORIZON;
  return `MATCH (e:Entity {id: $entityId})
CALL (e) {
  OPTIONAL MATCH (t:EntityTally {entityId: e.id})
  RETURN ${seenOfTally('t.claims')} AS total, reduce(n = 0, k IN coalesce(t.claims, []) | n + k) AS anchored
}
CALL () { MATCH (s:Story) RETURN count(s) AS stories }
WITH e, total, stories, $capShare * ($anchoredCost * anchored + $seenCost * total) / $storyCost AS allowed,
  CASE WHEN total = 0 THEN 0.0 ELSE $walkMargin * toFloat($pageLimit) * stories / total END AS needed
WITH e, total, stories, needed, CASE ${[...CAPS]
    .reverse()
    .map((b) => `WHEN allowed >= ${b} THEN ${b}`)
    .join(' ')} ELSE 0 END AS ladder
WITH e, total, stories, CASE WHEN total > 0 AND ladder >= needed THEN ladder ELSE 0 END AS cap
CALL (e, cap) {
  WITH e, cap, ${start} AS start
  CALL (e, cap, start) {
    ${CAPS.map((b) => walkBranch(b, check)).join('\n    UNION ALL\n    ')}
  }
  WITH s, c ORDER BY ${orderBy(CLAIM_KEYS)}
  RETURN collect([s, c]) AS walked
}
// Exact when every story from the start down to the page's last row was walked (the cap may cut a day in two).
WITH e, total, walked, CASE
    WHEN cap = 0 THEN false
    WHEN size(walked) = $pageLimit THEN COUNT { MATCH (x:Story) WHERE x.publishedAt <= ${start} AND x.publishedAt >= walked[-1][0].publishedAt } <= cap
    ELSE stories <= cap
  END AS exact
CALL (e, exact) {
  WITH * WHERE NOT exact
  MATCH (e)<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)${visibleClause('Claim', 'c', fullClearance)}${later ? `\n  WITH s, c WHERE ${afterCondition(CLAIM_KEYS)}` : ''}
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
const WALKED_PAGE = {
  full: { first: walkedPage(true, false), later: walkedPage(true, true) },
  checked: { first: walkedPage(false, false), later: walkedPage(false, true) },
};

/**
 * The statement for `first` (> 0) claims of the entity `entityId` (not a country) after the cursor
 * `after` (or from the start). The rows' sort keys are returned only when the client reads `cursors`
 * (a third of the bytes otherwise).
 */
export function walkedClaimsPage(
  entityId: string,
  first: number,
  clearance: number,
  selection?: Selection,
  cursors = true,
  after: CursorKey | null = null,
): Statement {
  if (after) checkCursor(CLAIM_KEYS, after);
  const full = seesEverything(clearance);
  return {
    cypher: WALKED_PAGE[full ? 'full' : 'checked'][after ? 'later' : 'first']
      .replace('PROJECT', () => projection('Claim', 'c', selection, full))
      .replace(' KEY', cursors ? `, key: ${keyOf(CLAIM_KEYS)}` : ''),
    params: {
      entityId,
      pageLimit: int(first + 1),
      capShare: CAP_SHARE,
      storyCost: COST.story,
      anchoredCost: COST.anchored,
      seenCost: COST.seen,
      walkMargin: WALK_MARGIN,
      ...(after ? { after } : {}),
    },
  };
}
