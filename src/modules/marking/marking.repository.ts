import { Executor } from '../../db/executor';
import { NODE_KINDS } from '../shared/kinds';
import { Tlp, tlpOfRank } from '../shared/tlp';
import { propagateMarkings } from './marking.propagation';
import { MarkedNode } from './marking.type';

/** The only kinds a marking is set on; an id's prefix says which label to look it up under. */
const MARKED_KINDS = [NODE_KINDS.story, NODE_KINDS.source, NODE_KINDS.claim];

export class MarkingRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Sets a node's own marking and recomputes the effective marking of everything downstream in the
   * same transaction. Null for an id that is no story, source or claim. Setting the same marking
   * again writes nothing but `markingSetBy`'s first value stays.
   */
  async set(id: string, marking: Tlp, setBy: string): Promise<MarkedNode | null> {
    const kind = MARKED_KINDS.find((k) => id.startsWith(k.idPrefix))?.label;
    if (!kind) return null;
    return this.executor.writeTx(async (tx) => {
      const [found] = await tx.run<{ claims: string[] }>(
        `MATCH (n:${kind} {id: $id})
         FOREACH (_ IN CASE WHEN n.marking IS NULL OR n.marking <> $marking OR n.markingSetBy IS NULL THEN [1] ELSE [] END |
           SET n.marking = $marking, n.markingSetBy = $setBy, n.markingSetAt = datetime())
         RETURN [(n)-[:HAS_CLAIM]->(c:Claim) | c.id] AS claims`,
        { id, marking, setBy },
      );
      if (!found) return null;
      await propagateMarkings(tx, {
        stories: kind === 'Story' ? [id] : [],
        sources: kind === 'Source' ? [id] : [],
        claims: kind === 'Claim' ? [id] : found.claims,
      });
      const [node] = await tx.run<{ node: Omit<MarkedNode, 'effectiveMarking'> & { rank: number } }>(
        `MATCH (n:${kind} {id: $id})
         RETURN {id: n.id, kind: $kind, marking: n.marking, markingSetBy: n.markingSetBy, rank: coalesce(n.markingRank, 0)} AS node`,
        { id, kind },
      );
      const { rank, ...rest } = node.node;
      return { ...rest, effectiveMarking: tlpOfRank(rank) };
    });
  }
}
