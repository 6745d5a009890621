import fs from 'node:fs';
import { fromRoot } from '../../../src/config/paths';
import { startTestApp, TestApp } from '../../support/app';
import { dumpGraph, graphCounts, resetGraph } from '../../support/graph';
import { INGEST, sampleStory } from '../../support/sample';

const CARD = fs.readFileSync(fromRoot('seeds', '000_8478c13e5880c610.txt'), 'utf8');
const IMPORT = `mutation($text: String!) { importStoryCard(text: $text) { story { id } created { stories claims sources entities } } }`;

describe('importStoryCard', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('gives the sample card the same graph as the hand-structured sample story', async () => {
    await resetGraph(app.executor);
    await app.data(INGEST, { input: sampleStory() });
    const byHand = await dumpGraph(app.executor);

    await resetGraph(app.executor);
    const { importStoryCard } = await app.data(IMPORT, { text: CARD });
    expect(importStoryCard.created).toEqual({ stories: 1, claims: 7, sources: 5, entities: 15 });
    const imported = await dumpGraph(app.executor);

    expect(Object.keys(imported.nodes)).toEqual(Object.keys(byHand.nodes));
    expect(imported.relationships).toEqual(byHand.relationships);
    expect(imported.nodes).toEqual(byHand.nodes);
  });

  it('is idempotent', async () => {
    const before = await graphCounts(app.executor);
    const { importStoryCard } = await app.data(IMPORT, { text: CARD });
    expect(importStoryCard.created).toEqual({ stories: 0, claims: 0, sources: 0, entities: 0 });
    expect(await graphCounts(app.executor)).toEqual(before);
  });

  it('refuses a card it cannot understand with the line number, writing nothing', async () => {
    const before = await graphCounts(app.executor);
    const broken = CARD.replace('📰 Sources (1)', '🧪 Lab Notes\n\nsomething');
    const body = await app.gql(IMPORT, { text: broken.replace('Mexico refused to expel', 'Mexico declined to expel') });
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const line = broken.split('\n').findIndex((l) => l.includes('Lab Notes')) + 1;
    expect(body.errors![0].extensions.fields).toEqual([{ field: 'text', reason: expect.stringMatching(new RegExp(`^line ${line}: `)) }]);
    expect(await graphCounts(app.executor)).toEqual(before);
  });
});
