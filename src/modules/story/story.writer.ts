import { Statement } from '../../db/executor';
import { EntityType } from '../shared/enums';
import { ENTITY_KINDS } from '../shared/kinds';
import { rankOf } from '../shared/marking-rank';
import { tlpRank } from '../shared/tlp';
import { ClaimRow, EntityRow, WritePlan } from './story.plan';

/**
 * The statements of one write transaction for a batch of stories (one story is a batch of one), as
 * named builders that UNWIND rows of every story in the batch (the repository runs them in order and
 * decides between them). Rows carry the index (`at`) or id of the story they belong to, so counts
 * are per story. Three rules keep concurrent ingests correct and fast:
 * - "created" is what MERGE itself created in THIS transaction: `ON CREATE SET n._new` is read back
 *   and removed in the same statement, so no state read earlier (or by another transaction) counts.
 *   Two stories of a batch naming one node: the first row creates it, the next ones reuse it, as if
 *   the stories had been written one after the other. Stories, claims and sources that a read at the
 *   start of the write did not find skip MERGE and its marker: they are CREATEd (the uniqueness
 *   constraints refuse one created meanwhile, and the batch is written again: retryingCreateRaces).
 * - Shared nodes (countries, topics, publishers, agencies, sources) are only written when a value
 *   really changes: a SET takes an exclusive lock held until commit, which would make every story
 *   about Mexico wait for every other one.
 * - Edges from a node created in this transaction use CREATE (they cannot exist yet): MERGE of a
 *   missing relationship locks both end nodes exclusively, CREATE on a busy (dense) node does not.
 * Rows come sorted by id, so two transactions take their locks in the same order (no deadlocks).
 * Entities are found as `(n:Entity {id}) WHERE n:Country`: only Entity has an index on id, so
 * `(n:Country {id})` would scan every country for each row (every organisation, for publishers).
 */

/** How an edge is written: CREATE when its start node is new in this transaction, MERGE otherwise. */
export type EdgeVerb = 'CREATE' | 'MERGE';

/** Reads the `_new` marker set by ON CREATE into `created`, and removes it again (only from new nodes: a REMOVE locks). */
const CREATED = (n: string) => `WITH *, ${n}._new IS NOT NULL AS created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE ${n}._new)`;

/**
 * Own markings only rise through ingest (set on creation, raised when the input's is higher), so a
 * replay writes nothing; once an admin has set a node's marking (setMarking leaves `markingSetBy`),
 * ingest leaves it alone, higher or lower.
 */
const RAISE_MARKING = (n: string, r: string) =>
  `FOREACH (_ IN CASE WHEN ${n}.markingSetBy IS NULL AND ${rankOf(`${n}.marking`)} < ${rankOf(`${r}.marking`)} THEN [1] ELSE [] END |
        SET ${n}.marking = ${r}.marking)`;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** By id, then by story (`at`): the first story of the batch naming a node creates it. */
const sortedById = <T extends { id: string; at?: number }>(rows: T[]) => [...rows].sort((a, b) => compare(a.id, b.id) || (a.at ?? 0) - (b.at ?? 0));

/** Rows of every plan, each tagged with its plan's index in the batch. */
const tagged = <T>(plans: WritePlan[], rowsOf: (plan: WritePlan) => T[]) => plans.flatMap((plan, at) => rowsOf(plan).map((row) => ({ ...row, at })));

/**
 * The story nodes the graph had when the write began (`existing`; the others are created by
 * createStories). Their properties are only written when they change, so replaying a story takes
 * no exclusive lock at all: ten workers replaying the same stories do not queue behind each other.
 */
export function mergeStories(plans: WritePlan[], existing: ReadonlySet<string>): Statement {
  return {
    cypher: `UNWIND $stories AS story
      MERGE (s:Story {id: story.id})
      ON CREATE SET s._new = true, s.ingestedAt = datetime()
      ${CREATED('s')}
      FOREACH (_ IN CASE WHEN created OR coalesce(s.title, '') <> story.title OR coalesce(s.summary, '') <> story.summary
          OR s.publishedAt IS NULL OR s.publishedAt <> date(story.publishedAt) OR coalesce(s.url, '') <> coalesce(story.url, '') THEN [1] ELSE [] END |
        SET s.title = story.title, s.summary = story.summary, s.publishedAt = date(story.publishedAt), s.url = story.url)
      FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | SET s.marking = story.marking)
      ${RAISE_MARKING('s', 'story')}
      RETURN story.at AS at, created, s.marking AS marking`,
    params: { stories: sortedById(tagged(plans, (p) => [p.story]).filter((s) => existing.has(s.id))) },
  };
}

/**
 * Stories absent when the write began (see writeNewClaims for what a concurrent creation does), with
 * their own edges (topics created on first use): every edge of a new story is new, and writing them
 * here finds each story once instead of once per edge. Runs after the entities and sources are written.
 */
export function createStories(plans: WritePlan[], existing: ReadonlySet<string>): Statement {
  const rows = tagged(plans, (p) => [{ ...p.story, topics: sortedById(p.topics), basedOn: [...p.basedOn].sort(), mentions: [...p.mentions].sort() }]).filter(
    (s) => !existing.has(s.id),
  );
  return {
    cypher: `UNWIND $stories AS story
      CREATE (s:Story {id: story.id, ingestedAt: datetime(), title: story.title, summary: story.summary,
        publishedAt: date(story.publishedAt), url: story.url, marking: story.marking})
      WITH s, story
      CALL (s, story) {
        UNWIND story.topics AS topic
        MERGE (tp:Topic {id: topic.id}) ON CREATE SET tp.name = topic.name, tp.nameKey = topic.nameKey
        CREATE (s)-[:TAGGED]->(tp)
      }
      CALL (s, story) { UNWIND story.basedOn AS id MATCH (src:Source {id: id}) CREATE (s)-[:BASED_ON]->(src) }
      CALL (s, story) { UNWIND story.mentions AS id MATCH (e:Entity {id: id}) CREATE (s)-[:MENTIONS]->(e) }
      RETURN story.at AS at`,
    params: { stories: sortedById(rows) },
  };
}

/** Changed-only update of a matched entity: names are kept, codes and counts follow the input, aliases only grow. */
const ENTITY_CHANGED = `NOT created AND n.type = r.type AND (
      (n.name IS NULL AND r.name IS NOT NULL)
      OR (r.code IS NOT NULL AND coalesce(n.code, '') <> r.code)
      OR (r.acronym IS NOT NULL AND coalesce(n.acronym, '') <> r.acronym)
      OR (r.size IS NOT NULL AND coalesce(n.size, -1) <> r.size)
      OR (r.demonym IS NOT NULL AND coalesce(n.demonym, '') <> r.demonym)
      OR any(a IN r.aliases WHERE NOT a IN coalesce(n.aliases, []))
      OR any(k IN r.aliasKeys WHERE NOT k IN coalesce(n.aliasKeys, [])))`;

/** One MERGE statement per entity label (labels from the ENTITY_KINDS registry). Returns each id's type, to catch an id of another kind. */
export function mergeEntities(type: EntityType, rows: (EntityRow & { at: number })[]): Statement {
  return {
    cypher: `UNWIND $rows AS r
      MERGE (n:Entity {id: r.id})
      ON CREATE SET n:${ENTITY_KINDS[type].label}, n._new = true, n.firstSeenAt = datetime(), n.type = r.type, n.name = r.name, n.nameKey = r.nameKey,
        n.code = r.code, n.acronym = r.acronym, n.size = r.size, n.demonym = r.demonym, n.aliases = r.aliases, n.aliasKeys = r.aliasKeys
      ${CREATED('n')}
      FOREACH (_ IN CASE WHEN ${ENTITY_CHANGED} THEN [1] ELSE [] END |
        SET n.name = coalesce(n.name, r.name), n.nameKey = coalesce(n.nameKey, r.nameKey),
          n.code = coalesce(r.code, n.code), n.acronym = coalesce(r.acronym, n.acronym), n.size = coalesce(r.size, n.size),
          n.demonym = coalesce(r.demonym, n.demonym),
          n.aliases = coalesce(n.aliases, []) + [a IN r.aliases WHERE NOT a IN coalesce(n.aliases, [])],
          n.aliasKeys = coalesce(n.aliasKeys, []) + [k IN r.aliasKeys WHERE NOT k IN coalesce(n.aliasKeys, [])])
      RETURN r.at AS at, n.id AS id, n.type AS type, created`,
    params: { rows: sortedById(rows) },
  };
}

/** A type clash between two stories of one batch over an entity id: the later story's CONFLICT. */
export interface TypeClash {
  at: number;
  id: string;
  type: EntityType;
  expected: EntityType;
}

/**
 * One row per entity id across the batch. Within one statement Neo4j may MERGE every row before it
 * projects any (eager), so a node that several rows name would read as created by each of them:
 * instead the rows fold into one, as successive ingests would have left the node (first name kept,
 * codes and counts from the last story giving them, aliases in order of appearance), marked with
 * the first story (`at`), which alone can have created it.
 */
export function foldEntityRows(plans: WritePlan[]): { rows: (EntityRow & { at: number })[]; clashes: TypeClash[] } {
  const folded = new Map<string, EntityRow & { at: number }>();
  const clashes: TypeClash[] = [];
  tagged(plans, (p) => [...p.countries, ...p.entities, ...p.publishers]).forEach((row) => {
    const first = folded.get(row.id);
    if (!first) return folded.set(row.id, { ...row, aliases: [...row.aliases], aliasKeys: [...row.aliasKeys] });
    if (first.type !== row.type) return clashes.push({ at: row.at, id: row.id, type: first.type, expected: row.type });
    for (const k of ['code', 'acronym', 'size', 'demonym'] as const) if (row[k] !== null) Object.assign(first, { [k]: row[k] });
    first.aliases.push(...row.aliases.filter((a) => !first.aliases.includes(a)));
    first.aliasKeys.push(...row.aliasKeys.filter((k) => !first.aliasKeys.includes(k)));
  });
  return { rows: [...folded.values()], clashes };
}

/** Entity statements in one fixed order: by type, then by id. */
export function entityStatements(rows: (EntityRow & { at: number })[]): { type: EntityType; statement: Statement }[] {
  return Object.values(EntityType)
    .map((type) => ({ type, rows: rows.filter((r) => r.type === type) }))
    .filter((g) => g.rows.length)
    .map(({ type, rows }) => ({ type, statement: mergeEntities(type, rows) }));
}

/**
 * The claim nodes the graph already had when the write began (`existing`), before anything is written
 * to them: a claim id another story already holds is found here (only stories have HAS_CLAIM: no
 * label, so the pattern expands from the claim). The others are created by writeNewClaims: a MERGE
 * of 4000 absent claims cost a fifth of a first import's statements (a locking seek, the marker, three
 * Eager buffers) to learn what the read before the write already said. (Two stories of one batch
 * never share a claim id: the repository cuts batches so.)
 */
export function mergeClaims(plans: WritePlan[], existing: ReadonlySet<string>): Statement {
  const rows = tagged(plans, (p) => p.claims.filter((c) => existing.has(c.id)).map((c) => ({ id: c.id, storyId: p.story.id })));
  return {
    cypher: `UNWIND $rows AS r
      MERGE (c:Claim {id: r.id})
      ON CREATE SET c._new = true, c.ingestedAt = datetime()
      ${CREATED('c')}
      RETURN r.at AS at, c.id AS id, created, [(c)<-[:HAS_CLAIM]-(s) WHERE s.id <> r.storyId | s.id] AS owners`,
    params: { rows: sortedById(rows) },
  };
}

/** derivedFrom ids outside the story that are not in the graph. */
export function missingSources(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id OPTIONAL MATCH (s:Source {id: id}) WITH id, s WHERE s IS NULL RETURN id`,
    params: { ids },
  };
}

/** The only relationship types a tie may have. */
const TIE_RELATIONS = ['OF_COUNTRY', 'REPRESENTS', 'LOCATED_IN', 'AFFILIATED_WITH'] as const;

export function linkTies(verb: EdgeVerb, ties: WritePlan['ties']): Statement[] {
  return TIE_RELATIONS.map((rel) => ({ rel, rows: ties.filter((t) => t.relation === rel) }))
    .filter((g) => g.rows.length)
    .map(({ rel, rows }) => ({
      cypher: `UNWIND $rows AS r MATCH (e:Entity {id: r.entityId}) MATCH (c:Entity {id: r.countryId}) WHERE c:Country ${verb} (e)-[:${rel}]->(c)`,
      params: { rows },
    }));
}

export function linkRoles(verb: EdgeVerb, roles: WritePlan['roles']): Statement {
  const write =
    verb === 'CREATE'
      ? 'CREATE (p)-[:HELD_ROLE {key: r.key, title: r.title, from: r.from, to: r.to}]->(c)'
      : `MERGE (p)-[h:HELD_ROLE {key: r.key}]->(c)
      WITH h, r WHERE coalesce(h.title, '') <> r.title OR coalesce(h.from, '') <> coalesce(r.from, '') OR coalesce(h.to, '') <> coalesce(r.to, '')
      SET h.title = r.title, h.from = r.from, h.to = r.to`;
  return {
    cypher: `UNWIND $rows AS r MATCH (p:Entity {id: r.personId}) WHERE p:Person MATCH (c:Entity {id: r.countryId}) WHERE c:Country ${write}`,
    params: { rows: roles },
  };
}

/** One source row per id across a batch, as successive stories would leave the node: see foldSourceRows. */
export type SourceRow = Omit<WritePlan['sources'][number], 'publisherId'> & { at: number; publisherIds: string[] };

/**
 * Sources are shared between stories. One row per id across the batch (see foldEntityRows): title
 * and kind of the last story naming it, its last url, the highest marking, every publisher named.
 */
export function foldSourceRows(plans: WritePlan[]): SourceRow[] {
  const folded = new Map<string, SourceRow>();
  tagged(plans, (p) => p.sources).forEach(({ publisherId, ...row }) => {
    const first = folded.get(row.id);
    const publishers = publisherId ? [publisherId] : [];
    if (!first) return folded.set(row.id, { ...row, publisherIds: publishers });
    Object.assign(first, { title: row.title, kind: row.kind, url: row.url ?? first.url });
    if (tlpRank(row.marking) > tlpRank(first.marking)) first.marking = row.marking;
    first.publisherIds.push(...publishers.filter((p) => !first.publisherIds.includes(p)));
  });
  return sortedById([...folded.values()]);
}

/** Which of these source ids the graph has (read before the sources are written). */
export function existingSources(ids: string[]): Statement {
  return { cypher: `UNWIND $ids AS id MATCH (src:Source {id: id}) RETURN src.id AS id`, params: { ids } };
}

/**
 * Sources absent when read: created with their publishers (the uniqueness constraint refuses one
 * that another transaction created since, and the batch is written again: see retryingCreateRaces).
 * Each is created with the effective rank of its own marking (`markingRank`, an integer computed in
 * Cypher as rankSources does: a JS number would be stored as a float; left out at CLEAR as rankSources leaves it): right unless it derives from another source, which the marking
 * propagation then ranks (see sourcesToRank).
 */
export function createSources(rows: SourceRow[]): Statement {
  const rank = rankOf('r.marking');
  return {
    cypher: `UNWIND $rows AS r
      CREATE (src:Source {id: r.id, firstSeenAt: datetime(), title: r.title, kind: r.kind, url: r.url, marking: r.marking,
        markingRank: CASE WHEN ${rank} > 0 THEN ${rank} END})
      WITH src, r
      CALL (src, r) { UNWIND r.publisherIds AS publisherId MATCH (o:Entity {id: publisherId}) WHERE o:Organization CREATE (src)-[:PUBLISHED_BY]->(o) }
      RETURN r.at AS at, r.id AS id, true AS created`,
    params: { rows },
  };
}

/**
 * The sources of a batch whose effective rank the marking propagation must compute: all but those
 * created with their rank (createSources) that derive from no other source.
 */
export function sourcesToRank(plans: WritePlan[], created: ReadonlySet<string>): string[] {
  const deriving = new Set(plans.flatMap((p) => p.derivations.map((d) => d.from)));
  return [...new Set(plans.flatMap((p) => p.sources.map((src) => src.id)))].filter((id) => !created.has(id) || deriving.has(id));
}

/** Sources the graph had: created (when deleted since the read) or, when a value really changed, updated. */
export function mergeSources(rows: SourceRow[]): Statement {
  return {
    cypher: `UNWIND $rows AS r
      MERGE (src:Source {id: r.id})
      ON CREATE SET src._new = true, src.firstSeenAt = datetime(), src.title = r.title, src.kind = r.kind, src.url = r.url, src.marking = r.marking
      ${CREATED('src')}
      ${RAISE_MARKING('src', 'r')}
      FOREACH (_ IN CASE WHEN NOT created AND (coalesce(src.title, '') <> r.title OR coalesce(src.kind, '') <> r.kind
          OR (r.url IS NOT NULL AND coalesce(src.url, '') <> r.url)) THEN [1] ELSE [] END |
        SET src.title = r.title, src.kind = r.kind, src.url = coalesce(r.url, src.url))
      WITH src, r, created
      CALL (src, r, created) {
        UNWIND r.publisherIds AS publisherId
        MATCH (o:Entity {id: publisherId}) WHERE o:Organization
        FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (src)-[:PUBLISHED_BY]->(o))
        FOREACH (_ IN CASE WHEN NOT created THEN [1] ELSE [] END | MERGE (src)-[:PUBLISHED_BY]->(o))
      }
      RETURN r.at AS at, src.id AS id, created`,
    params: { rows },
  };
}

export function linkDerivations(verb: EdgeVerb, derivations: WritePlan['derivations']): Statement {
  return {
    cypher: `UNWIND $rows AS r MATCH (a:Source {id: r.from}) MATCH (b:Source {id: r.to}) ${verb} (a)-[:DERIVED_FROM]->(b)`,
    params: { rows: derivations },
  };
}

/**
 * Re-ingested stories lose what their new version no longer has: claims (with their citation
 * grades, no orphans) and their own edges (topics, sources, mentions).
 */
export function pruneStories(plans: WritePlan[]): Statement[] {
  return [
    {
      cypher: `UNWIND $rows AS r
        MATCH (s:Story {id: r.storyId})
        OPTIONAL MATCH (s)-[:HAS_CLAIM]->(old:Claim) WHERE NOT old.id IN r.claimIds
        OPTIONAL MATCH (old)-[:HAS_CITATION_GRADE]->(grade:CitationGrade)
        DETACH DELETE old, grade`,
      params: { rows: plans.map((p) => ({ storyId: p.story.id, claimIds: p.claims.map((c) => c.id) })) },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (s:Story {id: r.storyId})-[e:TAGGED|BASED_ON|MENTIONS]->(x) WHERE NOT x.id IN r.keep DELETE e`,
      params: { rows: plans.map((p) => ({ storyId: p.story.id, keep: [...p.topics.map((t) => t.id), ...p.basedOn, ...p.mentions] })) },
    },
  ];
}

/** Topics (created on first use, never rewritten) and the stories' own edges, for stories that existed (createStories writes those of new ones). */
export function linkStories(verb: EdgeVerb, plans: WritePlan[]): Statement[] {
  const pairs = (idsOf: (p: WritePlan) => string[]) => plans.flatMap((p) => [...idsOf(p)].sort().map((id) => ({ storyId: p.story.id, id })));
  return [
    {
      cypher: `UNWIND $rows AS r
        MATCH (s:Story {id: r.storyId})
        MERGE (tp:Topic {id: r.topic.id}) ON CREATE SET tp.name = r.topic.name, tp.nameKey = r.topic.nameKey
        ${verb} (s)-[:TAGGED]->(tp)`,
      params: { rows: plans.flatMap((p) => sortedById(p.topics).map((topic) => ({ storyId: p.story.id, topic }))) },
    },
    {
      cypher: `UNWIND $rows AS r MATCH (s:Story {id: r.storyId}) MATCH (src:Source {id: r.id}) ${verb} (s)-[:BASED_ON]->(src)`,
      params: { rows: pairs((p) => p.basedOn) },
    },
    {
      cypher: `UNWIND $rows AS r MATCH (s:Story {id: r.storyId}) MATCH (e:Entity {id: r.id}) ${verb} (s)-[:MENTIONS]->(e)`,
      params: { rows: pairs((p) => p.mentions) },
    },
  ];
}

/** A claim row with the id of the story it belongs to. */
export type StoryClaimRow = ClaimRow & { storyId: string };

/**
 * A created claim's effective rank, from the story and sources in hand while its edges are written
 * (rankClaims' rule: the highest of its own marking, its story's and its cited sources' ranks) instead
 * of reading every new claim back after the write (a quarter of a first import's db hits). A source
 * whose rank the propagation then changes re-ranks the claims citing it (rankClaims by source), so the
 * rank read here only has to be right for sources whose rank stays. Only ranks above CLEAR are written
 * (an absent rank reads as CLEAR) and returned, for the tallies.
 */
const RANK_CREATED = `CALL (c, r) {
        UNWIND r.citations AS ct MATCH (src:Source {id: ct.sourceId}) CREATE (c)-[:CITES {quote: ct.quote}]->(src)
        RETURN coalesce(max(coalesce(src.markingRank, 0)), 0) AS cited
      }
      WITH c, reduce(m = ${rankOf('c.marking')}, x IN [${rankOf('s.marking')}, cited] | CASE WHEN x > m THEN x ELSE m END) AS rank
      WHERE rank > 0
      SET c.markingRank = rank
      RETURN c.id AS id, 0 AS old, rank`;

/**
 * Claims new in this transaction: every edge is new too. `create`: the claim nodes too (absent when
 * the write began; the uniqueness constraint refuses one that another transaction created since, and
 * the batch is then written again: see retryingCreateRaces). Otherwise they were just merged.
 */
export function writeNewClaims(claims: StoryClaimRow[], create: boolean): Statement {
  return {
    cypher: `UNWIND $claims AS r
      MATCH (s:Story {id: r.storyId})
      ${create ? 'CREATE (c:Claim {id: r.id, ingestedAt: datetime()})' : 'MATCH (c:Claim {id: r.id})'}
      SET c.text = r.text, c.kind = r.kind, c.asOf = r.asOf, c.position = r.position, c.marking = r.marking
      CREATE (s)-[:HAS_CLAIM]->(c)
      WITH c, r${create ? ', s' : ''}
      CALL (c, r) { UNWIND r.about AS id MATCH (e:Entity {id: id}) CREATE (c)-[:ABOUT]->(e) }
      CALL (c, r) { UNWIND r.attributedTo AS id MATCH (e:Entity {id: id}) CREATE (c)-[:ATTRIBUTED_TO]->(e) }
      ${create ? RANK_CREATED : 'CALL (c, r) { UNWIND r.citations AS ct MATCH (src:Source {id: ct.sourceId}) CREATE (c)-[:CITES {quote: ct.quote}]->(src) }'}`,
    params: { claims: sortedById(claims).map(oneCitationPerSource) },
  };
}

/** Claims their story already had: written only where they changed; edges their new version no longer has go, the rest is merged. */
export function updateClaims(claims: StoryClaimRow[]): Statement {
  return {
    cypher: `UNWIND $claims AS r
      MATCH (s:Story {id: r.storyId})
      MATCH (c:Claim {id: r.id})
      FOREACH (_ IN CASE WHEN coalesce(c.text, '') <> r.text OR coalesce(c.kind, '') <> r.kind OR coalesce(c.asOf, '') <> coalesce(r.asOf, '')
          OR coalesce(c.position, -1) <> r.position THEN [1] ELSE [] END |
        SET c.text = r.text, c.kind = r.kind, c.asOf = r.asOf, c.position = r.position)
      ${RAISE_MARKING('c', 'r')}
      MERGE (s)-[:HAS_CLAIM]->(c)
      WITH c, r
      CALL (c, r) {
        OPTIONAL MATCH (c)-[old:ABOUT|ATTRIBUTED_TO|CITES]->(x)
        WHERE (type(old) = 'ABOUT' AND NOT x.id IN r.about)
           OR (type(old) = 'ATTRIBUTED_TO' AND NOT x.id IN r.attributedTo)
           OR (type(old) = 'CITES' AND NOT x.id IN [ct IN r.citations | ct.sourceId])
        DELETE old
      }
      CALL (c, r) {
        OPTIONAL MATCH (c)-[:HAS_CITATION_GRADE]->(grade:CitationGrade)
        WHERE NOT grade.sourceId IN [ct IN r.citations | ct.sourceId]
        DETACH DELETE grade
      }
      CALL (c, r) { UNWIND r.about AS id MATCH (e:Entity {id: id}) MERGE (c)-[:ABOUT]->(e) }
      CALL (c, r) { UNWIND r.attributedTo AS id MATCH (e:Entity {id: id}) MERGE (c)-[:ATTRIBUTED_TO]->(e) }
      CALL (c, r) {
        UNWIND r.citations AS ct MATCH (src:Source {id: ct.sourceId})
        MERGE (c)-[x:CITES]->(src)
        WITH x, ct WHERE (x.quote IS NULL) <> (ct.quote IS NULL) OR x.quote <> ct.quote
        SET x.quote = ct.quote
      }`,
    params: { claims: sortedById(claims).map(oneCitationPerSource) },
  };
}

/** Two citations of one source are one CITES edge; the later quote wins (as MERGE + SET did). */
function oneCitationPerSource<T extends ClaimRow>(claim: T): T {
  const bySource = new Map(claim.citations.map((ct) => [ct.sourceId, ct]));
  return { ...claim, citations: [...bySource.values()] };
}
