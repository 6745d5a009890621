import { Conditions } from '../../db/conditions';
import { Executor } from '../../db/executor';
import { claimConditions } from '../claim/claim.repository';
import { EntityType } from '../shared/enums';
import { COUNTRY_TIES, SOURCE } from '../shared/projections';
import { Source } from '../source/source.type';
import { AnalyticsFilter, LeaderboardDimension, toClaimFilter } from './analytics.filter';
import { LeaderboardRow } from './analytics.type';

/** In-scope claims `c` with their story `s`: the claim filter's own conditions, reused as is. */
const inScope = (where: Conditions) => `MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim) ${where.where}`;

/** One fixed pattern per dimension binding `k` (allow-list keyed by the validated enum). */
const DIMENSIONS: Readonly<Record<LeaderboardDimension, string>> = {
  [LeaderboardDimension.COUNTRY]: `MATCH (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}*0..1]->(k:Country)`,
  [LeaderboardDimension.AGENCY]: 'MATCH (c)-[:ABOUT]->(k:Agency)',
  [LeaderboardDimension.PERSON]: 'MATCH (c)-[:ABOUT]->(k:Person)',
  [LeaderboardDimension.PUBLISHER]: 'MATCH (c)-[:CITES]->(:Source)-[:PUBLISHED_BY]->(k:Organization)',
  [LeaderboardDimension.TOPIC]: 'MATCH (s)-[:TAGGED]->(k:Topic)',
};

export interface CountsRow {
  stories: number;
  claims: number;
  sources: number;
  topics: number;
  entities: { type: EntityType; count: number }[];
}

export class AnalyticsRepository {
  constructor(private readonly executor: Executor) {}

  /** The filter is evaluated once; the other figures follow from the in-scope stories and claims. */
  async counts(filter?: AnalyticsFilter): Promise<CountsRow> {
    const where = claimConditions(toClaimFilter(filter));
    const [row] = await this.executor.read<CountsRow>(
      `${inScope(where)}
       WITH collect(DISTINCT s) AS stories, collect(DISTINCT c) AS claims
       CALL (claims) { UNWIND claims AS c MATCH (c)-[:CITES]->(src:Source) RETURN count(DISTINCT src) AS sources }
       CALL (stories) { UNWIND stories AS s MATCH (s)-[:TAGGED]->(t:Topic) RETURN count(DISTINCT t) AS topics }
       CALL (claims) {
         UNWIND claims AS c MATCH (c)-[:ABOUT|ATTRIBUTED_TO]->(e:Entity)
         WITH e.type AS type, count(DISTINCT e) AS count
         RETURN collect({type: type, count: count}) AS entities
       }
       RETURN size(stories) AS stories, size(claims) AS claims, sources, topics, entities`,
      where.params,
    );
    return row;
  }

  async leaderboard(filter: AnalyticsFilter | undefined, dimension: LeaderboardDimension, first: number): Promise<LeaderboardRow[]> {
    const where = claimConditions(toClaimFilter(filter));
    return this.executor.read<LeaderboardRow>(
      `${inScope(where)} ${DIMENSIONS[dimension]}
       WITH k, count(DISTINCT c) AS claims, count(DISTINCT s) AS stories
       ORDER BY claims DESC, toLower(k.name), k.id LIMIT toInteger($first)
       RETURN k.id AS id, k.name AS name, claims, stories`,
      { ...where.params, first },
    );
  }

  /** Months (YYYY-MM) that have in-scope claims in [start, end), by story publication date; empty months are absent. */
  async monthly(filter: AnalyticsFilter | undefined, start: string, end: string): Promise<{ month: string; stories: number; claims: number }[]> {
    const where = claimConditions(toClaimFilter(filter)).add('s.publishedAt >= date($rangeStart) AND s.publishedAt < date($rangeEnd)', {
      rangeStart: start,
      rangeEnd: end,
    });
    return this.executor.read(
      `${inScope(where)}
       WITH substring(toString(s.publishedAt), 0, 7) AS month, count(DISTINCT s) AS stories, count(DISTINCT c) AS claims
       RETURN month, stories, claims ORDER BY month`,
      where.params,
    );
  }

  async topSources(filter: AnalyticsFilter | undefined, first: number): Promise<{ source: Source; citations: number }[]> {
    const where = claimConditions(toClaimFilter(filter));
    return this.executor.read(
      `${inScope(where)} MATCH (c)-[:CITES]->(src:Source)
       WITH src, count(DISTINCT c) AS citations ORDER BY citations DESC, src.title, src.id LIMIT toInteger($first)
       RETURN ${SOURCE('src')} AS source, citations`,
      { ...where.params, first },
    );
  }
}
