import { storyService, validateStoryInput } from '../../../src/modules/story/story.service';
import { startTestApp, TestApp } from '../../support/app';
import { dumpGraph, resetGraph } from '../../support/graph';

/** Own marking and effective rank of every marked node, by id. */
async function markings(app: TestApp): Promise<Record<string, [string | null, number]>> {
  const rows = await app.executor.read<{ id: string; own: string | null; rank: number }>(
    'MATCH (n) WHERE n:Story OR n:Source OR n:Claim RETURN n.id AS id, n.marking AS own, coalesce(n.markingRank, 0) AS rank',
  );
  return Object.fromEntries(rows.map((r) => [r.id, [r.own, r.rank]]));
}

/** A GREEN story: one CLEAR source, one RED source, a CLEAR source derived from the RED one; claims citing each, one AMBER claim. */
function markedStory(overrides: Record<string, unknown> = {}) {
  return {
    id: 'story:marked',
    title: 'Marked story',
    summary: 'A story with markings.',
    publishedAt: '2025-06-15',
    marking: 'GREEN',
    sources: [
      { id: 'source:open', title: 'Open report', kind: 'NEWS_REPORT', marking: 'CLEAR' },
      { id: 'source:secret', title: 'Secret cable', kind: 'GOVERNMENT_RECORD', marking: 'RED' },
      { id: 'source:laundered', title: 'Repeat of the cable', kind: 'NEWS_REPORT', marking: 'CLEAR', derivedFrom: ['source:secret'] },
      { id: 'source:default', title: 'Unmarked source', kind: 'NEWS_REPORT' },
    ],
    entities: [],
    claims: [
      { id: 'claim:open', kind: 'KEY_FACT', text: 'Open claim.', citations: [{ source: 'source:open' }] },
      { id: 'claim:laundered', kind: 'KEY_FACT', text: 'Laundered claim.', citations: [{ source: 'source:laundered' }] },
      { id: 'claim:amber', kind: 'KEY_FACT', text: 'Amber claim.', marking: 'AMBER' },
    ],
    ...overrides,
  };
}

describe('markings at ingest and setMarking', () => {
  let app: TestApp;
  const ingest = async (plain: unknown) => storyService.ingest(app.executor, await validateStoryInput(plain));
  const setMarking = (id: string, marking: string) =>
    app.gql('mutation($id: ID!, $m: Tlp!) { setMarking(id: $id, marking: $m) { id kind marking effectiveMarking markingSetBy } }', { id, m: marking });

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('sets own markings and effective ranks: story own, sources through DERIVED_FROM, claims from story and cited sources', async () => {
    await ingest(markedStory());
    expect(await markings(app)).toEqual({
      'story:marked': ['GREEN', 1],
      'source:open': ['CLEAR', 0],
      'source:secret': ['RED', 4],
      'source:laundered': ['CLEAR', 4],
      'source:default': ['GREEN', 1],
      'claim:open': ['CLEAR', 1],
      'claim:laundered': ['CLEAR', 4],
      'claim:amber': ['AMBER', 2],
    });
    // Ranks set as nodes are created are integers like those the propagation computes (a JS number would store a float).
    const types = await app.executor.read<{ type: string }>('MATCH (n) WHERE n.markingRank IS NOT NULL RETURN DISTINCT valueType(n.markingRank) AS type');
    expect(types.map((t) => t.type)).toEqual(['INTEGER NOT NULL']);
  });

  it('a replay writes nothing; a re-ingest with lower markings lowers nothing', async () => {
    const before = await dumpGraph(app.executor);
    await ingest(markedStory());
    expect(await dumpGraph(app.executor)).toEqual(before);
    const lower = await ingest(markedStory({ marking: 'CLEAR' }));
    expect(await dumpGraph(app.executor)).toEqual(before);
    expect(lower.story.marking).toBe('GREEN');
  });

  it('setMarking lowers a source and recomputes what derives from it and cites it, in the same call', async () => {
    const body = await setMarking('source:secret', 'CLEAR');
    expect(body.data.setMarking).toEqual({ id: 'source:secret', kind: 'Source', marking: 'CLEAR', effectiveMarking: 'CLEAR', markingSetBy: 'anonymous' });
    const after = await markings(app);
    expect(after['source:laundered']).toEqual(['CLEAR', 0]);
    expect(after['claim:laundered']).toEqual(['CLEAR', 1]);
  });

  it('a re-ingest leaves a marking an admin set alone, even a higher one from the input', async () => {
    const sources = markedStory().sources.map((s) => (s.id === 'source:secret' ? { ...s, marking: 'RED' } : s));
    await ingest(markedStory({ sources }));
    expect((await markings(app))['source:secret']).toEqual(['CLEAR', 0]);
  });

  it('setMarking on a story raises every claim of it; on a claim only that claim', async () => {
    await setMarking('story:marked', 'AMBER_STRICT');
    let now = await markings(app);
    expect(['claim:open', 'claim:laundered', 'claim:amber'].map((id) => now[id][1])).toEqual([3, 3, 3]);
    expect(now['source:open']).toEqual(['CLEAR', 0]);
    await setMarking('claim:open', 'RED');
    now = await markings(app);
    expect([now['claim:open'][1], now['claim:amber'][1]]).toEqual([4, 3]);
  });

  it('NOT_FOUND for an id that is no story, source or claim; BAD_USER_INPUT for an unknown marking', async () => {
    expect((await setMarking('country:MX', 'RED')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await setMarking('claim:nope', 'RED')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await setMarking('claim:open', 'PURPLE')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
