import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { generateCard } from '../../../bench/card-generator';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';

const CLI = fromRoot('dist', 'scripts', 'ingest.js');

function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'error' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('npm run ingest, three at once', () => {
  let app: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-cli-race-'));
  const CARDS = 12;

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    for (let i = 0; i < CARDS; i++) fs.writeFileSync(path.join(dir, `card-${String(i).padStart(2, '0')}.txt`), generateCard(i));
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the reports of three parallel imports of the same cards add up to what the graph holds', async () => {
    const runs = await Promise.all([0, 1, 2].map(() => runCli(['--json', dir])));
    for (const run of runs) expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const reports = runs.map((r) => JSON.parse(r.stdout));
    const total = (kind: string) => reports.reduce((n, r) => n + r.created[kind], 0);

    const [graph] = await app.executor.read<Record<string, number>>(
      `CALL () { MATCH (s:Story) RETURN count(s) AS stories }
       CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       RETURN stories, claims, sources, entities`,
    );
    expect(graph.stories).toBe(CARDS);
    expect({ stories: total('stories'), claims: total('claims'), sources: total('sources'), entities: total('entities') }).toEqual(graph);
    // Every story was reported once as created and twice as reused.
    expect(reports.reduce((n, r) => n + r.reused.stories, 0)).toBe(2 * CARDS);
  }, 600_000);
});
