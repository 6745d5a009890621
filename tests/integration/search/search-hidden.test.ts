import { SearchType } from '../../../src/modules/search/search.args';
import { hitsOf, searchStatement } from '../../../src/modules/search/search.repository';
import { storyService, validateStoryInput } from '../../../src/modules/story/story.service';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { withClearance } from '../../support/plans';

const GREEN = 1;

const story = (id: string, title: string, marking: string) => ({
  id,
  title,
  summary: title,
  publishedAt: '2025-06-15',
  marking,
  sources: [],
  entities: [],
  claims: [],
});

/** Below full clearance, hidden hits that outrank every visible one must neither show nor take a visible one's place. */
describe('search below full clearance when hidden hits outrank the visible ones', () => {
  let app: TestApp;
  const ids = async (first: number, clearance: number) => {
    const statement = searchStatement('zebra', [SearchType.STORY], first, clearance >= 4, { text: false, node: false });
    const [row] = await app.executor.read<Parameters<typeof hitsOf>[0]>(statement.cypher, withClearance(statement, clearance).params);
    return hitsOf(row).map((r) => r.id);
  };

  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    for (let i = 0; i < 12; i++) {
      await storyService.ingest(app.executor, await validateStoryInput(story(`story:red-${i}`, `Zebra zebra zebra zebra herd ${i}`, 'RED')));
    }
    for (const i of [1, 2]) {
      await storyService.ingest(
        app.executor,
        await validateStoryInput(story(`story:open-${i}`, `Notes on a zebra and many other animals of the plains ${i}`, 'CLEAR')),
      );
    }
  }, 120000);
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('outranks the visible stories with hidden ones (the case under test)', async () => {
    const best = await ids(8, 4);
    expect(best).toHaveLength(8);
    expect(best.every((id) => id.startsWith('story:red-'))).toBe(true);
  });

  it('still finds the visible stories when every better hit is hidden', async () => {
    expect((await ids(2, GREEN)).sort()).toEqual(['story:open-1', 'story:open-2']);
    expect((await ids(1, GREEN)).length).toBe(1);
  });

  it('never shows a hidden one, and shows every match to a reader cleared for all', async () => {
    expect((await ids(20, GREEN)).sort()).toEqual(['story:open-1', 'story:open-2']);
    expect(await ids(20, 4)).toHaveLength(14);
  });
});
