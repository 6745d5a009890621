import { SearchType } from '../../../src/modules/search/search.args';
import { searchStatement } from '../../../src/modules/search/search.repository';
import { TestApp } from '../../support/app';
import { planOf, startBulkApp } from '../../support/plans';

describe('search plans on a generated graph of 600 stories', () => {
  let app: TestApp;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ app, stop } = await startBulkApp(600));
  }, 300000);
  afterAll(() => stop());

  it('reads only full-text index hits, at most `first` per index', async () => {
    const { lines: plan, scans } = await planOf(app.driver, searchStatement('moscow', Object.values(SearchType), 20, true));
    expect(scans).toEqual([]);
    expect(plan.filter((op) => /Scan/.test(op.split(' ')[0]))).toEqual([]);
    const calls = plan.filter((op) => op.startsWith('ProcedureCall'));
    expect(calls).toHaveLength(4);
    for (const call of calls) expect(call).toMatch(/^ProcedureCall db\.index\.fulltext\.queryNodes\(\$\w+, \$query, \{limit: toInteger\(\$first\)\}\)/);
  });
});
