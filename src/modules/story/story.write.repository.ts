import { Executor } from '../../db/executor';
import { WritePlan } from './story.plan';
import { storyStatements } from './story.writer';

export interface EntityCandidate {
  index: number;
  type: string;
  keys: string[];
}

/** The Cypher of ingesting a story: alias resolution, id checks and the write itself. */
export class StoryWriteRepository {
  constructor(private readonly executor: Executor) {}

  /** Existing entities of the same type that answer to one of the candidate's names: alias resolution. */
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

  /** Which of these ids already exist (for created-vs-reused reporting and reference checks). */
  async existingIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.executor.read<{ id: string }>(
      `UNWIND $ids AS id
       CALL (id) {
         MATCH (n:Story {id: id}) RETURN n UNION MATCH (n:Claim {id: id}) RETURN n
         UNION MATCH (n:Source {id: id}) RETURN n UNION MATCH (n:Entity {id: id}) RETURN n
       }
       RETURN DISTINCT n.id AS id`,
      { ids },
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Ids the plan would take over from something else: a claim of another story, or an entity
   * of another type. Writing them would rewrite someone else's data.
   */
  async conflicts(plan: WritePlan): Promise<{ id: string; reason: string }[]> {
    return this.executor.read<{ id: string; reason: string }>(
      `CALL () {
         UNWIND $claimIds AS id
         MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim {id: id}) WHERE s.id <> $storyId
         RETURN id, 'belongs to story ' + s.id AS reason
         UNION
         UNWIND $entities AS e
         MATCH (n:Entity {id: e.id}) WHERE n.type <> e.type
         RETURN e.id AS id, 'is already a ' + n.type + ', not a ' + e.type AS reason
       }
       RETURN id, reason`,
      {
        storyId: plan.story.id,
        claimIds: plan.claims.map((c) => c.id),
        entities: [...plan.countries, ...plan.entities, ...plan.publishers].map((e) => ({ id: e.id, type: e.type })),
      },
    );
  }

  /** The whole story in one transaction. */
  async write(plan: WritePlan): Promise<void> {
    await this.executor.writeAll(storyStatements(plan));
  }
}
