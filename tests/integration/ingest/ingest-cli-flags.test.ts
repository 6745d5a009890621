import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCard } from '../../../bench/card-generator';
import { fromRoot } from '../../../src/config/paths';
import { TestApp } from '../../support/app';
import { startEmptyApp, stopAndClearGraph } from '../../support/sample';

const CLI = fromRoot('dist', 'scripts', 'ingest.js');
const run = (args: string[]) => spawnSync('node', [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 240000 });

describe('npm run ingest: command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-cli-flags-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('-h and --help print the usage with every option, exit 0', () => {
    for (const flag of ['-h', '--help']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^usage: npm run -s ingest -- \[options\] <files or folders>/);
      for (const option of ['--dry-run', '--json', '--output', '--workers', '--batch-size', '--version']) expect(result.stdout).toContain(option);
    }
  });

  it('--version prints the package version alone', () => {
    const result = run(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')).version}\n`);
  });

  it('a typo names the option and suggests the nearest one, exit 64', () => {
    const result = run(['--jsno', 'x.txt']);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain(`unknown option '--jsno'; did you mean '--json'?`);
    expect(run(['--dryrun', 'x.txt']).stderr).toContain(`did you mean '--dry-run'?`);
    expect(run(['--frobnicate', 'x.txt']).stderr).toMatch(/unknown option '--frobnicate'\n/);
    expect(run(['--workers', 'many', 'x.txt']).stderr).toContain('--workers must be an integer >= 0 (got "many")');
  });

  it('refuses a file type it does not read with file: reason, exit 1, before touching the database', () => {
    const notes = path.join(dir, 'notes.md');
    fs.writeFileSync(notes, '# not a card');
    const result = run([notes]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${notes}: not a file type the importer reads (.txt, .json)`);
    expect(run([path.join(dir, 'missing.txt')]).stderr.trim()).toBe(`${path.join(dir, 'missing.txt')}: no such file or directory`);
  });

  describe('with a database', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startEmptyApp();
    });
    afterAll(() => stopAndClearGraph(app));

    it('--json stdout is one JSON document (parsed in worker threads); --output writes it to a file', () => {
      const cards = path.join(dir, 'cards');
      fs.mkdirSync(cards);
      for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(cards, `card-${i}.txt`), generateCard(i));
      const result = run(['--json', '--workers', '2', '--batch-size', '7', cards]);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ files: 40, stories: 40, failedFiles: 0, created: { stories: 40 } });
      expect(report.claimsPerSecond).toBeGreaterThan(0);

      const file = path.join(dir, 'report.json');
      const again = run(['--output', file, cards]);
      expect(again.status).toBe(0);
      expect(again.stdout).toBe('');
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ stories: 40, created: { stories: 0, claims: 0, sources: 0, entities: 0 } });
    });
  });
});
