import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';
import { TestApp } from '../../support/app';
import { dumpGraph, graphCounts, resetGraph } from '../../support/graph';
import { stixProblems } from '../../unit/interchange/stix-validator';
import { readXml } from '../../unit/interchange/xml-reader';

const run = (script: 'export' | 'import', args: string[]) =>
  spawnSync('node', [fromRoot('dist', 'scripts', `${script}.js`), ...args], { env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 240000 });

describe('npm run export / npm run import', () => {
  let app: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-interchange-'));
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    app = await startFixtureApp();
  });
  afterAll(async () => {
    await stopFixtureApp(app);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes GraphML holding every node and relationship of the sample and fixture graph', async () => {
    const result = run('export', ['--format', 'graphml', '--out', file('graph.graphml')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^exported 3 stories: \d+ nodes, \d+ relationships as graphml/);
    const graph = readXml(fs.readFileSync(file('graph.graphml'), 'utf8')).children.find((c) => c.name === 'graph')!;
    const counts = await graphCounts(app.executor);
    expect(graph.children.filter((c) => c.name === 'node')).toHaveLength(counts.nodes);
    expect(graph.children.filter((c) => c.name === 'edge')).toHaveLength(counts.relationships);
  });

  it('writes JSON Lines, one file per label and per type, with every node and relationship once', async () => {
    expect(run('export', ['--format', 'jsonl', '--out', file('bulk')]).status).toBe(0);
    const lines = (sub: string) =>
      fs.readdirSync(file(`bulk/${sub}`)).flatMap((f) =>
        fs
          .readFileSync(file(`bulk/${sub}/${f}`), 'utf8')
          .trimEnd()
          .split('\n')
          .map((l) => ({ file: f, row: JSON.parse(l) })),
      );
    const nodes = lines('nodes');
    const edges = lines('relationships');
    const counts = await graphCounts(app.executor);
    expect(new Set(nodes.map((n) => n.row.id)).size).toBe(counts.nodes);
    expect(edges).toHaveLength(counts.relationships);
    expect(nodes.find((n) => n.row.id === FIXTURE.sampleStory)).toMatchObject({
      file: 'Story.jsonl',
      row: { labels: ['Story'], properties: { publishedAt: '2025-12-08' } },
    });
    expect(edges.every((e) => e.file === `${e.row.type}.jsonl` && typeof e.row.start === 'string' && typeof e.row.end === 'string')).toBe(true);
  });

  it('exports the stories a country filter selects', () => {
    expect(run('export', ['--format', 'stix', '--country', 'RU', '--country', 'mx', '--out', file('ru-mx.json')]).status).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(file('ru-mx.json'), 'utf8'));
    expect(bundle.objects.filter((o: any) => o.report_types?.[0] === 'threat-report').map((o: any) => o.x_storygraph_id)).toEqual([FIXTURE.sampleStory]);
    expect(stixProblems(bundle.objects)).toEqual([]);
  });

  it('exports STIX, and importing it into an empty graph gives the same graph back; twice changes nothing', async () => {
    const before = await dumpGraph(app.executor);
    expect(run('export', ['--format', 'stix', '--out', file('all.json')]).status).toBe(0);
    await resetGraph(app.executor);
    const first = run('import', [file('all.json')]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/1 bundles in [\d.]+ s\n {2}created: 3 stories, 14 claims/);
    expect(await dumpGraph(app.executor)).toEqual(before);
    const second = run('import', [file('all.json')]);
    expect(second.stdout).toMatch(/created: 0 stories, 0 claims, 0 sources, 0 entities/);
    expect(await dumpGraph(app.executor)).toEqual(before);
  });

  it('reports a bad object as file:line: reason, writes nothing of that bundle and exits 1', async () => {
    const bundle = JSON.parse(fs.readFileSync(file('ru-mx.json'), 'utf8'));
    const note = bundle.objects.find((o: any) => o.type === 'note');
    note.x_storygraph_kind = 'RUMOUR';
    const text = JSON.stringify(bundle, null, 2);
    fs.writeFileSync(file('bad.json'), text);
    fs.writeFileSync(file('broken.json'), '{\n  "type": "bundle",\n  "objects": [\n}\n');
    const line = text.split('\n').findIndex((l) => l.includes(`"id": "${note.id}"`)) + 1;
    await resetGraph(app.executor);

    const result = run('import', [file('bad.json'), file('broken.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file('bad.json')}:${line}: ${note.id}: claims[0].kind: `);
    expect(result.stderr).toMatch(new RegExp(`${file('broken.json').replace(/\./g, '\\.')}:4: not JSON`));
    expect(result.stdout).toMatch(/2 bundles in [\d.]+ s \(2 failed, nothing of them written\)/);
    expect(await graphCounts(app.executor)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('answers -h, and refuses a bad command line with exit code 64', () => {
    expect(run('export', ['-h']).stdout).toContain('Usage: npm run export');
    expect(run('import', ['--help']).stdout).toContain('Usage: npm run import');
    const bad = run('export', ['--format', 'xml', '--out', file('x')]);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain('--format must be one of stix, jsonl, csv, graphml (got "xml")');
    expect(run('import', []).status).toBe(64);
  });
});
