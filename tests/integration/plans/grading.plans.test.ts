import { Statement } from '../../../src/db/executor';
import { citationGradesStatement, gradeCitationStatement, gradeSourceStatement, sourceGradesStatement } from '../../../src/modules/grading/grading.repository';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { explain, fullScans, seedBulkGraph } from '../../support/plans';

/** The plan as "Operator details" lines (depth first), and its scans over whole big labels. */
async function planOf(app: TestApp, statement: Statement): Promise<{ lines: string[]; scans: string[] }> {
  const steps = await explain(app.driver, statement);
  return { lines: steps.map((s) => `${s.operator} ${s.details}`), scans: fullScans(steps) };
}

describe('grading plans on a generated graph of 600 stories', () => {
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

  const grade = { id: 'grade:plan', value: 'B', gradedBy: 'plans', note: null };
  const statements: [string, () => Statement, RegExp][] = [
    ['source grade histories', () => sourceGradesStatement(['source:a', 'source:b']), /:Source\(id\)/],
    ['citation grade histories', () => citationGradesStatement([{ claimId: targets.claimId, sourceId: 'source:a', key: 'k' }]), /:Claim\(id\)/],
    ['grading a source', () => gradeSourceStatement('source:a', grade), /:Source\(id\)/],
    ['grading a citation', () => gradeCitationStatement(targets.claimId, 'source:a', { ...grade, value: 2 }), /:(Claim|Source)\(id\)/],
  ];

  it.each(statements)('%s start from the graded thing by id', async (_, statement, seek) => {
    const { lines: plan, scans } = await planOf(app, statement());
    expect(scans).toEqual([]);
    expect(plan.filter((op) => op.startsWith('NodeByLabelScan'))).toEqual([]);
    expect(plan.some((op) => op.startsWith('NodeUniqueIndexSeek') && seek.test(op))).toBe(true);
  });
});
