import { claimKnownBy } from '../shared/as-of';
import { foldKey } from '../shared/ids';
import { pairTallyTotal } from '../marking/marking.tally';
import { CLAIM_WALK, COUNTRY_TIES } from '../shared/projections';
import { visible } from '../shared/visibility';
import { ClaimFilter } from './claim.filter';

/** Cypher that binds `s` (Story) and `c` (Claim) for every claim the filter matches, one row per claim. */
export interface ClaimScope {
  cypher: string;
  params: Record<string, unknown>;
  /** False when no criterion narrows the graph through an index (the answer may be the whole graph). */
  anchored: boolean;
  /**
   * Where the answer can be a large share of all claims (claims about two big countries): the total
   * counted over the anchor without binding stories (for exactly two countries, their pair tally),
   * and the same rows as an unanchored walk of stories newest first (PagedRead.dense), so a page
   * reads a few stories instead of sorting the answer.
   */
  dense?: { total: string; walk: string };
}

/** Entities "about a country": the country itself and whatever is tied to it (embassy, agency, office holder). */
const ENTITIES_OF_COUNTRY = (k: string, x: string) => `CALL (${k}) { RETURN ${k} AS ${x} UNION MATCH (${x}:Entity)-[:${COUNTRY_TIES}]->(${k}) RETURN ${x} }`;

/** A topic or a publisher is named by id or by name: two index seeks, never a scan with OR. */
const TOPIC_BY_ID_OR_NAME = 'CALL () { MATCH (t:Topic {id: $scopeTopic}) RETURN t UNION MATCH (t:Topic {nameKey: $scopeTopicKey}) RETURN t }';
const PUBLISHER_BY_ID_OR_NAME =
  'CALL () { MATCH (o:Entity {id: $scopePublisher}) WHERE o:Organization RETURN o UNION MATCH (o:Organization {nameKey: $scopePublisherKey}) RETURN o }';

/**
 * Claims `c` about the named country with the fewest claims (a degree lookup, not a count of rows);
 * each other country becomes the list of its entities (itself and what is tied to it), checked in memory.
 */
const COUNTRY_ANCHOR = `MATCH (k:Country) WHERE k.code IN $scopeCountries
      WITH collect(k) AS named WHERE size(named) = size($scopeCountries)
      UNWIND named AS k
      WITH named, k ORDER BY COUNT { (k)<-[:ABOUT]-() } + COUNT { (k)<-[:${COUNTRY_TIES}]-() } LIMIT 1
      CALL (named, k) {
        UNWIND [o IN named WHERE o <> k] AS o
        CALL (o) { RETURN [o] + COLLECT { MATCH (t:Entity)-[:${COUNTRY_TIES}]->(o) RETURN t } AS tied }
        RETURN collect(tied) AS others
      }
      ${ENTITIES_OF_COUNTRY('k', 'x')}
      MATCH (x)<-[:ABOUT]-(c:Claim)`;

/** For a walk over every claim: `lists` holds, per named country, itself and the entities tied to it (none if a code is unknown). */
const COUNTRY_LISTS = `CALL () {
  MATCH (k:Country) WHERE k.code IN $scopeCountries
  RETURN collect([k] + COLLECT { MATCH (t:Entity)-[:${COUNTRY_TIES}]->(k) RETURN t }) AS lists
}
WITH lists WHERE size(lists) = size($scopeCountries)`;

type Criterion = keyof ClaimFilter;

/**
 * The most selective criterion becomes the anchor (found through a constraint or index); the others
 * are checked per matching claim. Order: story, source, entity, country, publisher, topic, date range, kind.
 */
interface Anchor {
  when: (f: ClaimFilter) => boolean;
  criterion: Criterion;
  match: string;
  /** The same claims without their stories, for a count when no check needs the story (every claim has one). */
  claimsOnly?: string;
  distinct?: boolean;
  /** A variable the anchor computes for the checks after it. */
  carries?: string;
}

const ANCHORS: Anchor[] = [
  { when: (f) => !!f.storyId, criterion: 'storyId', match: 'MATCH (s:Story {id: $scopeStoryId})-[:HAS_CLAIM]->(c:Claim)' },
  { when: (f) => !!f.sourceId, criterion: 'sourceId', match: 'MATCH (:Source {id: $scopeSourceId})<-[:CITES]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)' },
  {
    when: (f) => !!f.aboutEntities?.length,
    criterion: 'aboutEntities',
    match: 'MATCH (:Entity {id: $scopeEntities[0]})<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)',
  },
  {
    when: (f) => !!f.aboutCountries?.length,
    criterion: 'aboutCountries',
    match: `${COUNTRY_ANCHOR}<-[:HAS_CLAIM]-(s:Story)`,
    claimsOnly: COUNTRY_ANCHOR,
    distinct: true,
    carries: 'others',
  },
  {
    when: (f) => !!f.publisher,
    criterion: 'publisher',
    match: `${PUBLISHER_BY_ID_OR_NAME} MATCH (o)<-[:PUBLISHED_BY]-(:Source)<-[:CITES]-(c:Claim)<-[:HAS_CLAIM]-(s:Story)`,
    distinct: true,
  },
  { when: (f) => !!f.topic, criterion: 'topic', match: `${TOPIC_BY_ID_OR_NAME} MATCH (t)<-[:TAGGED]-(s:Story)-[:HAS_CLAIM]->(c:Claim)`, distinct: true },
  {
    when: (f) => !!(f.publishedFrom || f.publishedTo),
    criterion: 'publishedFrom',
    match: 'MATCH (s:Story) WHERE {{dateRange}} MATCH (s)-[:HAS_CLAIM]->(c:Claim)',
  },
  { when: (f) => !!f.kinds?.length, criterion: 'kinds', match: 'MATCH (c:Claim) WHERE c.kind IN $scopeKinds MATCH (s:Story)-[:HAS_CLAIM]->(c)' },
];

/** Per-claim checks for the criteria that did not anchor the match; `lists`: the countries' entities are bound (COUNTRY_LISTS). */
function checks(filter: ClaimFilter, anchor: Criterion | undefined, fullClearance: boolean, lists = false): string[] {
  // A claim's effective marking is at least its story's and its cited sources': checking the claim is enough.
  const out: string[] = fullClearance ? [] : [visible('Claim', 'c')];
  const skip = (c: Criterion) => c === anchor;
  if (filter.storyId && !skip('storyId')) out.push('s.id = $scopeStoryId');
  if (filter.sourceId && !skip('sourceId')) out.push('EXISTS { MATCH (c)-[:CITES]->(:Source {id: $scopeSourceId}) }');
  if (filter.aboutEntities?.length) {
    const from = skip('aboutEntities') ? 1 : 0;
    if (filter.aboutEntities.length > from) out.push(`all(id IN $scopeEntities[${from}..] WHERE EXISTS { MATCH (c)-[:ABOUT]->(:Entity {id: id}) })`);
  }
  if (filter.aboutCountries?.length) {
    // Anchored on one country, the claim is checked against the other named ones (nodes already found).
    out.push(
      skip('aboutCountries') || lists
        ? `all(tied IN ${lists ? 'lists' : 'others'} WHERE EXISTS { MATCH (c)-[:ABOUT]->(y) WHERE y IN tied })`
        : `all(code IN $scopeCountries WHERE EXISTS { MATCH (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}*0..1]->(:Country {code: code}) })`,
    );
  }
  if (filter.publisher && !skip('publisher')) {
    out.push('EXISTS { MATCH (c)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(o:Organization) WHERE o.id = $scopePublisher OR o.nameKey = $scopePublisherKey }');
  }
  if (filter.topic && !skip('topic')) out.push('EXISTS { MATCH (s)-[:TAGGED]->(t:Topic) WHERE t.id = $scopeTopic OR t.nameKey = $scopeTopicKey }');
  if (!skip('publishedFrom')) {
    if (filter.publishedFrom) out.push('s.publishedAt >= date($scopeFrom)');
    if (filter.publishedTo) out.push('s.publishedAt <= date($scopeTo)');
  }
  if (filter.kinds?.length && !skip('kinds')) out.push('c.kind IN $scopeKinds');
  if (filter.textContains) out.push('toLower(c.text) CONTAINS toLower($scopeText)');
  return out;
}

/** The criteria a filter gives (an empty list gives none). */
export const givenCriteria = (filter: ClaimFilter): Criterion[] =>
  (Object.keys(filter) as Criterion[]).filter((k) => {
    const v = filter[k];
    return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);
  });

/**
 * Claims about exactly two distinct countries and nothing else (no other criterion, no text, no
 * as-of instant): their total is the pair's tally (marking.tally.ts), counted as the claims are written.
 */
function onlyTwoCountries(filter: ClaimFilter, asOf?: string): boolean {
  const given = givenCriteria(filter);
  return !asOf && given.length === 1 && given[0] === 'aboutCountries' && filter.aboutCountries!.length === 2;
}

/** Country codes upper-cased and each once: ["ru", "RU"] asks for the claims about Russia. */
const distinctCountries = (filter: ClaimFilter): ClaimFilter =>
  filter.aboutCountries?.length ? { ...filter, aboutCountries: [...new Set(filter.aboutCountries.map((c) => c.toUpperCase()))] } : filter;

const where = (conditions: string[]) => (conditions.length ? `\nWHERE ${conditions.join('\n  AND ')}` : '');

/** Claims known at $asOf: a property check after the anchor; a claim without its own time has its story's. */
export const CLAIM_KNOWN = claimKnownBy('c', 's');

/**
 * The claim filter as an anchored match; every value travels as a $scope… parameter (and $asOf, when given).
 * `fullClearance`: the caller sees every marking, so claims are not checked.
 */
export function claimScope(given: ClaimFilter = {}, asOf?: string, fullClearance = false): ClaimScope {
  const filter = distinctCountries(given);
  const anchor = ANCHORS.find((a) => a.when(filter));
  const conditions = [...checks(filter, anchor?.criterion, fullClearance), ...(asOf ? [CLAIM_KNOWN] : [])];
  // Without an anchor, stories are walked through the publishedAt index (newest first, for pages).
  const dateRange = [filter.publishedFrom ? 's.publishedAt >= date($scopeFrom)' : '', filter.publishedTo ? 's.publishedAt <= date($scopeTo)' : '']
    .filter(Boolean)
    .join(' AND ');
  const match = anchor?.match.replace('{{dateRange}}', () => dateRange) ?? CLAIM_WALK;
  const bind = (vars: string, conds: string[]) =>
    `WITH ${anchor?.distinct ? 'DISTINCT ' : ''}${vars}${anchor?.carries ? `, ${anchor.carries}` : ''}${where(conds)}`;
  const cypher = `${match}\n${bind('s, c', conditions)}`;
  // Counted without stories only when no condition reads the story.
  const dense =
    anchor?.claimsOnly && !conditions.some((c) => /\(s\)|\bs\./.test(c))
      ? {
          total: onlyTwoCountries(filter, asOf)
            ? pairTallyTotal('$scopeCountries')
            : `${anchor.claimsOnly}\n${bind('c', conditions)}\nRETURN count(*) AS total`,
          walk: `${COUNTRY_LISTS}\n${CLAIM_WALK}\nWITH s, c, lists${where([...checks(filter, undefined, fullClearance, true), ...(asOf ? [CLAIM_KNOWN] : [])])}`,
        }
      : undefined;
  const params: Record<string, unknown> = {};
  if (filter.storyId) params.scopeStoryId = filter.storyId;
  if (filter.sourceId) params.scopeSourceId = filter.sourceId;
  if (filter.aboutEntities?.length) params.scopeEntities = filter.aboutEntities;
  if (filter.aboutCountries?.length) params.scopeCountries = filter.aboutCountries;
  if (filter.publisher) Object.assign(params, { scopePublisher: filter.publisher, scopePublisherKey: foldKey(filter.publisher) });
  if (filter.topic) Object.assign(params, { scopeTopic: filter.topic, scopeTopicKey: foldKey(filter.topic) });
  if (filter.publishedFrom || filter.publishedTo) Object.assign(params, { scopeFrom: filter.publishedFrom ?? null, scopeTo: filter.publishedTo ?? null });
  if (filter.kinds?.length) params.scopeKinds = filter.kinds;
  if (filter.textContains) params.scopeText = filter.textContains;
  if (asOf) params.asOf = asOf;
  return { cypher, params, anchored: !!anchor && anchor.criterion !== 'kinds', ...(dense ? { dense } : {}) };
}
