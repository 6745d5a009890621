import { Statement } from '../../../src/db/executor';
import { citationGradesStatement, gradeCitationStatement, gradeSourceStatement, sourceGradesStatement } from '../../../src/modules/grading/grading.repository';
import { TestApp } from '../../support/app';

import { planOf, startBulkApp } from '../../support/plans';

describe('grading plans on a generated graph of 600 stories', () => {
  let app: TestApp;
  let targets: { claimId: string; storyId: string; agencyId: string };
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ app, targets, stop } = await startBulkApp(600));
  }, 300000);
  afterAll(() => stop());

  const grade = { id: 'grade:plan', value: 'B', gradedBy: 'plans', note: null };
  const statements: [string, () => Statement, RegExp][] = [
    ['source grade histories', () => sourceGradesStatement(['source:a', 'source:b']), /:Source\(id\)/],
    ['citation grade histories', () => citationGradesStatement([{ claimId: targets.claimId, sourceId: 'source:a', key: 'k' }]), /:Claim\(id\)/],
    ['grading a source', () => gradeSourceStatement('source:a', grade), /:Source\(id\)/],
    ['grading a citation', () => gradeCitationStatement(targets.claimId, 'source:a', { ...grade, value: 2 }), /:(Claim|Source)\(id\)/],
  ];

  it.each(statements)('%s start from the graded thing by id', async (_, statement, seek) => {
    const { lines: plan, scans } = await planOf(app.driver, statement());
    expect(scans).toEqual([]);
    expect(plan.filter((op) => op.startsWith('NodeByLabelScan'))).toEqual([]);
    // Two ids may be sought together (MultiNodeIndexSeek); either way the start is a unique id.
    expect(plan.some((op) => /^(NodeUniqueIndexSeek|MultiNodeIndexSeek)/.test(op) && seek.test(op))).toBe(true);
  });
});
