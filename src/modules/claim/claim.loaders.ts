import { Executor } from '../../db/executor';
import { listLoader, oneLoader } from '../../db/batch';
import { EntityRecord } from '../entity/entity.type';
import { CLAIM, ENTITY, SOURCE, STORY } from '../shared/projections';
import { Citation, Source } from '../source/source.type';
import { Story } from '../story/story.type';
import { Claim } from './claim.type';

/** Relationship fields of Claim: one Cypher per field per request, whatever the number of claims. */
export function claimLoaders(executor: Executor) {
  return {
    claimById: oneLoader<Claim>(executor, `UNWIND $keys AS key MATCH (c:Claim {id: key}) RETURN key, ${CLAIM('c')} AS value`),
    storyOfClaim: oneLoader<Story>(
      executor,
      `UNWIND $keys AS key MATCH (s:Story)-[:HAS_CLAIM]->(:Claim {id: key}) RETURN key, ${STORY('s')} AS value`,
    ),
    sourcesOfClaim: listLoader<Source>(
      executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[:CITES]->(src:Source)
       WITH key, src ORDER BY src.title RETURN key, ${SOURCE('src')} AS value`,
    ),
    citationsOfClaim: listLoader<Citation>(
      executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[r:CITES]->(src:Source)
       WITH key, r, src ORDER BY src.title RETURN key, {claimId: key, sourceId: src.id, quote: r.quote} AS value`,
    ),
    aboutOfClaim: listLoader<EntityRecord>(
      executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[:ABOUT]->(e:Entity)
       WITH key, e ORDER BY e.type, e.name RETURN key, ${ENTITY('e')} AS value`,
    ),
    attributedToOfClaim: listLoader<EntityRecord>(
      executor,
      `UNWIND $keys AS key MATCH (:Claim {id: key})-[:ATTRIBUTED_TO]->(e:Entity)
       WITH key, e ORDER BY e.name RETURN key, ${ENTITY('e')} AS value`,
    ),
  };
}
