import { Driver } from 'neo4j-driver';
import { createDriver } from '../../../src/db/driver';
import { Executor, FULL_CLEARANCE, Statement } from '../../../src/db/executor';
import { keyedPagedStatement, pagedStatement } from '../../../src/db/paged-read';
import { claimListRead } from '../../../src/modules/claim/claim.repository';
import { claimsAboutRead, ENTITY_BY_KEY, entityListRead, storiesMentioningRead } from '../../../src/modules/entity/entity.repository';
import { sourceListRead } from '../../../src/modules/source/source.repository';
import { storyListRead } from '../../../src/modules/story/story.repository';
import { ClaimKind, EntityType } from '../../../src/modules/shared/enums';
import { OrderDirection } from '../../../src/modules/shared/connection';
import { StoryOrderField } from '../../../src/modules/story/story.filter';
import { SourceOrderField } from '../../../src/modules/source/source.filter';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { fullScans, profile, seedBulkGraph, totalDbHits, withClearance } from '../../support/plans';

const NESTED = { text: {}, story: { title: {} }, sources: { title: {}, publisher: { name: {} } }, about: { name: {} } };
const page = (first = 20) => ({ after: null, first, withTotal: true, selection: NESTED, clearance: FULL_CLEARANCE });
const keyed = (read: ReturnType<typeof claimsAboutRead>, id: string): Statement => {
  const s = keyedPagedStatement(read, ENTITY_BY_KEY);
  return { cypher: s.cypher, params: { ...s.params, keys: [id] } };
};

/**
 * The statements behind the list queries, profiled on a generated graph of 600 and then 1,200
 * stories: none scans a whole label, and the work of a query whose answer does not grow with the
 * graph does not grow either; where the answer grows, the work grows with it, not faster.
 */
describe('list statements are anchored and bounded by their answer', () => {
  let driver: Driver;
  let executor: Executor;
  let targets: { storyId: string; agencyId: string; claimId: string };

  // asOf is a property check after the same anchor: "now" keeps every row, so the answers match the plain reads.
  const statements = (asOf = new Date().toISOString()): Record<string, Statement> => ({
    'claims about RU and MX': pagedStatement(claimListRead({ aboutCountries: ['RU', 'MX'] }, page())),
    'claims of one story': pagedStatement(claimListRead({ storyId: targets.storyId }, page())),
    'claims of one story, as of an instant': pagedStatement(claimListRead({ storyId: targets.storyId }, { ...page(), asOf })),
    'claims about RU and MX, as of an instant': pagedStatement(claimListRead({ aboutCountries: ['RU', 'MX'] }, { ...page(), asOf })),
    'stories mentioning MX, as of an instant': pagedStatement(
      storyListRead({ mentionsCountries: ['MX'] }, null, 5, { withTotal: true, asOf, clearance: FULL_CLEARANCE }),
    ),
    'claims citing a publisher, of a kind': pagedStatement(claimListRead({ publisher: 'Reuters', kinds: [ClaimKind.DATA_POINT] }, page())),
    'claims, first page, no filter': pagedStatement(claimListRead({}, page())),
    'stories, first page, no filter': pagedStatement(
      storyListRead(undefined, null, 20, { withTotal: true, selection: { topics: { name: {} } }, clearance: FULL_CLEARANCE }),
    ),
    'stories, oldest first (orderBy), no filter': pagedStatement(
      storyListRead(undefined, null, 20, {
        withTotal: true,
        orderBy: { field: StoryOrderField.PUBLISHED_AT, direction: OrderDirection.ASC },
        clearance: FULL_CLEARANCE,
      }),
    ),
    'sources, Z first (orderBy)': pagedStatement(
      sourceListRead(undefined, null, 20, {
        withTotal: true,
        orderBy: { field: SourceOrderField.TITLE, direction: OrderDirection.DESC },
        clearance: FULL_CLEARANCE,
      }),
    ),
    'stories mentioning MX': pagedStatement(storyListRead({ mentionsCountries: ['MX'] }, null, 5, { withTotal: true, clearance: FULL_CLEARANCE })),
    'sources, first page': pagedStatement(
      sourceListRead(undefined, null, 20, { withTotal: true, selection: { publisher: { name: {} } }, clearance: FULL_CLEARANCE }),
    ),
    'entities of a country': pagedStatement(entityListRead({ countryCode: 'FR' }, null, 20, { withTotal: true })),
    'entities of a type, first page': pagedStatement(entityListRead({ types: [EntityType.AGENCY] }, null, 20, {})),
    'claims about an agency': keyed(claimsAboutRead({ after: null, first: 10, withTotal: true, clearance: FULL_CLEARANCE }), targets.agencyId),
    'stories mentioning a country': keyed(storiesMentioningRead({ after: null, first: 5, withTotal: true, clearance: FULL_CLEARANCE }), 'country:MX'),
  });

  /** Rows the answer has: the total where one is computed, else the page. */
  async function answerSize(statement: Statement): Promise<number> {
    const session = driver.session({ database: database(), defaultAccessMode: 'READ' });
    try {
      const record = (await session.run(statement.cypher, withClearance(statement).params)).records[0];
      const value = record.keys.includes('value') ? record.get('value') : record.toObject();
      return Number(value.total ?? value.rows.length);
    } finally {
      await session.close();
    }
  }

  async function measure(): Promise<Record<string, { hits: number; answer: number; scans: string[] }>> {
    const out: Record<string, { hits: number; answer: number; scans: string[] }> = {};
    for (const [name, statement] of Object.entries(statements())) {
      const steps = await profile(driver, statement);
      out[name] = { hits: totalDbHits(steps), answer: await answerSize(statement), scans: fullScans(steps) };
    }
    return out;
  }

  let small: Awaited<ReturnType<typeof measure>>;
  let large: Awaited<ReturnType<typeof measure>>;

  beforeAll(async () => {
    driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
    executor = new Executor(driver, database());
    await resetGraph(executor);
    targets = (await seedBulkGraph(executor, 600)).targets;
    small = await measure();
    await seedBulkGraph(executor, 1200);
    large = await measure();
  }, 600000);

  afterAll(async () => {
    await resetGraph(executor);
    await driver.close();
  });

  it('scans no whole label', () => {
    const scans = Object.fromEntries(
      Object.entries(large)
        .filter(([, m]) => m.scans.length)
        .map(([name, m]) => [name, m.scans]),
    );
    expect(scans).toEqual({});
  });

  it('does the same work on twice the graph when the answer is a fixed page or one story', () => {
    // Unfiltered totals come from the count store and the total of claims about two countries from
    // their pair tally, so only the page's rows cost (a dense pair's page walks the newest stories).
    const fixed = [
      'claims about RU and MX',
      'claims of one story',
      'claims of one story, as of an instant',
      'claims, first page, no filter',
      'stories, first page, no filter',
      'stories, oldest first (orderBy), no filter',
      'sources, first page',
      'sources, Z first (orderBy)',
      'entities of a type, first page',
    ];
    // A plan may change shape between the two sizes (statistics); a few hundred hits of slack allow
    // that, while a scan would add thousands (600 more stories: about 2,400 claims).
    const grewWithGraph = fixed.map((name) => ({ name, small: small[name].hits, large: large[name].hits })).filter((m) => m.large > m.small * 1.25 + 300);
    expect(grewWithGraph).toEqual([]);
  });

  it('grows with the answer, not faster, where the answer grows', () => {
    const growing = [
      'claims about RU and MX, as of an instant',
      'claims citing a publisher, of a kind',
      'stories mentioning MX',
      'stories mentioning MX, as of an instant',
      'claims about an agency',
      'stories mentioning a country',
    ];
    const measured = growing.map((name) => ({
      name,
      answerGrew: large[name].answer > small[name].answer,
      perRowGrowth: Number((large[name].hits / large[name].answer / (small[name].hits / Math.max(1, small[name].answer))).toFixed(2)),
    }));
    expect(measured.filter((m) => !m.answerGrew || m.perRowGrowth > 1.3)).toEqual([]);
  });
});
