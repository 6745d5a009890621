import { Statement, WriteTx } from '../../db/executor';
import { COUNTRY_TIES } from '../shared/projections';
import { ALL_TALLY_PREFIX, PAIR_TALLY_PREFIX, seenOfTally } from '../shared/visibility';
import { TLP_LEVELS } from '../shared/tlp';

/**
 * Entity tallies: for every entity, how many claims and how many stories its page counts at each
 * marking rank, kept in `(:EntityTally {entityId, claims: [CLEAR, GREEN, AMBER, AMBER_STRICT, RED],
 * stories: [...]})` (never exported, never walked: no edge leads to it). An entity's page counts the
 * claims ABOUT it (a country's also those about an entity tied to it: its embassy, agencies, office
 * holders; each claim once) and the stories that MENTION it. A reader's total is then the sum of the
 * ranks up to their clearance: one index seek, however many claims or stories. The same nodes count
 * the claims about two countries (`pair:` tallies, per unordered pair) and every claim and story
 * (`all:` shards), keyed so that no entity id collides with them.
 *
 * Every write that changes what a page counts keeps the tallies in its own transaction: story
 * writes (ingest, batches, imports: claims created, re-linked or pruned, mentions, new ties) through
 * trackPages, and effective-rank changes (ingest's and setMarking's propagation) through
 * retallyRanks. Only non-zero differences are written, so a replay writes (and locks) nothing.
 */
const RANKS = TLP_LEVELS.length;
const ZEROS = `[i IN range(0, ${RANKS - 1}) | 0]`;

/** What an entity's page counts. */
export type TallyKind = 'claims' | 'stories';
const KINDS: readonly TallyKind[] = ['claims', 'stories'];

/** One claim's or story's part in the tallies: its effective rank and the entities whose page counts it. */
export interface Pages {
  id: string;
  rank: number;
  pages: string[];
}

/**
 * The countries a claim is about: those it is ABOUT and those an entity it is ABOUT is tied to (what
 * the claim filter `aboutCountries` matches), as ids in `countries`.
 */
const COUNTRIES_OF_CLAIM = `COLLECT { MATCH (c)-[:ABOUT]->(k:Country) RETURN k.id AS k
          UNION MATCH (c)-[:ABOUT]->(:Entity)-[:${COUNTRY_TIES}]->(k:Country) RETURN k.id AS k }`;

/** The pair pages of a list of distinct country ids in Cypher (pairPages, the same in JS). */
const PAIRS_OF = (countries: string) => `reduce(p = [], a IN ${countries} | p + [b IN ${countries} WHERE a < b | '${PAIR_TALLY_PREFIX}' + a + '|' + b])`;

/** The page of the claims about both countries (ids): `pair:<smaller id>|<larger id>`. */
export const pairPage = (a: string, b: string): string => PAIR_TALLY_PREFIX + (a < b ? `${a}|${b}` : `${b}|${a}`);

/** One page per unordered pair of distinct countries (ids). */
export function pairPages(countries: string[]): string[] {
  const distinct = [...new Set(countries)];
  return distinct.flatMap((a, i) => distinct.slice(i + 1).map((b) => pairPage(a, b)));
}

/**
 * The pages that count each claim (entities it is ABOUT, the countries those are tied to, and each
 * pair of those countries: the claims about both, behind the total of `aboutCountries: [A, B]`) or
 * story (entities it MENTIONS), and the shard of the global tally (`all:<last character of its id>`)
 * behind the unfiltered claim and story lists' totals.
 */
const PAGES_OF: Readonly<Record<TallyKind, string>> = {
  claims: `UNWIND $ids AS id
      MATCH (c:Claim {id: id})
      WITH c, ${COUNTRIES_OF_CLAIM} AS countries
      RETURN c.id AS id, coalesce(c.markingRank, 0) AS rank,
        COLLECT { MATCH (c)-[:ABOUT]->(x:Entity) RETURN x.id AS page
          UNION UNWIND countries AS page RETURN page
          UNION RETURN '${ALL_TALLY_PREFIX}' + right(c.id, 1) AS page } + ${PAIRS_OF('countries')} AS pages`,
  stories: `UNWIND $ids AS id
      MATCH (s:Story {id: id})
      RETURN s.id AS id, coalesce(s.markingRank, 0) AS rank, [(s)-[:MENTIONS]->(x:Entity) | x.id] + ['${ALL_TALLY_PREFIX}' + right(s.id, 1)] AS pages`,
};

export const pagesOf = (kind: TallyKind, ids: string[]): Statement => ({ cypher: PAGES_OF[kind], params: { ids } });

/** What a story write names: its stories, its claims, and the entity-to-country ties it states. */
export interface StoryWrite {
  storyIds: string[];
  claimIds: string[];
  ties: { entityId: string; countryId: string }[];
}

/**
 * Claims whose pages a story write may change, read before it: those the stories have now (pruned
 * or re-linked), those it names, and those about an entity that gains its first tie to a country
 * (which then counts them; ties are only ever added). Stories: only those written.
 */
export function claimsTouchedBy(write: StoryWrite): Statement {
  return {
    cypher: `CALL () {
        UNWIND $storyIds AS id MATCH (:Story {id: id})-[:HAS_CLAIM]->(c:Claim) RETURN c.id AS id
        UNION UNWIND $claimIds AS id RETURN id
        UNION UNWIND $ties AS t MATCH (e:Entity {id: t.entityId})
          WHERE NOT EXISTS { (e)-[:${COUNTRY_TIES}]->(:Country {id: t.countryId}) }
          MATCH (c:Claim)-[:ABOUT]->(e) RETURN c.id AS id
      }
      RETURN DISTINCT id`,
    params: { storyIds: write.storyIds, claimIds: write.claimIds, ties: write.ties },
  };
}

/** Before and after of the claims and stories a write touched. */
export type PagesChange = Partial<Record<TallyKind, { before: Pages[]; after: Pages[] }>>;
export type TallyRow = { id: string } & Record<TallyKind, number[]>;

/** Per entity, after minus before, by kind and rank; entities whose tallies do not change are left out. Sorted by id (lock order). */
export function tallyDelta(change: PagesChange): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  const row = (id: string) => rows.get(id) ?? rows.set(id, { id, claims: new Array(RANKS).fill(0), stories: new Array(RANKS).fill(0) }).get(id)!;
  for (const kind of KINDS) {
    const add = (items: Pages[], sign: number) => {
      for (const item of items) for (const page of item.pages) row(page)[kind][item.rank] += sign;
    };
    add(change[kind]?.before ?? [], -1);
    add(change[kind]?.after ?? [], 1);
  }
  return [...rows.values()].filter((r) => KINDS.some((kind) => r[kind].some((d) => d !== 0))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Adds the deltas. The dummy write takes the tally's lock before its values are read, so concurrent
 * writers add up instead of overwriting each other (read-committed isolation).
 */
export function addToTallies(rows: TallyRow[]): Statement {
  const sum = (kind: TallyKind) => `t.${kind} = [i IN range(0, ${RANKS - 1}) | coalesce(t.${kind}[i], 0) + r.${kind}[i]]`;
  return {
    cypher: `UNWIND $rows AS r
      MERGE (t:EntityTally {entityId: r.id})
      SET t._lock = true
      WITH t, r
      SET ${KINDS.map(sum).join(', ')}
      REMOVE t._lock`,
    params: { rows },
  };
}

const read = async (tx: WriteTx, kind: TallyKind, ids: string[]): Promise<Pages[]> => (ids.length ? tx.run<Pages>(PAGES_OF[kind], { ids }) : []);

/** The pages already known (from what a write wrote), and those of the other `ids` read from the graph. */
async function knownOrRead(tx: WriteTx, kind: TallyKind, known: Pages[], ids: string[]): Promise<Pages[]> {
  const knownIds = new Set(known.map((p) => p.id));
  return [
    ...known,
    ...(await read(
      tx,
      kind,
      ids.filter((id) => !knownIds.has(id)),
    )),
  ];
}

/** Writes what a transaction changed, once, as its last write: tally locks are then taken in id order and last, so they cannot close a cycle with other locks. */
export async function applyToTallies(tx: WriteTx, ...changes: PagesChange[]): Promise<void> {
  const merged: PagesChange = {};
  for (const kind of KINDS) {
    const parts = changes.map((c) => c[kind]).filter((p) => p !== undefined);
    if (parts.length) merged[kind] = { before: parts.flatMap((p) => p.before), after: parts.flatMap((p) => p.after) };
  }
  const rows = tallyDelta(merged);
  if (rows.length) await tx.run(addToTallies(rows).cypher, { rows });
}

/** The global tally shard that counts a claim or story: Cypher's `'all:' + right(id, 1)` (the last character, by code point). */
export const shardOf = (id: string): string => ALL_TALLY_PREFIX + [...id.slice(-2)].pop()!;

/** Pages of claims and stories as a write left them, without their rank (see `settle`). */
export type WrittenPages = Partial<Record<TallyKind, { id: string; pages: string[] }[]>>;

/** The entities a write names that are in the graph, each with the countries its page counts too (ties) and whether it is one. */
const ENTITY_COUNTRIES = `UNWIND $ids AS id
      MATCH (e:Entity {id: id})
      RETURN e.id AS id, e:Country AS country, [(e)-[:${COUNTRY_TIES}]->(k:Country) | k.id] AS countries`;

/**
 * The pages of claims and stories a story write has just written, from what it wrote instead of read
 * back claim by claim (PAGES_OF expands every claim's ABOUT edges and their ties: about 34 db hits a
 * claim): a written claim is ABOUT exactly its `about` entities and a written story MENTIONS exactly
 * its `mentions`, those in the graph; one read of those entities gives their countries. Call it after
 * the write's edges (ties included) are written.
 */
export async function pagesAsWritten(
  tx: WriteTx,
  written: { claims: { id: string; about: string[] }[]; stories: { id: string; mentions: string[] }[] },
): Promise<WrittenPages> {
  const ids = [...new Set([...written.claims.flatMap((c) => c.about), ...written.stories.flatMap((s) => s.mentions)])].sort();
  const entities = new Map(
    ids.length ? (await tx.run<{ id: string; country: boolean; countries: string[] }>(ENTITY_COUNTRIES, { ids })).map((e) => [e.id, e]) : [],
  );
  const inGraph = (ids: string[]) => ids.filter((id) => entities.has(id));
  const countriesOf = (about: string[]) => about.flatMap((id) => [...(entities.get(id)!.country ? [id] : []), ...entities.get(id)!.countries]);
  return {
    claims: written.claims.map((c) => {
      const about = inGraph(c.about);
      const countries = countriesOf(about);
      return { id: c.id, pages: [...new Set([...about, ...countries, shardOf(c.id)]), ...pairPages(countries)] };
    }),
    stories: written.stories.map((s) => ({ id: s.id, pages: [...inGraph(s.mentions), shardOf(s.id)] })),
  };
}

/**
 * Call before a story write touches anything; `settle()` after its edges are written (before the
 * marking propagation, which moves rank changes and writes what settle returns with them). Claims
 * and stories new in the write count from settle at the rank they have then (0 until propagation).
 * `settle(written)` takes the pages of what the write wrote (pagesAsWritten) instead of reading them
 * again; their rank is the one read before (propagation, which alone changes ranks, runs after
 * settle), 0 for nodes the write created. `before` holds every claim and story named that exists.
 */
export async function trackPages(
  tx: WriteTx,
  write: StoryWrite,
): Promise<{ before: Record<TallyKind, Pages[]>; settle: (written?: WrittenPages) => Promise<PagesChange> }> {
  const touched = claimsTouchedBy(write);
  const ids: Record<TallyKind, string[]> = {
    claims: (await tx.run<{ id: string }>(touched.cypher, touched.params)).map((r) => r.id),
    stories: write.storyIds,
  };
  const before = { claims: await read(tx, 'claims', ids.claims), stories: await read(tx, 'stories', ids.stories) };
  const after = (kind: TallyKind, written: WrittenPages): Promise<Pages[]> => {
    const rankBefore = new Map(before[kind].map((p) => [p.id, p.rank]));
    const known = (written[kind] ?? []).map((p) => ({ ...p, rank: rankBefore.get(p.id) ?? 0 }));
    return knownOrRead(tx, kind, known, ids[kind]);
  };
  return {
    before,
    settle: async (written: WrittenPages = {}) => ({
      claims: { before: before.claims, after: await after('claims', written) },
      stories: { before: before.stories, after: await after('stories', written) },
    }),
  };
}

/**
 * Effective ranks changed (id, the rank before and, when known, the rank after): the same pages count
 * them at the new rank. Written together with `pending`, what the transaction's edge writes changed
 * before; the pages `pending` holds after those writes are still the pages (propagation changes ranks
 * only), so only the others are read.
 */
export async function retallyRanks(
  tx: WriteTx,
  changed: Partial<Record<TallyKind, { id: string; old: number; rank?: number }[]>>,
  pending: PagesChange = {},
): Promise<void> {
  const change: PagesChange = {};
  for (const kind of KINDS) {
    const list = changed[kind] ?? [];
    if (!list.length) continue;
    const settled = new Map((pending[kind]?.after ?? []).map((p) => [p.id, p.pages]));
    const known = list.flatMap((c) => (c.rank !== undefined && settled.has(c.id) ? [{ id: c.id, rank: c.rank, pages: settled.get(c.id)! }] : []));
    const after = await knownOrRead(
      tx,
      kind,
      known,
      list.map((c) => c.id),
    );
    const old = new Map(list.map((c) => [c.id, c.old]));
    change[kind] = { before: after.map((c) => ({ ...c, rank: old.get(c.id)! })), after };
  }
  await applyToTallies(tx, pending, change);
}

/**
 * Every tally recounted from the claims and stories themselves (brute force, the definition above):
 * the backfill for graphs written without them (migration 006 runs the same statement; the
 * benchmark's generator writes raw Cypher). Writes only tallies that differ.
 */
export const RECOUNT_TALLIES = `MATCH (e:Entity)
CALL (e) {
  CALL (e) { RETURN e AS x UNION MATCH (x:Entity)-[:${COUNTRY_TIES}]->(e) WHERE e:Country RETURN x }
  MATCH (x)<-[:ABOUT]-(c:Claim)
  WITH DISTINCT c
  RETURN collect(coalesce(c.markingRank, 0)) AS claimRanks
}
CALL (e) { MATCH (e)<-[:MENTIONS]-(s:Story) RETURN collect(coalesce(s.markingRank, 0)) AS storyRanks }
WITH e, [i IN range(0, ${RANKS - 1}) | size([r IN claimRanks WHERE r = i])] AS claims, [i IN range(0, ${RANKS - 1}) | size([r IN storyRanks WHERE r = i])] AS stories
OPTIONAL MATCH (t:EntityTally {entityId: e.id})
WITH e, claims, stories WHERE coalesce(t.claims, ${ZEROS}) <> claims OR coalesce(t.stories, ${ZEROS}) <> stories
MERGE (t:EntityTally {entityId: e.id})
SET t.claims = claims, t.stories = stories
RETURN count(*) AS recounted`;

/** The global tallies (every claim and story, by shard) recounted the same way: migration 007 runs the same statement. */
export const RECOUNT_ALL_TALLIES = `CALL () {
  MATCH (c:Claim) RETURN '${ALL_TALLY_PREFIX}' + right(c.id, 1) AS id, 'claims' AS kind, coalesce(c.markingRank, 0) AS rank, count(*) AS n
  UNION ALL
  MATCH (s:Story) RETURN '${ALL_TALLY_PREFIX}' + right(s.id, 1) AS id, 'stories' AS kind, coalesce(s.markingRank, 0) AS rank, count(*) AS n
}
WITH id, collect({kind: kind, rank: rank, n: n}) AS parts
WITH id,
  [i IN range(0, ${RANKS - 1}) | reduce(t = 0, p IN parts | t + CASE WHEN p.kind = 'claims' AND p.rank = i THEN p.n ELSE 0 END)] AS claims,
  [i IN range(0, ${RANKS - 1}) | reduce(t = 0, p IN parts | t + CASE WHEN p.kind = 'stories' AND p.rank = i THEN p.n ELSE 0 END)] AS stories
OPTIONAL MATCH (t:EntityTally {entityId: id})
WITH id, claims, stories WHERE coalesce(t.claims, ${ZEROS}) <> claims OR coalesce(t.stories, ${ZEROS}) <> stories
MERGE (t:EntityTally {entityId: id})
SET t.claims = claims, t.stories = stories
RETURN count(*) AS recounted`;

/**
 * The pair tallies recounted the same way (migration 008 runs the same statement): each claim about
 * two or more countries counts once for every pair of them; a pair tally no claim counts any more
 * goes back to zeros.
 */
export const RECOUNT_PAIR_TALLIES = `CALL () {
  MATCH (c:Claim)
  WITH c, ${COUNTRIES_OF_CLAIM} AS countries
  WHERE size(countries) > 1
  UNWIND ${PAIRS_OF('countries')} AS id
  RETURN id, coalesce(c.markingRank, 0) AS rank, count(*) AS n
  UNION ALL
  MATCH (t:EntityTally) WHERE t.entityId STARTS WITH '${PAIR_TALLY_PREFIX}'
  RETURN t.entityId AS id, 0 AS rank, 0 AS n
}
WITH id, collect({rank: rank, n: n}) AS parts
WITH id, [i IN range(0, ${RANKS - 1}) | reduce(t = 0, p IN parts | t + CASE WHEN p.rank = i THEN p.n ELSE 0 END)] AS claims
OPTIONAL MATCH (t:EntityTally {entityId: id})
WITH id, claims WHERE coalesce(t.claims, ${ZEROS}) <> claims
MERGE (t:EntityTally {entityId: id})
SET t.claims = claims, t.stories = coalesce(t.stories, ${ZEROS})
RETURN count(*) AS recounted`;

/**
 * The claims about both of two countries a reader sees (`codes`: the parameter holding their two
 * distinct codes; an unknown code leaves no pair and a total of 0): one seek of the pair's tally,
 * summed over the ranks up to `$clearance`, however many claims that is.
 */
export const pairTallyTotal = (codes: `$${string}`): string => `MATCH (k:Country) WHERE k.code IN ${codes}
  WITH k.id AS id ORDER BY id
  WITH collect(id) AS ids
  OPTIONAL MATCH (t:EntityTally {entityId: '${PAIR_TALLY_PREFIX}' + ids[0] + '|' + ids[1]})
  RETURN ${seenOfTally('t.claims')} AS total`;

/** The claims or stories an entity's page shows a reader (`e` bound, `$clearance` their rank): a sum over the tally's ranks. */
export const tallyTotal = (kind: TallyKind): string => `OPTIONAL MATCH (t:EntityTally {entityId: e.id})
  RETURN ${seenOfTally(`t.${kind}`)} AS total`;
