import { relationsStatement } from '../../../src/modules/provenance/claim-relation.repository';
import { provenanceStatement } from '../../../src/modules/provenance/provenance.repository';
import { TestApp } from '../../support/app';

import { planOf, startBulkApp } from '../../support/plans';

describe('provenance plans on a generated graph of 600 stories', () => {
  let app: TestApp;
  let targets: { claimId: string; storyId: string; agencyId: string };
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ app, targets, stop } = await startBulkApp(600));
  }, 300000);
  afterAll(() => stop());

  it('reads the chains of a batch of claims from each claim by id, the DERIVED_FROM walk bounded', async () => {
    const { lines: plan, scans } = await planOf(app.driver, provenanceStatement([targets.claimId, 'claim:other']));
    expect(scans).toEqual([]);
    expect(plan.find((op) => op.startsWith('NodeUniqueIndexSeek'))).toMatch(/c:Claim\(id\)/);
    expect(plan.filter((op) => op.startsWith('VarLengthExpand'))).toEqual([]);
  });

  it('reads the links of a batch of claims from each claim by id', async () => {
    const { lines: plan, scans } = await planOf(app.driver, relationsStatement([targets.claimId]));
    expect(scans).toEqual([]);
    expect(plan.find((op) => op.startsWith('NodeUniqueIndexSeek'))).toMatch(/c:Claim\(id\)/);
  });
});
