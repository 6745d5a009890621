import { Statement } from '../../../src/db/executor';
import { relationsStatement } from '../../../src/modules/provenance/claim-relation.repository';
import { provenanceStatement } from '../../../src/modules/provenance/provenance.repository';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { explain, fullScans, seedBulkGraph } from '../../support/plans';

/** The plan as "Operator details" lines (depth first), and its scans over whole big labels. */
async function planOf(app: TestApp, statement: Statement): Promise<{ lines: string[]; scans: string[] }> {
  const steps = await explain(app.driver, statement);
  return { lines: steps.map((s) => `${s.operator} ${s.details}`), scans: fullScans(steps) };
}

describe('provenance plans on a generated graph of 600 stories', () => {
  let app: TestApp;
  let targets: { claimId: string; storyId: string; agencyId: string };
  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    ({ targets } = await seedBulkGraph(app.executor, 600));
  }, 300000);
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('reads the chains of a batch of claims from each claim by id, the DERIVED_FROM walk bounded', async () => {
    const { lines: plan, scans } = await planOf(app, provenanceStatement([targets.claimId, 'claim:other']));
    expect(scans).toEqual([]);
    expect(plan.find((op) => op.startsWith('NodeUniqueIndexSeek'))).toMatch(/c:Claim\(id\)/);
    expect(plan.filter((op) => op.startsWith('VarLengthExpand'))).toEqual([]);
  });

  it('reads the links of a batch of claims from each claim by id', async () => {
    const { lines: plan, scans } = await planOf(app, relationsStatement([targets.claimId]));
    expect(scans).toEqual([]);
    expect(plan.find((op) => op.startsWith('NodeUniqueIndexSeek'))).toMatch(/c:Claim\(id\)/);
  });
});
