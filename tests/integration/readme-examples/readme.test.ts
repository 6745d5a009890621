import fs from 'node:fs';
import { fromRoot } from '../../../src/config/paths';
import { createDriver } from '../../../src/db/driver';
import { Executor } from '../../../src/db/executor';
import { database } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { QuickStart, readmeExamples, startQuickStart, unmarkedGraphqlBlocks } from '../../support/readme';

type Check = (data: any, extensions: any) => void;

/** What each README example must show; an example without an entry here fails the suite. */
const EXPECTATIONS: Record<string, Check> = {
  mission: (d) => {
    expect(d.claims.totalCount).toBe(7);
    expect(d.claims.edges.flatMap((e: any) => e.node.sources.map((s: any) => s.publisher.name))).toContain('SpyTalk');
  },
  agency: (d) => {
    expect(d.entity.acronym).toBe('CIA');
    expect(d.entity.claims.totalCount).toBe(1);
  },
  people: (d) => expect(d.entities.edges[0].node.roles[0].title).toBe('President of Mexico'),
  story: (d) => {
    expect(d.story.claims).toHaveLength(7);
    expect(d.story.sources[0].publisher.name).toBe('The New York Times');
  },
  publisher: (d) => expect(d.claims.edges).toHaveLength(1),
  // The fixtures are ingested now, so nothing was known in 2020 (tests/integration/asof checks the instants in between).
  'as-of': (d) => expect(d.claims).toEqual({ totalCount: 0, edges: [] }),
  country: (d) => {
    expect(d.country.claims.totalCount).toBe(7);
    expect(d.topics.length).toBeGreaterThanOrEqual(2);
  },
  'grade-source': (d) =>
    expect(d.gradeSource).toMatchObject({ grade: 'B', meaning: 'Usually reliable', gradedBy: expect.stringMatching(/^key:[0-9a-f]{12}$/) }), // the development admin key's identity
  'grade-citation': (d) =>
    expect(d.gradeCitation).toMatchObject({
      grade: 2,
      meaning: 'Probably true',
      citation: { id: 'citation:claim:fixture-rail-gru-link|source:fixture/courier-rail', credibility: { id: d.gradeCitation.id, grade: 2 } },
    }),
  'source-reliability': (d) => {
    expect(d.source.reliability).toEqual({ grade: 'B', meaning: 'Usually reliable' });
    expect(d.source.reliabilityHistory).toHaveLength(1);
  },
  'link-claims': (d) => {
    expect(d.linkClaims.stance).toBe('CONTRADICTS');
    expect(d.linkClaims.from.text).toMatch(/no evidence/);
  },
  provenance: (d) => {
    expect(d.provenance.derivations.map((x: { depth: number }) => x.depth)).toEqual([1, 2, 3]);
    expect(d.provenance.origins).toEqual([{ source: { title: 'Interior committee hearing transcript' }, inCycle: false }]);
    expect(d.provenance.cyclic).toBe(false);
  },
  corroboration: (d) => {
    expect(d.corroboration).toMatchObject({
      citedSources: 2,
      independentOrigins: 1,
      circularReporting: true,
      publishers: [{ name: 'Baltic Courier' }, { name: 'Daily Meridian' }],
    });
    expect(d.corroboration.contradicting).toHaveLength(1);
  },
  assessment: (d) => {
    // B (+10) and ungraded (0) -> +5; credibility 2 (+10) and ungraded -> +5; circular -5; one contradiction -10
    expect(d.assessment.score).toBe(45);
    expect(d.assessment.level).toBe('MODERATE');
    expect(d.assessment.factors).toHaveLength(8);
  },
  'claims-assessment': (d, extensions) => {
    expect(d.claims.edges).toHaveLength(5);
    expect(extensions.queryStats.cypherRoundTrips).toBeLessThanOrEqual(5);
  },
  neighborhood: (d) => {
    expect(d.neighborhood.nodes[0]).toEqual({ id: 'country:MX', label: 'Country', name: 'Mexico' });
    expect(d.neighborhood.edges.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['ABOUT', 'HELD_ROLE', 'LOCATED_IN', 'MENTIONS']));
  },
  paths: (d) => {
    expect(d.paths.nodes.map((n: { label: string }) => n.label)).toEqual(['Agency', 'Person', 'Story']);
    expect(d.paths.edges.map((e: { type: string }) => e.type)).toEqual(['MENTIONS', 'MENTIONS']);
  },
  'co-mentions': (d) => expect(d.coMentions[0]).toEqual({ entity: { name: 'Mexico' }, claims: 7 }),
  search: (d) => expect(d.search[0]).toMatchObject({ type: 'ENTITY', title: 'Andrés Manuel López Obrador' }),
  dashboard: (d) => {
    expect(d.analytics.counts).toEqual({ stories: 3, claims: 14, sources: 13, countries: 6, agencies: 6 });
    expect(d.analytics.leaderboard).toEqual([
      { name: 'Russia', claims: 12 },
      { name: 'Mexico', claims: 7 },
      { name: 'Germany', claims: 4 },
    ]);
    expect(d.analytics.topSources).toEqual([{ source: { title: 'Mexico refused to expel CIA‑flagged Russian spies' }, citations: 3 }]);
  },
  timeline: (d) =>
    expect(d.analytics.timeline).toEqual([
      { month: '2025-08', stories: 1, claims: 2 },
      { month: '2025-09', stories: 0, claims: 0 },
      { month: '2025-10', stories: 1, claims: 3 },
      { month: '2025-11', stories: 0, claims: 0 },
      { month: '2025-12', stories: 1, claims: 7 },
    ]),
  'import-card': (d) => {
    expect(d.importStoryCard.story.id).toBe('story:2025-03-03-germany-expels-russian-diplomats-over-espionage');
    expect(d.importStoryCard.created.claims).toBe(2);
    expect(d.importStoryCard.reused.sources).toBe(1); // SpyTalk's article is already in the graph
  },
  ingest: (d) => expect(d.ingestStory.story.id).toBe('story:2025-11-02-example-mexico-and-russia-sign-a-trade-memorandum'),
};

/** Examples that add stories run last, so the figures of the others stay those of the fixture graph. */
const WRITES_STORIES = ['ingest', 'import-card'];

/**
 * The README's quick start on an empty graph, as a user follows it: the service started (it seeds
 * the sample story and prints the development admin key), then `npm run fixtures:load`, then
 * every example sent over HTTP with that key.
 */
describe('README examples, after the quick start and npm run fixtures:load', () => {
  const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
  const executor = new Executor(driver, database());
  let service: QuickStart;
  const examples = readmeExamples();
  const ordered = [...examples.filter((e) => !WRITES_STORIES.includes(e.name)), ...examples.filter((e) => WRITES_STORIES.includes(e.name))];

  beforeAll(async () => {
    await resetGraph(executor);
    service = await startQuickStart();
  }, 300000);
  afterAll(async () => {
    await service?.stop();
    await resetGraph(executor);
    await driver.close();
  });

  it('loads the fixture graph with the documented command, idempotently', async () => {
    const counts = async () => (await service.gql('{ stories(first: 0) { totalCount } claims(first: 0) { totalCount } }')).data;
    const before = await counts();
    expect(before).toEqual({ stories: { totalCount: 3 }, claims: { totalCount: 14 } });
    expect(service.loadFixtures().status).toBe(0);
    expect(await counts()).toEqual(before);
  }, 120000);

  it('marks every graphql block as an example, each with expectations', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(unmarkedGraphqlBlocks()).toBe(0);
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  it('ships every example as docs/operations/<name>.graphql, word for word (what codegen and the client tests read)', () => {
    const shipped = fs.readdirSync(fromRoot('docs', 'operations')).filter((f) => f.endsWith('.graphql'));
    expect(shipped.sort()).toEqual(examples.map((e) => `${e.name}.graphql`).sort());
    for (const { name, query } of examples) expect([name, fs.readFileSync(fromRoot('docs', 'operations', `${name}.graphql`), 'utf8')]).toEqual([name, query]);
  });

  it.each(ordered.map((e) => [e.name, e.query]))('runs the "%s" example', async (name, query) => {
    const body = await service.gql(query);
    expect(body.errors).toBeUndefined();
    EXPECTATIONS[name](body.data, body.extensions);
  });
});
