import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';

/** `npm run codegen` is the build plus this; the tests run after the build (GraphQL Code Generator needs require(esm), which jest lacks). */
const codegen = (...args: string[]) => spawnSync('node', [fromRoot('dist', 'scripts', 'codegen', 'main.js'), ...args], { cwd: fromRoot(), encoding: 'utf8' });

describe('GraphQL Code Generator on the shipped operations (npm run codegen)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-codegen-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('accepts every shipped operation, and the committed types and possibleTypes are up to date', () => {
    const run = codegen('--check');
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('up to date');
    const { possibleTypes } = JSON.parse(fs.readFileSync(fromRoot('docs', 'operations', 'generated', 'possible-types.json'), 'utf8'));
    expect(possibleTypes.Entity).toEqual(['Agency', 'Country', 'Group', 'Organization', 'Person']);
    expect(possibleTypes.Node).toEqual(expect.arrayContaining(['Story', 'Claim', 'Citation', 'CitationGrade', 'Assessment', 'Agency']));
  });

  it('fails on stale outputs and on an operation the schema does not have', () => {
    const stale = codegen('--check', '--out', path.join(tmp, 'generated'));
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/stale generated files .*operations\.ts/);
    const ops = path.join(tmp, 'ops');
    fs.mkdirSync(ops);
    fs.writeFileSync(path.join(ops, 'bad.graphql'), 'query Bad { story(id: "x") { nope } }');
    const invalid = codegen('--check', '--operations', ops);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('bad.graphql: Cannot query field "nope" on type "Story"');
    fs.writeFileSync(path.join(ops, 'bad.graphql'), '{ topics { id } }');
    expect(codegen('--check', '--operations', ops).stderr).toContain('must hold exactly one named operation');
  });
});
