import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { ClaimRelationRepository } from './claim-relation.repository';
import { ClaimRelation } from './claim-relation.type';
import { ProvenanceRecord, ProvenanceRepository } from './provenance.repository';

/** Per request: a list of claims costs one query per loader, not one per claim. */
export function provenanceLoaders(executor: Executor) {
  const provenance = new ProvenanceRepository(executor);
  const relations = new ClaimRelationRepository(executor);
  return {
    provenanceOfClaim: new DataLoader<string, ProvenanceRecord | null>((ids) => provenance.records(ids)),
    relationsOfClaim: new DataLoader<string, ClaimRelation[]>((ids) => relations.relationsOf(ids)),
  };
}
