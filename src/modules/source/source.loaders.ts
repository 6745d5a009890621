import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { SourceRepository } from './source.repository';

/** Relationship fields of Source: one statement per field per request, whatever the number of sources. */
export function sourceLoaders(executor: Executor) {
  const sources = new SourceRepository(executor);
  return {
    sourceById: new DataLoader(sources.byIds),
    publisherOfSource: new DataLoader(sources.publisherOf),
    claimsOfSource: new DataLoader(sources.claimsCiting),
    derivedFromOfSource: new DataLoader(sources.derivedFrom),
  };
}
