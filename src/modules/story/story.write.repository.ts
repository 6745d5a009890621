import { Executor, WriteTx } from '../../db/executor';
import { AppError, badInput } from '../../errors/app-error';
import { IngestCounts } from './ingest-result.type';
import { WritePlan } from './story.plan';
import {
  EdgeVerb,
  entityStatements,
  linkDerivations,
  linkRoles,
  linkStory,
  linkTies,
  mergeClaims,
  mergeSources,
  mergeStory,
  missingSources,
  pruneStory,
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
}

/** Carries a dry run's counts out of the transaction it rolls back. */
class DryRunRollback {
  constructor(readonly counts: WriteCounts) {}
}

interface Merged {
  id: string;
  created: boolean;
}

/** The Cypher of ingesting a story: alias resolution, then the checks and the write in one transaction. */
export class StoryWriteRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Existing entities of the same type that answer to one of the candidate's names: alias
   * resolution. It reads before the write transaction: a concurrent ingest can at worst create the
   * same person under a second id, which the next ingest of either name then resolves (first id wins).
   */
  async resolveAliases(candidates: EntityCandidate[]): Promise<Map<number, string>> {
    if (!candidates.length) return new Map();
    const rows = await this.executor.read<{ index: number; id: string | null }>(
      `UNWIND $candidates AS cand
       OPTIONAL MATCH (e:Entity) WHERE e.type = cand.type AND (e.nameKey IN cand.keys OR any(k IN e.aliasKeys WHERE k IN cand.keys))
       WITH cand, e ORDER BY e.id
       RETURN cand.index AS index, collect(e.id)[0] AS id`,
      { candidates },
    );
    return new Map(rows.filter((r) => r.id).map((r) => [r.index, r.id!]));
  }

  /**
   * The whole story in one transaction. The id checks run inside it, after MERGE has taken the ids
   * (waiting for any other transaction creating the same ids to commit), so two stories racing for
   * one claim id cannot both pass; the counts are what this transaction created. A dry run does all
   * of it and rolls back.
   */
  async write(plan: WritePlan, options: { dryRun?: boolean } = {}): Promise<WriteCounts> {
    try {
      return await this.executor.writeTx(async (tx) => {
        const counts = await writeStory(tx, plan);
        if (options.dryRun) throw new DryRunRollback(counts);
        return counts;
      });
    } catch (err) {
      if (err instanceof DryRunRollback) return err.counts;
      throw err;
    }
  }
}

async function writeStory(tx: WriteTx, plan: WritePlan): Promise<WriteCounts> {
  const run = <T>(s: { cypher: string; params?: Record<string, unknown> }) => tx.run<T>(s.cypher, s.params);
  if (plan.externalSourceIds.length) {
    const missing = await run<{ id: string }>(missingSources(plan.externalSourceIds));
    if (missing.length) {
      throw badInput(missing.map(({ id }) => ({ field: 'input.sources.derivedFrom', reason: `source "${id}" is neither in input.sources nor in the graph` })));
    }
  }

  const [story] = await run<Merged>(mergeStory(plan.story));
  const entities: (Merged & { type: string; expected: string })[] = [];
  for (const { type, statement } of entityStatements(plan)) {
    entities.push(...(await run<Merged & { type: string }>(statement)).map((e) => ({ ...e, expected: type })));
  }
  const claims = await run<Merged & { owners: string[] }>(
    mergeClaims(
      plan.story.id,
      plan.claims.map((c) => c.id),
    ),
  );
  const conflicts = [
    ...claims.flatMap((c) => c.owners.map((owner) => `${c.id} belongs to story ${owner}`)),
    ...entities.filter((e) => e.type !== e.expected).map((e) => `${e.id} is already a ${e.type}, not a ${e.expected}`),
  ];
  if (conflicts.length) throw new AppError('CONFLICT', `Ids already in use: ${conflicts.join('; ')}`);

  const newEntities = new Set(entities.filter((e) => e.created).map((e) => e.id));
  const verb = (isNew: boolean): EdgeVerb => (isNew ? 'CREATE' : 'MERGE');
  const split = <T>(rows: T[], isNew: (row: T) => boolean): [EdgeVerb, T[]][] =>
    [true, false].map((flag) => [verb(flag), rows.filter((r) => isNew(r) === flag)] as [EdgeVerb, T[]]).filter(([, part]) => part.length > 0);

  const ties = [...new Map(plan.ties.map((t) => [`${t.entityId}|${t.relation}|${t.countryId}`, t])).values()];
  for (const [v, rows] of split(ties, (t) => newEntities.has(t.entityId))) for (const s of linkTies(v, rows)) await run(s);
  for (const [v, rows] of split(plan.roles, (r) => newEntities.has(r.personId))) await run(linkRoles(v, rows));

  const sources = plan.sources.length ? await run<Merged>(mergeSources(plan.sources)) : [];
  const newSources = new Set(sources.filter((s) => s.created).map((s) => s.id));
  for (const [v, rows] of split(plan.derivations, (d) => newSources.has(d.from))) await run(linkDerivations(v, rows));

  if (!story.created) for (const s of pruneStory(plan)) await run(s);
  for (const s of linkStory(verb(story.created), plan)) await run(s);
  const newClaims = new Set(claims.filter((c) => c.created).map((c) => c.id));
  for (const [v, rows] of split(plan.claims, (c) => newClaims.has(c.id))) {
    await run(v === 'CREATE' ? writeNewClaims(plan.story.id, rows) : updateClaims(plan.story.id, rows));
  }

  const created: IngestCounts = {
    stories: story.created ? 1 : 0,
    claims: newClaims.size,
    sources: newSources.size,
    entities: newEntities.size,
  };
  return {
    created,
    reused: {
      stories: 1 - created.stories,
      claims: claims.length - created.claims,
      sources: sources.length - created.sources,
      entities: entities.length - created.entities,
    },
  };
}
