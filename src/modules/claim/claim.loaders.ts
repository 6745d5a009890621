import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { ClaimRepository } from './claim.repository';

/** Relationship fields of Claim: one statement per field per request, whatever the number of claims. */
export function claimLoaders(executor: Executor, asOf?: string) {
  const claims = new ClaimRepository(executor, asOf);
  return {
    claimById: new DataLoader(claims.byIds),
    storyOfClaim: new DataLoader(claims.storyOf),
    sourcesOfClaim: new DataLoader(claims.sourcesOf),
    citationsOfClaim: new DataLoader(claims.citationsOf),
    aboutOfClaim: new DataLoader(claims.aboutOf),
    attributedToOfClaim: new DataLoader(claims.attributedToOf),
  };
}
