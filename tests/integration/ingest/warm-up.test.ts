import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCard } from '../../../bench/card-generator';
import { graphContents, warmUp } from '../../../bench/warm-up';
import { collectInputFiles, ingestFiles } from '../../../src/ingest/load/bulk-ingest';
import { startTestApp, TestApp } from '../../support/app';
import { dumpGraph, resetGraph } from '../../support/graph';

/** Generated cards `from`..`to`-1 in `dir`. */
function cards(dir: string, from: number, to: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) fs.writeFileSync(path.join(dir, `card-${String(i).padStart(4, '0')}.txt`), generateCard(i));
  return collectInputFiles([dir]);
}

/** The marking tallies (left out of dumpGraph), which the warm-up's stories counted too. */
async function tallies(app: TestApp) {
  return app.executor.read('MATCH (t:EntityTally) RETURN t.entityId AS id, t.claims AS claims, t.stories AS stories ORDER BY id');
}

describe('bench warm-up (bench:ingest --warm-up N)', () => {
  let app: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-warm-up-'));

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a graph in which the measured import creates exactly what it creates on a fresh database', async () => {
    const measured = cards(path.join(dir, 'measured'), 0, 40);
    // Numbered after the measured cards, as bench:ingest does: no story in common, the same countries, agencies and publishers.
    const warm = cards(path.join(dir, 'warm'), 40, 100);

    await resetGraph(app.executor);
    const fresh = await ingestFiles(app.executor, measured, { batchSize: 15 });
    const freshGraph = await dumpGraph(app.executor);
    const freshTallies = await tallies(app);
    expect(fresh.failedFiles).toBe(0);
    expect(freshTallies.length).toBeGreaterThan(0);

    await resetGraph(app.executor);
    const warmed = await warmUp(app.executor, warm, { batchSize: 15 });
    expect(warmed.cards).toBe(60);
    expect(warmed.created.stories).toBe(60);
    expect(warmed.created.entities).toBeGreaterThan(0);
    // Every node it created went: stories, claims, sources, entities, topics, tallies.
    expect(warmed.removed).toBeGreaterThan(warmed.created.stories + warmed.created.claims + warmed.created.sources + warmed.created.entities);
    expect(await graphContents(app.executor)).toEqual(expect.objectContaining({ nodes: 0, relationships: 0 }));

    const after = await ingestFiles(app.executor, measured, { batchSize: 15 });
    expect(after.created).toEqual(fresh.created);
    expect(after.reused).toEqual(fresh.reused);
    expect(await dumpGraph(app.executor)).toEqual(freshGraph);
    expect(await tallies(app)).toEqual(freshTallies);
  });

  it('refuses a graph that holds more than the migrations (the clean-up would delete it)', async () => {
    await resetGraph(app.executor);
    await ingestFiles(app.executor, cards(path.join(dir, 'kept'), 0, 2));
    await expect(warmUp(app.executor, cards(path.join(dir, 'warm2'), 2, 4))).rejects.toThrow(/--warm-up needs a graph with nothing but migrations/);
  });
});
