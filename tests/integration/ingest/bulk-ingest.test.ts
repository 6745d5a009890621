import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCard } from '../../../bench/card-generator';
import { fromRoot } from '../../../src/config/paths';
import { collectInputFiles, ingestFiles } from '../../../src/ingest/load/bulk-ingest';
import { startTestApp, TestApp } from '../../support/app';
import { graphCounts, resetGraph } from '../../support/graph';
import { otherStory } from '../../support/sample';

/** Writes generated cards `from`..`to`-1 into `dir`; card N has the same name and text in every folder. */
function cards(dir: string, from: number, to: number): string {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) fs.writeFileSync(path.join(dir, `card-${String(i).padStart(4, '0')}.txt`), generateCard(i));
  return dir;
}

/** Relationships that appear twice between the same two nodes (none may). */
async function duplicateEdges(app: TestApp): Promise<number> {
  const [row] = await app.executor.read<{ n: number }>(
    `MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(*) AS n WHERE n > 1 AND t <> 'HELD_ROLE' RETURN count(*) AS n`,
  );
  return row.n;
}

describe('bulk import (many stories per transaction)', () => {
  let app: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-bulk-'));

  beforeEach(async () => {
    app ??= await startTestApp();
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a bad story inside a large batch fails alone with file:line: reason; the others land', async () => {
    const folder = cards(path.join(dir, 'large'), 0, 120);
    // Fails only at write time (its derivedFrom source is not in the graph), so it is inside a written batch.
    const derived = { title: 'Derived report', kind: 'NEWS_REPORT', derivedFrom: ['source:nowhere'] };
    fs.writeFileSync(
      path.join(folder, 'card-0050-bad.json'),
      JSON.stringify(otherStory({ title: 'Bad one', sources: [derived], basedOn: ['Derived report'], claims: [] })),
    );
    // Fails at parse time, with its own line.
    const broken = generateCard(999).replace('📊 Relevant Data', '🧪 Lab Notes');
    fs.writeFileSync(path.join(folder, 'card-0090-broken.txt'), broken);
    const brokenLine = broken.split('\n').findIndex((l) => l.includes('Lab Notes')) + 1;

    const report = await ingestFiles(app.executor, collectInputFiles([folder]), { batchSize: 50 });
    expect(report.failedFiles).toBe(2);
    const errors = report.outcomes.filter((o) => !o.ok).map((o) => o.error);
    expect(errors[0]).toBe(
      `${path.join(folder, 'card-0050-bad.json')}:1: Invalid input: input.sources.derivedFrom: source "source:nowhere" is neither in input.sources nor in the graph`,
    );
    expect(errors[1]).toMatch(new RegExp(`^${path.join(folder, 'card-0090-broken').replace(/[.]/g, '\\.')}\\.txt:${brokenLine}: \\S`));
    expect(report.stories).toBe(120);
    expect(report.created.stories).toBe(120);
    const { stories } = await app.data('{ stories { totalCount } }');
    expect(stories.totalCount).toBe(120);
    const [bad] = await app.executor.read<{ n: number }>(`MATCH (s:Story) WHERE s.title = 'Bad one' RETURN count(s) AS n`);
    expect(bad.n).toBe(0);
  });

  it('replaying a folder creates nothing and changes no count', async () => {
    const folder = cards(path.join(dir, 'replay'), 0, 60);
    const first = await ingestFiles(app.executor, collectInputFiles([folder]), { batchSize: 25 });
    expect(first.created.stories).toBe(60);
    expect(first.created.claims).toBe(first.claims);
    const before = await graphCounts(app.executor);
    const replay = await ingestFiles(app.executor, collectInputFiles([folder]), { batchSize: 25 });
    expect(replay.created).toEqual({ stories: 0, claims: 0, sources: 0, entities: 0 });
    expect(replay.reused.stories).toBe(60);
    expect(replay.reused.claims).toBe(first.created.claims);
    expect(await graphCounts(app.executor)).toEqual(before);
  });

  it('counts shared entities once: created by the first story naming them, reused by the rest', async () => {
    const folder = cards(path.join(dir, 'shared'), 0, 40);
    const report = await ingestFiles(app.executor, collectInputFiles([folder]), { batchSize: 40 });
    const [entities] = await app.executor.read<{ n: number }>('MATCH (e:Entity) RETURN count(e) AS n');
    expect(report.created.entities).toBe(entities.n);
    const [sources] = await app.executor.read<{ n: number }>('MATCH (s:Source) RETURN count(s) AS n');
    expect(report.created.sources).toBe(sources.n);
  });

  it('concurrent imports of overlapping folders: correct counts, no duplicate nodes or edges', async () => {
    const a = cards(path.join(dir, 'a'), 0, 70);
    const b = cards(path.join(dir, 'b'), 40, 110);
    const [ra, rb] = await Promise.all([
      ingestFiles(app.executor, collectInputFiles([a]), { batchSize: 20 }),
      ingestFiles(app.executor, collectInputFiles([b]), { batchSize: 20 }),
    ]);
    expect(ra.failedFiles + rb.failedFiles).toBe(0);
    // Cards 40..69 are in both folders: each story, claim, source and entity is created by exactly one import.
    expect(ra.created.stories + rb.created.stories).toBe(110);
    const [counts] = await app.executor.read<{ stories: number; claims: number; sources: number; entities: number }>(
      `CALL () { MATCH (s:Story) RETURN count(s) AS stories }
       CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       RETURN stories, claims, sources, entities`,
    );
    expect(counts.stories).toBe(110);
    expect(ra.created.claims + rb.created.claims).toBe(counts.claims);
    expect(ra.created.sources + rb.created.sources).toBe(counts.sources);
    expect(ra.created.entities + rb.created.entities).toBe(counts.entities);
    const [claimEdges] = await app.executor.read<{ n: number }>('MATCH (:Story)-[r:HAS_CLAIM]->(:Claim) RETURN count(r) AS n');
    expect(claimEdges.n).toBe(counts.claims);
    expect(await duplicateEdges(app)).toBe(0);
  });

  it('a story in a batch is written with the same rows as alone', async () => {
    const sample = fromRoot('seeds', '000_8478c13e5880c610.txt');
    const alone = (await ingestFiles(app.executor, [sample])).outcomes[0].stories[0];
    await resetGraph(app.executor);
    const folder = cards(path.join(dir, 'with-sample'), 0, 10);
    fs.copyFileSync(sample, path.join(folder, 'card-0005-sample.txt'));
    const bulk = await ingestFiles(app.executor, collectInputFiles([folder]), { batchSize: 11 });
    const inBatch = bulk.outcomes.find((o) => o.file.endsWith('sample.txt'))!.stories[0];
    const total = (s: typeof alone) => Object.fromEntries(Object.keys(s.created).map((k) => [k, s.created[k as 'claims'] + s.reused[k as 'claims']]));
    expect(total(inBatch)).toEqual(total(alone));
    expect(inBatch.created.stories).toBe(1);
  });
});
