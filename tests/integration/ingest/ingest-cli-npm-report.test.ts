import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCard } from '../../../bench/card-generator';
import { fromRoot } from '../../../src/config/paths';
import { TestApp } from '../../support/app';
import { startEmptyApp, stopAndClearGraph } from '../../support/sample';

/** The README's form exactly: through npm, stdout redirected by the shell. */
const npmIngestToFile = (args: string[], file: string) =>
  spawnSync('sh', ['-c', 'npm run ingest -- "$@" > "$0"', file, ...args], {
    cwd: fromRoot(),
    env: { ...process.env, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 240000,
  });

describe('npm run ingest -- --json > report.json', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-npm-report-'));
  let app: TestApp;
  beforeAll(async () => {
    app = await startEmptyApp();
  });
  afterAll(async () => {
    await stopAndClearGraph(app);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one JSON document although npm prints its run banner on stdout first', () => {
    const cards = path.join(dir, 'cards');
    fs.mkdirSync(cards);
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(cards, `card-${i}.txt`), generateCard(i));
    const file = path.join(dir, 'report.json');

    const result = npmIngestToFile(['--json', cards], file);
    expect(result.stderr).not.toMatch(/ingest failed/);
    expect(result.status).toBe(0);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('{')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ files: 3, stories: 3, failedFiles: 0, created: { stories: 3 } });

    // The replay creates nothing, and its report is again the whole file.
    const again = npmIngestToFile(['--json', path.join(cards, 'card-0.txt')], file);
    expect(again.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ files: 1, created: { stories: 0 } });
  });
});
