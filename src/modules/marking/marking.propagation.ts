import { WriteTx } from '../../db/executor';
import { PagesChange, retallyRanks } from './marking.tally';
import { rankClaims, rankSources, rankStories } from './marking.writer';

/** Nodes whose own marking (or whose edges) changed in a write transaction. */
export interface MarkingChange {
  stories: string[];
  sources: string[];
  claims: string[];
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
  const claims = change.claims.length || sources.length ? await run(rankClaims(change.claims, sources)) : [];
  await retallyRanks(tx, { stories, claims }, pages);
}
