import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { ClaimRelationRepository } from './claim-relation.repository';
import { ClaimRelation } from './claim-relation.type';
import { partsKey, ProvenanceParts, ProvenanceRecord, ProvenanceRepository } from './provenance.repository';

/** Per request: a list of claims costs one query per loader, not one per claim. */
export function provenanceLoaders(executor: Executor, asOf?: string) {
  const provenance = new ProvenanceRepository(executor, asOf);
  const relations = new ClaimRelationRepository(executor, asOf);
  // One loader per combination of parts asked for in this request (a few: one per differently shaped field).
  const byParts = new Map<string, DataLoader<string, ProvenanceRecord | null>>();
  const provenanceOfClaim = (parts: ProvenanceParts) => {
    const key = partsKey(parts);
    let loader = byParts.get(key);
    if (!loader) byParts.set(key, (loader = new DataLoader((ids) => provenance.records(ids, parts))));
    return loader;
  };
  return {
    provenanceOfClaim,
    relationsOfClaim: new DataLoader<string, ClaimRelation[]>((ids) => relations.relationsOf(ids)),
  };
}
