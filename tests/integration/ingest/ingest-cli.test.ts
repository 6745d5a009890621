import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { generateCard } from '../../../bench/card-generator';
import { startTestApp, TestApp } from '../../support/app';
import { graphCounts, resetGraph } from '../../support/graph';
import { otherStory } from '../../support/sample';

const CLI = fromRoot('dist', 'scripts', 'ingest.js');

function run(args: string[], options: { tty?: boolean } = {}) {
  const env = { ...process.env, LOG_LEVEL: 'error' };
  if (options.tty) {
    // `script` gives the CLI a pseudo-terminal, as a user at a shell has.
    const command = ['node', CLI, ...args].map((a) => `'${a}'`).join(' ');
    return spawnSync('script', ['-qec', command, '/dev/null'], { env, encoding: 'utf8', timeout: 240000 });
  }
  return spawnSync('node', [CLI, ...args], { env, encoding: 'utf8', timeout: 240000 });
}

describe('npm run ingest', () => {
  let app: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-cli-'));
  const badCard = fs.readFileSync(fromRoot('seeds', '000_8478c13e5880c610.txt'), 'utf8').replace('📊 Relevant Data', '🧪 Lab Notes');
  const badLine = badCard.split('\n').findIndex((l) => l.includes('Lab Notes')) + 1;

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    fs.mkdirSync(path.join(dir, 'cards'));
    fs.copyFileSync(fromRoot('seeds', '000_8478c13e5880c610.txt'), path.join(dir, 'cards', 'sample.txt'));
    fs.writeFileSync(path.join(dir, 'cards', 'broken.txt'), badCard);
    fs.writeFileSync(path.join(dir, 'story.json'), JSON.stringify(otherStory(), null, 2));
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...otherStory(), title: '' }, null, 2));
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run validates and prints what it would write, writing nothing', () => {
    const result = run(['--dry-run', path.join(dir, 'cards', 'sample.txt')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Dry run: nothing written/);
    expect(result.stdout).toMatch(/would create: 1 stories, 7 claims, 5 sources, 15 entities/);
    expect(result.stdout).toMatch(/\[DATA_POINT\] Bilateral trade between Mexico and Russia/);
  });

  it('imports good files, reports bad ones as file:line: reason, and exits non-zero', async () => {
    expect((await graphCounts(app.executor)).nodes).toBe(0);
    const result = run([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${path.join(dir, 'cards', 'broken.txt')}:${badLine}: `);
    expect(result.stderr).toMatch(new RegExp(`${path.join(dir, 'bad.json').replace(/\./g, '\\.')}:\\d+: input\\.title: `));
    expect(result.stdout).toMatch(/4 files, 2 stories/);
    expect(result.stdout).toMatch(/created: 2 stories, 9 claims, 6 sources/);
    expect(result.stdout).toMatch(/failed: {2}2 file\(s\)/);
    const { stories } = await app.data('{ stories { totalCount } }');
    expect(stories.totalCount).toBe(2);
  });

  it('re-importing changes nothing; --json gives a machine-readable report', async () => {
    const before = await graphCounts(app.executor);
    const result = run(['--json', path.join(dir, 'cards', 'sample.txt'), path.join(dir, 'story.json')]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ files: 2, stories: 2, failedFiles: 0, created: { stories: 0, claims: 0, sources: 0, entities: 0 } });
    expect(report.reused.claims).toBe(9);
    expect(await graphCounts(app.executor)).toEqual(before);
  });

  it('shows a progress bar on a terminal, then a summary', () => {
    const cards = path.join(dir, 'generated');
    fs.mkdirSync(cards);
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(cards, `card-${i}.txt`), generateCard(i));
    const result = run([cards], { tty: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ingest \[[█░]+\] 30\/30 files/);
    expect(result.stdout).toMatch(/30 files, 30 stories in [\d.]+ s/);
  });
});
