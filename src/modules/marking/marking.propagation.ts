import { WriteTx } from '../../db/executor';
import { PagesChange, retallyRanks } from './marking.tally';
import { rankClaims, rankSources, rankStories } from './marking.writer';

/** Nodes whose own marking (or whose edges) changed in a write transaction. */
export interface MarkingChange {
  stories: string[];
  sources: string[];
  claims: string[];
  /** Claims the write created with their rank already set (rank above CLEAR; `old` 0): their tallies move with the others. */
  ranked?: { id: string; old: number; rank: number }[];
}

/** One change per node, from its first rank to its last (a claim ranked at creation may be re-ranked when a source it cites changes rank). */
function combined(changes: { id: string; old: number; rank: number }[]): { id: string; old: number; rank: number }[] {
  const byId = new Map<string, { id: string; old: number; rank: number }>();
  for (const c of changes) byId.set(c.id, { ...c, old: byId.get(c.id)?.old ?? c.old });
  return [...byId.values()].filter((c) => c.old !== c.rank);
}

/**
 * Recomputes effective markings of the changed nodes and of everything downstream of them, inside
 * the caller's transaction: sources deriving from a source whose rank changed, claims citing any
 * source whose rank changed. Only ranks that really change are written; the entity tallies follow
 * the stories and claims whose rank changed, written with `pages` (what the caller's edge writes
 * changed in them) as the transaction's last write.
 */
export async function propagateMarkings(tx: WriteTx, change: MarkingChange, pages: PagesChange = {}): Promise<void> {
  const run = async (s: { cypher: string; params?: Record<string, unknown> }) => tx.run<{ id: string; old: number; rank: number }>(s.cypher, s.params);
  const stories = change.stories.length ? await run(rankStories(change.stories)) : [];
  const changed = change.sources.length ? (await run(rankSources(change.sources, false))).map((r) => r.id) : [];
  const upstream = changed.length ? (await run(rankSources(changed, true))).map((r) => r.id) : [];
  const sources = [...new Set([...changed, ...upstream])];
  const reranked = change.claims.length || sources.length ? await run(rankClaims(change.claims, sources)) : [];
  await retallyRanks(tx, { stories, claims: combined([...(change.ranked ?? []), ...reranked]) }, pages);
}
