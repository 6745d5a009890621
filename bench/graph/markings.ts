import { Executor } from '../../src/db/executor';
import { propagateMarkings } from '../../src/modules/marking/marking.propagation';
import { Tlp } from '../../src/modules/shared/tlp';

/** Every n-th story (by id) gets a marking; every 20th source is RED. AMBER+STRICT and RED are what an AMBER reader cannot see. */
const STORY_MARKINGS: { every: number; offset: number; marking: Tlp }[] = [
  { every: 10, offset: 1, marking: Tlp.GREEN },
  { every: 10, offset: 2, marking: Tlp.AMBER },
  { every: 10, offset: 3, marking: Tlp.AMBER_STRICT },
  { every: 10, offset: 4, marking: Tlp.AMBER_STRICT },
];
const RED_SOURCE_EVERY = 20;

export interface MarkingSummary {
  /** Effective markings of stories, sources and claims after propagation: node counts by marking. */
  stories: Record<string, number>;
  sources: Record<string, number>;
  claims: Record<string, number>;
}

/**
 * A marking distribution over a generated graph, deterministic (by id order) and idempotent: own
 * markings set as an admin would, effective ranks propagated in the same transaction by the
 * service's own code (DERIVED_FROM to sources, stories and cited sources to claims).
 */
export async function applyMarkings(executor: Executor): Promise<MarkingSummary> {
  await executor.writeTx(async (tx) => {
    const [{ storyIds, sourceIds }] = await tx.run<{ storyIds: string[]; sourceIds: string[] }>(
      `CALL () { MATCH (s:Story) WITH s.id AS id ORDER BY id RETURN collect(id) AS storyIds }
       CALL () { MATCH (s:Source) WITH s.id AS id ORDER BY id RETURN collect(id) AS sourceIds }
       RETURN storyIds, sourceIds`,
    );
    const stories = STORY_MARKINGS.flatMap(({ every, offset, marking }) => storyIds.filter((_, i) => i % every === offset).map((id) => ({ id, marking })));
    const sources = sourceIds.filter((_, i) => i % RED_SOURCE_EVERY === 0);
    await tx.run('UNWIND $rows AS r MATCH (s:Story {id: r.id}) WHERE coalesce(s.marking, "") <> r.marking SET s.marking = r.marking', { rows: stories });
    await tx.run('UNWIND $ids AS id MATCH (s:Source {id: id}) WHERE coalesce(s.marking, "") <> "RED" SET s.marking = "RED"', { ids: sources });
    const [{ claims }] = await tx.run<{ claims: string[] }>(
      'UNWIND $ids AS id MATCH (:Story {id: id})-[:HAS_CLAIM]->(c:Claim) RETURN collect(c.id) AS claims',
      { ids: stories.map((s) => s.id) },
    );
    await propagateMarkings(tx, { stories: stories.map((s) => s.id), sources, claims });
  });
  const byMarking = async (label: 'Story' | 'Source' | 'Claim') => {
    const rows = await executor.read<{ rank: number; n: number }>(`MATCH (n:${label}) RETURN coalesce(n.markingRank, 0) AS rank, count(*) AS n ORDER BY rank`);
    return Object.fromEntries(rows.map((r) => [['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'][r.rank], r.n]));
  };
  return { stories: await byMarking('Story'), sources: await byMarking('Source'), claims: await byMarking('Claim') };
}
