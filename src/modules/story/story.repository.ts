import { Executor } from '../../db/executor';
import { seesEverything, unfilteredTotal, visible, visibleClause, where } from '../shared/visibility';
import { CursorKey, OrderChoice, listOrder } from '../../db/keyset';
import { PagedRead, readKeysetPage } from '../../db/paged-read';
import { Page } from '../shared/connection';
import { foldKey } from '../shared/ids';
import { projection } from '../shared/prefetch';
import { CLAIM, ENTITY, SOURCE, STORY, STORY_KEYS, TOPIC } from '../shared/projections';
import { readByKeys, readOneByKey } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { Source } from '../source/source.type';
import { Topic } from '../topic/topic.type';
import { asOfParams, claimKnownBy, knownBy } from '../shared/as-of';
import { Selection } from '../shared/selection';
import { StoryFilter, StoryOrder, StoryOrderField } from './story.filter';
import { Story } from './story.type';

export interface StoryListOptions {
  selection?: Selection;
  withTotal?: boolean;
  orderBy?: StoryOrder | null;
  /** ISO instant: only stories ingested by then. */
  asOf?: string;
  /** The caller's clearance rank: the count-store total of every story is only right for one who sees them all. */
  clearance: number;
}

/** The orders `stories` allows; both run on the publishedAt index when unfiltered (PUBLISHED_AT, either way). */
const STORY_ORDERS: Record<StoryOrderField, OrderChoice> = {
  PUBLISHED_AT: {
    natural: 'DESC',
    keys: (dir) => (dir === 'DESC' ? STORY_KEYS : [{ expr: 's.publishedAt', dir, kind: 'date' }, STORY_KEYS[1]]),
  },
  TITLE: { natural: 'ASC', keys: (dir) => [{ expr: 's.title', dir, kind: 'string' }, STORY_KEYS[1]] },
};

interface StoryScope {
  cypher: string;
  params: Record<string, unknown>;
  unfiltered: boolean;
}

/**
 * Anchored at the most selective criterion: a mentioned entity, a country, a topic, a date range; else the
 * publishedAt index. `fullClearance`: the caller sees every marking, so stories are not checked.
 */
export function storyScope(filter: StoryFilter = {}, asOf?: string, fullClearance = false): StoryScope {
  const params: Record<string, unknown> = {};
  const checks: string[] = [];
  let match: string;
  if (filter.mentionsEntities?.length) {
    match = 'MATCH (:Entity {id: $mentionsEntities[0]})<-[:MENTIONS]-(s:Story)';
  } else if (filter.mentionsCountries?.length) {
    match = `MATCH (k:Country) WHERE k.code IN $mentionsCountries
      WITH k ORDER BY COUNT { (k)<-[:MENTIONS]-() } LIMIT 1
      MATCH (k)<-[:MENTIONS]-(s:Story)`;
  } else if (filter.topic) {
    match = 'CALL () { MATCH (t:Topic {id: $topic}) RETURN t UNION MATCH (t:Topic {nameKey: $topicKey}) RETURN t } MATCH (t)<-[:TAGGED]-(s:Story)';
  } else {
    // Plain range predicates (no coalesce) so the planner seeks in the publishedAt index.
    const range = [filter.publishedFrom ? 's.publishedAt >= date($publishedFrom)' : '', filter.publishedTo ? 's.publishedAt <= date($publishedTo)' : ''].filter(
      Boolean,
    );
    match = `MATCH (s:Story) WHERE ${range.length ? range.join(' AND ') : 's.publishedAt IS NOT NULL'}`;
  }
  Object.assign(params, { publishedFrom: filter.publishedFrom ?? null, publishedTo: filter.publishedTo ?? null });
  if (filter.mentionsEntities?.length) {
    params.mentionsEntities = filter.mentionsEntities;
    checks.push('all(id IN $mentionsEntities WHERE EXISTS { MATCH (s)-[:MENTIONS]->(:Entity {id: id}) })');
  }
  if (filter.mentionsCountries?.length) {
    params.mentionsCountries = filter.mentionsCountries.map((c) => c.toUpperCase());
    checks.push('all(code IN $mentionsCountries WHERE EXISTS { MATCH (s)-[:MENTIONS]->(:Country {code: code}) })');
  }
  if (filter.topic) {
    Object.assign(params, { topic: filter.topic, topicKey: foldKey(filter.topic) });
    checks.push('EXISTS { MATCH (s)-[:TAGGED]->(t:Topic) WHERE t.id = $topic OR t.nameKey = $topicKey }');
  }
  if (filter.publishedFrom) checks.push('s.publishedAt >= date($publishedFrom)');
  if (filter.publishedTo) checks.push('s.publishedAt <= date($publishedTo)');
  if (filter.textContains) {
    params.textContains = filter.textContains;
    checks.push('(toLower(s.title) CONTAINS toLower($textContains) OR toLower(s.summary) CONTAINS toLower($textContains))');
  }
  if (asOf) {
    params.asOf = asOf;
    checks.push(knownBy('s.ingestedAt'));
  }
  const unfiltered = checks.length === 0;
  if (!fullClearance) checks.unshift(visible('Story', 's'));
  const cypher = `${match}\nWITH DISTINCT s${checks.length ? `\nWHERE ${checks.join('\n  AND ')}` : ''}`;
  return { cypher, params, unfiltered };
}

/** The read behind `stories`, newest first unless ordered otherwise. */
export function storyListRead(filter: StoryFilter | undefined, after: CursorKey | null, first: number, options: StoryListOptions): PagedRead {
  const scope = storyScope(filter, options.asOf, seesEverything(options.clearance));
  return {
    scope: scope.cypher,
    params: scope.params,
    vars: 's',
    ...listOrder(STORY_ORDERS, StoryOrderField.PUBLISHED_AT, options.orderBy, after),
    project: projection('Story', 's', options.selection, seesEverything(options.clearance)),
    first,
    total: scope.unfiltered ? unfilteredTotal('Story', options.clearance) : undefined,
    withTotal: options.withTotal ?? false,
  };
}

export class StoryRepository {
  constructor(
    private readonly executor: Executor,
    /** ISO instant: reads answer as of then (README "As-of queries"). */
    private readonly asOf?: string,
  ) {}

  /** The caller sees every marking: statements without the marking checks. */
  private get fullClearance(): boolean {
    return seesEverything(this.executor.clearance);
  }

  page(filter: StoryFilter | undefined, after: CursorKey | null, first: number, options: Omit<StoryListOptions, 'clearance'> = {}): Promise<Page<Story>> {
    return readKeysetPage<Story>(this.executor, storyListRead(filter, after, first, { ...options, asOf: this.asOf, clearance: this.executor.clearance }));
  }

  /** One story with the selected relationship fields, or null. */
  async byId(id: string, selection?: Selection): Promise<Story | null> {
    const [row] = await this.executor.read<{ story: Story }>(
      `MATCH (s:Story {id: $id})${where(!this.fullClearance && visible('Story', 's'), this.asOf && knownBy('s.ingestedAt'))} RETURN ${projection('Story', 's', selection, this.fullClearance)} AS story`,
      { id, ...asOfParams(this.asOf) },
    );
    return row?.story ?? null;
  }

  byIds = (ids: readonly string[]) =>
    readOneByKey<Story>(
      this.executor,
      `UNWIND $keys AS key MATCH (s:Story {id: key})${where(!this.fullClearance && visible('Story', 's'), this.asOf && knownBy('s.ingestedAt'))} RETURN key, ${STORY('s')} AS value`,
      ids,
      asOfParams(this.asOf),
    );

  topicsOf = (ids: readonly string[]) =>
    readByKeys<Topic>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:TAGGED]->(t:Topic) WITH key, t ORDER BY t.name RETURN key, ${TOPIC('t')} AS value`,
      ids,
    );

  claimsOf = (ids: readonly string[]) =>
    readByKeys<Claim>(
      this.executor,
      `UNWIND $keys AS key MATCH (s:Story {id: key})-[:HAS_CLAIM]->(c:Claim)${where(!this.fullClearance && visible('Claim', 'c'), this.asOf && claimKnownBy('c', 's'))}
       WITH key, c ORDER BY c.position, c.id RETURN key, ${CLAIM('c')} AS value`,
      ids,
      asOfParams(this.asOf),
    );

  sourcesOf = (ids: readonly string[]) =>
    readByKeys<Source>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:BASED_ON]->(src:Source)${visibleClause('Source', 'src', this.fullClearance)} WITH key, src ORDER BY src.title RETURN key, ${SOURCE('src')} AS value`,
      ids,
    );

  mentionsOf = (ids: readonly string[]) =>
    readByKeys<EntityRecord>(
      this.executor,
      `UNWIND $keys AS key MATCH (:Story {id: key})-[:MENTIONS]->(e:Entity) WITH key, e ORDER BY e.type, e.name RETURN key, ${ENTITY('e')} AS value`,
      ids,
    );

  async count(): Promise<number> {
    const [row] = await this.executor.read<{ stories: number }>('MATCH (s:Story) RETURN count(s) AS stories');
    return row.stories;
  }
}
