import { Executor, Statement } from '../../db/executor';
import { seesEverything, visible, visibleTotal } from '../shared/visibility';
import { ClaimFilter } from '../claim/claim.filter';
import { claimScope } from '../claim/claim.scope';
import { EntityType } from '../shared/enums';
import { COUNTRY_TIES, SOURCE } from '../shared/projections';
import { Source } from '../source/source.type';
import { AnalyticsFilter, LeaderboardDimension, toClaimFilter } from './analytics.filter';
import { LeaderboardRow } from './analytics.type';
import { dayBefore, TimeBucket } from './analytics.time';

/** One fixed pattern per dimension binding `k` (allow-list keyed by the validated enum). */
const DIMENSIONS: Readonly<Record<LeaderboardDimension, string>> = {
  [LeaderboardDimension.COUNTRY]: `MATCH (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}*0..1]->(k:Country)`,
  [LeaderboardDimension.AGENCY]: 'MATCH (c)-[:ABOUT]->(k:Agency)',
  [LeaderboardDimension.PERSON]: 'MATCH (c)-[:ABOUT]->(k:Person)',
  [LeaderboardDimension.PUBLISHER]: 'MATCH (c)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(k:Organization)',
  [LeaderboardDimension.TOPIC]: 'MATCH (s)-[:TAGGED]->(k:Topic)',
};

const hasCriteria = (filter: ClaimFilter) => Object.values(filter).some((v) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length));

/**
 * Every figure but the unfiltered counts starts from claimScope: the in-scope stories `s` and claims
 * `c`, reached from the filter's most selective criterion, so the work follows the answer.
 */
const scopeOf = (filter?: AnalyticsFilter) => claimScope(toClaimFilter(filter));

/**
 * Without any criterion every visible claim with a story is in scope: for a caller who sees
 * everything the claim total comes from the count store (a claim belongs to one story, so HAS_CLAIM
 * relationships count claims), for anyone else from the claims' markings; the other figures check,
 * per node of a label, that one visible in-scope claim reaches it (stops at the first). A visible
 * claim's story and cited sources are visible too (its marking is at least theirs), and every claim
 * has its story (ingest writes both in one statement, prunes delete claims with their edge; the
 * count-store claim total relies on it too), so the checks need not walk on to the story.
 */
const unfilteredCounts = (fullClearance: boolean) => `CALL () { ${
  fullClearance ? 'MATCH (:Story)-[r:HAS_CLAIM]->() RETURN count(r) AS claims' : `${visibleTotal('Claim').replace(/AS total$/, 'AS claims')}`
} }
CALL () { MATCH (s:Story) WHERE EXISTS { (s)-[:HAS_CLAIM]->(c:Claim) WHERE ${visible('Claim', 'c')} } RETURN count(s) AS stories }
CALL () { MATCH (src:Source) WHERE EXISTS { (src)<-[:CITES]-(c:Claim) WHERE ${visible('Claim', 'c')} } RETURN count(src) AS sources }
CALL () {
  MATCH (t:Topic) WHERE EXISTS { (t)<-[:TAGGED]-(s:Story) WHERE EXISTS { (s)-[:HAS_CLAIM]->(c:Claim) WHERE ${visible('Claim', 'c')} } }
  RETURN count(t) AS topics
}
CALL () {
  MATCH (e:Entity) WHERE EXISTS { (e)<-[:ABOUT|ATTRIBUTED_TO]-(c:Claim) WHERE ${visible('Claim', 'c')} }
  WITH e.type AS type, count(e) AS count
  RETURN collect({type: type, count: count}) AS entities
}
RETURN stories, claims, sources, topics, entities`;

export function countsStatement(filter: AnalyticsFilter = {}, fullClearance = false): Statement {
  const claimFilter = toClaimFilter(filter);
  if (!hasCriteria(claimFilter)) return { cypher: unfilteredCounts(fullClearance), params: {} };
  const scope = claimScope(claimFilter);
  return {
    cypher: `${scope.cypher}
WITH collect(DISTINCT s) AS stories, collect(DISTINCT c) AS claims
CALL (claims) { UNWIND claims AS c MATCH (c)-[:CITES]->(src:Source) RETURN count(DISTINCT src) AS sources }
CALL (stories) { UNWIND stories AS s MATCH (s)-[:TAGGED]->(t:Topic) RETURN count(DISTINCT t) AS topics }
CALL (claims) {
  UNWIND claims AS c MATCH (c)-[:ABOUT|ATTRIBUTED_TO]->(e:Entity)
  WITH e.type AS type, count(DISTINCT e) AS count
  RETURN collect({type: type, count: count}) AS entities
}
RETURN size(stories) AS stories, size(claims) AS claims, sources, topics, entities`,
    params: scope.params,
  };
}

export function leaderboardStatement(filter: AnalyticsFilter | undefined, dimension: LeaderboardDimension, first: number): Statement {
  const scope = scopeOf(filter);
  return {
    // In a subquery the scope is planned first: the dimension's pattern (say, every publisher) never becomes the start.
    cypher: `CALL () {
${scope.cypher}
RETURN s, c
}
${DIMENSIONS[dimension]}
WITH k, count(DISTINCT c) AS claims, count(DISTINCT s) AS stories
ORDER BY claims DESC, toLower(k.name), k.id LIMIT toInteger($first)
RETURN k.id AS id, k.name AS name, claims, stories`,
    params: { ...scope.params, first },
  };
}

/** The day before a YYYY-MM-DD date. */
const later = (a: string | undefined, b: string) => (a && a > b ? a : b);
const earlier = (a: string | undefined, b: string) => (a && a < b ? a : b);

/** The first day of a story's bucket, as text: one fixed expression per bucket (allow-list keyed by the validated enum). */
const BUCKET_OF: Readonly<Record<TimeBucket, string>> = {
  [TimeBucket.DAY]: 'toString(s.publishedAt)',
  [TimeBucket.WEEK]: "toString(date.truncate('week', s.publishedAt))",
  [TimeBucket.MONTH]: "substring(toString(s.publishedAt), 0, 7) + '-01'",
};

/**
 * Buckets (by their first day) with in-scope claims in [start, end), by story publication date. The
 * range joins the filter's own dates, so with nothing more selective the publishedAt index is the anchor.
 */
export function timelineStatement(filter: AnalyticsFilter | undefined, start: string, end: string, bucket = TimeBucket.MONTH): Statement {
  const scope = scopeOf({ ...filter, from: later(filter?.from, start), to: earlier(filter?.to, dayBefore(end)) });
  return {
    cypher: `${scope.cypher}
WITH ${BUCKET_OF[bucket]} AS start, count(DISTINCT s) AS stories, count(DISTINCT c) AS claims
RETURN start, stories, claims ORDER BY start`,
    params: scope.params,
  };
}

export function topSourcesStatement(filter: AnalyticsFilter | undefined, first: number): Statement {
  const scope = scopeOf(filter);
  return {
    cypher: `${scope.cypher}
MATCH (c)-[:CITES]->(src:Source)
WITH src, count(DISTINCT c) AS citations ORDER BY citations DESC, src.title, src.id LIMIT toInteger($first)
RETURN ${SOURCE('src')} AS source, citations`,
    params: { ...scope.params, first },
  };
}

export interface CountsRow {
  stories: number;
  claims: number;
  sources: number;
  topics: number;
  entities: { type: EntityType; count: number }[];
}

export class AnalyticsRepository {
  constructor(private readonly executor: Executor) {}

  async counts(filter?: AnalyticsFilter): Promise<CountsRow> {
    const { cypher, params } = countsStatement(filter, seesEverything(this.executor.clearance));
    const [row] = await this.executor.read<CountsRow>(cypher, params);
    return row;
  }

  leaderboard(filter: AnalyticsFilter | undefined, dimension: LeaderboardDimension, first: number): Promise<LeaderboardRow[]> {
    const { cypher, params } = leaderboardStatement(filter, dimension, first);
    return this.executor.read<LeaderboardRow>(cypher, params);
  }

  /** Empty buckets are absent; the service fills them in. */
  timeline(filter: AnalyticsFilter | undefined, start: string, end: string, bucket: TimeBucket): Promise<{ start: string; stories: number; claims: number }[]> {
    const { cypher, params } = timelineStatement(filter, start, end, bucket);
    return this.executor.read(cypher, params);
  }

  topSources(filter: AnalyticsFilter | undefined, first: number): Promise<{ source: Source; citations: number }[]> {
    const { cypher, params } = topSourcesStatement(filter, first);
    return this.executor.read(cypher, params);
  }
}
