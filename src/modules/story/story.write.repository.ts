import { Executor, Statement, WriteTx } from '../../db/executor';
import { withStablePlans } from '../../db/stable-plans';
import { AppError, badInput } from '../../errors/app-error';
import { propagateMarkings } from '../marking/marking.propagation';
import { pagesAsWritten, trackPages } from '../marking/marking.tally';
import { Tlp } from '../shared/tlp';
import { IngestCounts } from './ingest-result.type';
import { WritePlan } from './story.plan';
import {
  createSources,
  createStories,
  EdgeVerb,
  entityStatements,
  existingSources,
  foldEntityRows,
  foldSourceRows,
  linkDerivations,
  linkRoles,
  linkStories,
  linkTies,
  mergeClaims,
  mergeSources,
  mergeStories,
  missingSources,
  pruneStories,
  sourcesToRank,
  StoryClaimRow,
  updateClaims,
  writeNewClaims,
} from './story.writer';

export interface EntityCandidate {
  index: number;
  type: string;
  keys: string[];
}

export interface WriteCounts {
  created: IngestCounts;
  reused: IngestCounts;
  /** The story's marking after the write: ingest never lowers one, so it may be higher than the input's. */
  marking: Tlp;
}

/** Carries a dry run's counts out of the transaction it rolls back. */
class DryRunRollback {
  constructor(readonly counts: WriteCounts[]) {}
}

/** What a MERGE statement returns per row: the story it belongs to and whether it created the node. */
interface Merged {
  at: number;
  id: string;
  created: boolean;
}

/** The Cypher of ingesting stories: alias resolution, then the checks and the write in one transaction per batch. */
export class StoryWriteRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Existing entities of the same type that answer to one of the candidate's names: alias
   * resolution. It reads before the write transaction: a concurrent ingest can at worst create the
   * same person under a second id, which the next ingest of either name then resolves (first id wins).
   */
  async resolveAliases(candidates: EntityCandidate[]): Promise<Map<number, string>> {
    if (!candidates.length) return new Map();
    // One pass over the entities for all candidates (aliasKeys is a list: no index can seek it).
    const rows = await this.executor.read<{ id: string; type: string; keys: string[] }>(
      `MATCH (e:Entity) WHERE e.type IN $types AND (e.nameKey IN $keys OR any(k IN e.aliasKeys WHERE k IN $keys))
       RETURN e.id AS id, e.type AS type, [e.nameKey] + coalesce(e.aliasKeys, []) AS keys`,
      { types: [...new Set(candidates.map((c) => c.type))], keys: [...new Set(candidates.flatMap((c) => c.keys))] },
    );
    const lowest = new Map<string, string>();
    for (const { id, type, keys } of rows) {
      for (const key of keys) if (!lowest.has(`${type}|${key}`) || id < lowest.get(`${type}|${key}`)!) lowest.set(`${type}|${key}`, id);
    }
    const found = new Map<number, string>();
    for (const c of candidates) {
      const id = c.keys.map((k) => lowest.get(`${c.type}|${k}`)).reduce<string | undefined>((a, b) => (b && (!a || b < a) ? b : a), undefined);
      if (id) found.set(c.index, id);
    }
    return found;
  }

  /**
   * Stories in ONE transaction (all or nothing): counts per story, in the order given. The id checks
   * run inside it, after MERGE has taken the ids (waiting for any other transaction creating the
   * same ids to commit), so two stories racing for one claim id cannot both pass; the counts are what
   * this transaction created. The plans must not share a story id or a claim id (the caller cuts
   * batches so). A dry run does all of it and rolls back.
   */
  async writeBatch(plans: WritePlan[], options: { dryRun?: boolean } = {}): Promise<WriteCounts[]> {
    try {
      return await retryingCreateRaces(() =>
        this.executor.writeTx(async (tx) => {
          const counts = await writeStories(tx, plans);
          if (options.dryRun) throw new DryRunRollback(counts);
          return counts;
        }),
      );
    } catch (err) {
      if (err instanceof DryRunRollback) return err.counts;
      throw err;
    }
  }
}

const isUniquenessRace = (err: unknown) =>
  err instanceof AppError &&
  err.extensions.code === 'CONFLICT' &&
  (err.originalError as { code?: string } | undefined)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Runs a transaction that calls writeStories again when the uniqueness constraint refused one of its
 * CREATEs: another transaction created the same claim or source between this one's read and its
 * write (two imports of one folder at once). Written again, it is found and merged like any existing one.
 */
export async function retryingCreateRaces<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= attempts || !isUniquenessRace(err)) throw err;
    }
  }
}

/** derivedFrom ids a plan needs from the graph: neither its own sources nor those of an earlier plan of the batch. */
function externalIds(plans: WritePlan[]): string[][] {
  const defined = new Set<string>();
  return plans.map((plan) => {
    const needed = plan.externalSourceIds.filter((id) => !defined.has(id));
    for (const s of plan.sources) defined.add(s.id);
    return needed;
  });
}

/** One edge per key across the batch (two stories may state the same tie); the later row wins, as a later story would. */
const distinct = <T>(rows: T[], key: (row: T) => string) => [...new Map(rows.map((r) => [key(r), r])).values()];

/** Exported for imports (src/modules/interchange) that write stories and more in one transaction. */
export async function writeStories(outer: WriteTx, plans: WritePlan[]): Promise<WriteCounts[]> {
  const tx = withStablePlans(outer);
  const run = async <T>(s: Statement) => (Object.values(s.params ?? {}).some((v) => Array.isArray(v) && v.length === 0) ? [] : tx.run<T>(s.cypher, s.params));

  const needed = externalIds(plans);
  const allNeeded = [...new Set(needed.flat())];
  if (allNeeded.length) {
    const missing = new Set((await run<{ id: string }>(missingSources(allNeeded))).map((r) => r.id));
    const first = needed.find((ids) => ids.some((id) => missing.has(id)));
    if (first) {
      throw badInput(
        first
          .filter((id) => missing.has(id))
          .map((id) => ({ field: 'input.sources.derivedFrom', reason: `source "${id}" is neither in input.sources nor in the graph` })),
      );
    }
  }

  const pages = await trackPages(tx, {
    storyIds: plans.map((p) => p.story.id),
    claimIds: plans.flatMap((p) => p.claims.map((c) => c.id)),
    // One row per entity and country: a batch of generated cards states the same few hundred ties a thousand times.
    ties: distinct(
      plans.flatMap((p) => [...p.ties, ...p.roles.map((r) => ({ entityId: r.personId, countryId: r.countryId }))]),
      (t) => `${t.entityId}|${t.countryId}`,
    ),
  });
  const storiesExisting = new Set(pages.before.stories.map((s) => s.id));
  // Stories absent at the read are created once their entities and sources are written (createStories, with their edges).
  const merged = await run<{ at: number; created: boolean; marking: Tlp }>(mergeStories(plans, storiesExisting));
  const markingOf = new Map(merged.map((s) => [s.at, s.marking]));
  const recreated = new Set(merged.filter((s) => s.created).map((s) => s.at));
  const newStory = new Set([...plans.flatMap((p, at) => (storiesExisting.has(p.story.id) ? [] : [at])), ...recreated]);
  const entities: (Merged & { type: string; expected: string })[] = [];
  const { rows: entityRows, clashes } = foldEntityRows(plans);
  for (const { type, statement } of entityStatements(entityRows)) {
    entities.push(...(await run<Merged & { type: string }>(statement)).map((e) => ({ ...e, expected: type })));
  }
  const existed = new Set(pages.before.claims.map((c) => c.id));
  const absent = plans.flatMap((p, at) => p.claims.filter((c) => !existed.has(c.id)).map((c) => ({ at, id: c.id, created: true, owners: [] as string[] })));
  const claims = [...(await run<Merged & { owners: string[] }>(mergeClaims(plans, existed))), ...absent];
  const conflicts = new Map<number, string[]>();
  const conflict = (at: number, text: string) => conflicts.set(at, [...(conflicts.get(at) ?? []), text]);
  for (const c of claims) for (const owner of c.owners) conflict(c.at, `${c.id} belongs to story ${owner}`);
  for (const e of [...entities, ...clashes]) if (e.type !== e.expected) conflict(e.at, `${e.id} is already a ${e.type}, not a ${e.expected}`);
  if (conflicts.size) throw new AppError('CONFLICT', `Ids already in use: ${conflicts.get(Math.min(...conflicts.keys()))!.join('; ')}`);

  const newEntities = new Set(entities.filter((e) => e.created).map((e) => e.id));
  const verb = (isNew: boolean): EdgeVerb => (isNew ? 'CREATE' : 'MERGE');
  const split = <T>(rows: T[], isNew: (row: T) => boolean): [EdgeVerb, T[]][] =>
    [true, false].map((flag) => [verb(flag), rows.filter((r) => isNew(r) === flag)] as [EdgeVerb, T[]]).filter(([, part]) => part.length > 0);

  const ties = distinct(
    plans.flatMap((p) => p.ties),
    (t) => `${t.entityId}|${t.relation}|${t.countryId}`,
  );
  for (const [v, rows] of split(ties, (t) => newEntities.has(t.entityId))) for (const s of linkTies(v, rows)) await run(s);
  const roles = distinct(
    plans.flatMap((p) => p.roles),
    (r) => `${r.personId}|${r.key}|${r.countryId}`,
  );
  for (const [v, rows] of split(roles, (r) => newEntities.has(r.personId))) await run(linkRoles(v, rows));

  const sourceRows = foldSourceRows(plans);
  const sourcesExisting = new Set((await run<{ id: string }>(existingSources(sourceRows.map((r) => r.id)))).map((r) => r.id));
  const createdSources = await run<Merged>(createSources(sourceRows.filter((r) => !sourcesExisting.has(r.id))));
  const sources = [...createdSources, ...(await run<Merged>(mergeSources(sourceRows.filter((r) => sourcesExisting.has(r.id)))))];
  const newSources = new Set(sources.filter((s) => s.created).map((s) => s.id));
  const derivations = distinct(
    plans.flatMap((p) => p.derivations),
    (d) => `${d.from}|${d.to}`,
  );
  for (const [v, rows] of split(derivations, (d) => newSources.has(d.from))) await run(linkDerivations(v, rows));

  await run(createStories(plans, storiesExisting));
  const [created, existing] = [plans.filter((_, at) => recreated.has(at)), plans.filter((_, at) => !newStory.has(at))];
  for (const s of pruneStories(existing)) await run(s);
  for (const s of [...linkStories('CREATE', created), ...linkStories('MERGE', existing)]) await run(s);
  const newClaims = new Set(claims.filter((c) => c.created).map((c) => c.id));
  const claimRows: StoryClaimRow[] = plans.flatMap((p) => p.claims.map((c) => ({ ...c, storyId: p.story.id })));
  const ranked = await run<{ id: string; old: number; rank: number }>(
    writeNewClaims(
      claimRows.filter((c) => !existed.has(c.id)),
      true,
    ),
  );
  await run(
    writeNewClaims(
      claimRows.filter((c) => existed.has(c.id) && newClaims.has(c.id)),
      false,
    ),
  );
  await run(updateClaims(claimRows.filter((c) => !newClaims.has(c.id))));

  await propagateMarkings(
    tx,
    {
      stories: plans.map((p) => p.story.id),
      sources: sourcesToRank(plans, new Set(createdSources.map((src) => src.id))),
      // Claims created above were ranked as they were written.
      claims: claimRows.filter((c) => existed.has(c.id)).map((c) => c.id),
      ranked,
    },
    await pages.settle(
      await pagesAsWritten(tx, {
        claims: claimRows,
        stories: plans.map((p) => ({ id: p.story.id, mentions: p.mentions })),
      }),
    ),
  );

  // Rows are one per id: a node counts as created for the first story naming it, as reused for every other.
  const tally = (rows: Merged[], sizeOf: (plan: WritePlan) => number) => {
    const created = plans.map(() => 0);
    for (const r of rows) if (r.created) created[r.at] += 1;
    return plans.map((plan, at) => ({ created: created[at], reused: sizeOf(plan) - created[at] }));
  };
  const c = tally(claims, (p) => p.claims.length);
  const s = tally(sources, (p) => p.sources.length);
  const e = tally(entities, (p) => p.countries.length + p.entities.length + p.publishers.length);
  return plans.map((_, at) => {
    const story = newStory.has(at) ? 1 : 0;
    return {
      marking: markingOf.get(at) ?? plans[at].story.marking,
      created: { stories: story, claims: c[at].created, sources: s[at].created, entities: e[at].created },
      reused: { stories: 1 - story, claims: c[at].reused, sources: s[at].reused, entities: e[at].reused },
    };
  });
}
