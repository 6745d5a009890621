import { Executor } from '../../db/executor';
import { listLoader, oneLoader } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { CLAIM, ENTITY, SOURCE } from '../shared/projections';
import { Source } from './source.type';

export function sourceLoaders(executor: Executor) {
  return {
    sourceById: oneLoader<Source>(executor, `UNWIND $keys AS key MATCH (src:Source {id: key}) RETURN key, ${SOURCE('src')} AS value`),
    publisherOfSource: oneLoader<EntityRecord>(
      executor,
      `UNWIND $keys AS key MATCH (:Source {id: key})-[:PUBLISHED_BY]->(o:Organization) RETURN key, ${ENTITY('o')} AS value`,
    ),
    claimsOfSource: listLoader<Claim>(
      executor,
      `UNWIND $keys AS key MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(:Source {id: key})
       WITH key, s, c ORDER BY s.publishedAt DESC, c.position RETURN key, ${CLAIM('c')} AS value`,
    ),
    derivedFromOfSource: listLoader<Source>(
      executor,
      `UNWIND $keys AS key MATCH (:Source {id: key})-[:DERIVED_FROM]->(d:Source) WITH key, d ORDER BY d.title RETURN key, ${SOURCE('d')} AS value`,
    ),
  };
}
