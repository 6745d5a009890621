import { FeedPayloads } from '../../../src/modules/feed/feed.events';
import { SYSTEM } from '../../../src/modules/identity/identity.type';
import { interchangeService } from '../../../src/modules/interchange/interchange.service';
import { Role } from '../../../src/modules/identity/identity.roles';
import { Tlp } from '../../../src/modules/shared/tlp';
import { FIXTURE, loadFixtureGraph, stopFixtureApp } from '../../fixtures/graph';
import { startTestApp, TestApp } from '../../support/app';
import { dumpGraph, graphCounts, resetGraph } from '../../support/graph';
import { bundleProblems, stixProblems } from '../../unit/interchange/stix-validator';

const EXPORT = `query Export($scope: ExportScopeInput) { exportStix(scope: $scope) }`;
const IMPORT = `mutation Import($bundle: JSONObject!) {
  importStix(bundle: $bundle) { bundleId storyIds created { stories claims sources entities } reused { stories claims sources entities } grades links skipped { type count } }
}`;

let app: TestApp;

/** Grades, a claim link and TLP markings on top of the fixture graph, so the round trip covers every kind of node and edge. */
async function provenanceExtras(): Promise<void> {
  const [{ sourceId }] = await app.executor.read<{ sourceId: string }>(
    'MATCH (:Claim {id: $id})-[:CITES]->(s:Source) RETURN s.id AS sourceId ORDER BY sourceId LIMIT 1',
    {
      id: FIXTURE.gruLink,
    },
  );
  await app.data(`mutation { gradeSource(input: { sourceId: "${FIXTURE.nytSource}", reliability: B, note: "Named officials" }) { id } }`);
  await app.data(`mutation { gradeCitation(input: { claimId: "${FIXTURE.gruLink}", sourceId: "${sourceId}", credibility: 2 }) { id } }`);
  await app.data(
    `mutation { linkClaims(input: { fromClaimId: "${FIXTURE.polandExpulsion}", toClaimId: "${FIXTURE.gruLink}", stance: SUPPORTS, reason: "Same pattern" }) { from { id } } }`,
  );
  await app.data(
    `mutation { linkClaims(input: { fromClaimId: "${FIXTURE.policeDamage}", toClaimId: "${FIXTURE.damageCost}", stance: REPEATS, reason: "Same figure" }) { from { id } } }`,
  );
  await app.executor.write(
    `MATCH (s:Story {id: $id})-[:HAS_CLAIM]->(c:Claim) SET s.marking = 'AMBER', s.markingRank = 2, c.markingRank = 2
     WITH s MATCH (s)-[:BASED_ON]->(src:Source) SET src.marking = 'GREEN', src.markingRank = 1`,
    { id: FIXTURE.polandStory },
  );
}

beforeAll(async () => {
  // Anonymous requests read up to RED here, so the GraphQL export holds the AMBER story too.
  app = await startTestApp({ config: { auth: { anonymousRole: Role.admin, anonymousClearance: Tlp.RED } } });
  await resetGraph(app.executor);
  await loadFixtureGraph(app);
  await provenanceExtras();
});

afterAll(() => stopFixtureApp(app));

describe('STIX export -> wipe -> import', () => {
  it('gives back the same graph (every node, property and relationship), and the same bundle again', async () => {
    const before = await dumpGraph(app.executor);
    const { exportStix: bundle } = await app.data(EXPORT);
    expect(bundle.objects.filter((o: any) => o.type === 'report' && o.report_types[0] === 'threat-report')).toHaveLength(3);
    expect(bundleProblems(bundle)).toEqual([]);
    expect(stixProblems(bundle.objects)).toEqual([]);

    await resetGraph(app.executor);
    const { importStix } = await app.data(IMPORT, { bundle });
    expect(importStix.created).toEqual({ stories: 3, claims: 14, sources: expect.any(Number), entities: expect.any(Number) });
    expect(importStix).toMatchObject({ grades: 2, links: 2, skipped: [] });

    expect(await dumpGraph(app.executor)).toEqual(before);
    expect((await app.data(EXPORT)).exportStix).toEqual(bundle);
  });

  it('announces each imported story that created something on the live feed, once', async () => {
    const whole = (await app.data(EXPORT)).exportStix;
    const bundle = await interchangeService.exportStix(app.executor, SYSTEM, { storyIds: [FIXTURE.railStory] });
    await resetGraph(app.executor);
    const heard: FeedPayloads['storyIngested'][] = [];
    const feed = { publish: (topic: string, payload: unknown) => topic === 'storyIngested' && heard.push(payload as FeedPayloads['storyIngested']) };
    await interchangeService.importStix(app.executor, bundle, feed);
    await interchangeService.importStix(app.executor, bundle, feed);
    expect(heard.map((e) => [e.storyId, e.created.stories])).toEqual([[FIXTURE.railStory, 1]]);
    await resetGraph(app.executor);
    await app.data(IMPORT, { bundle: whole });
  });

  it('changes nothing when the same bundle is imported twice', async () => {
    const { exportStix: bundle } = await app.data(EXPORT);
    const before = await dumpGraph(app.executor);
    const { importStix } = await app.data(IMPORT, { bundle });
    expect(importStix.created).toEqual({ stories: 0, claims: 0, sources: 0, entities: 0 });
    expect(await dumpGraph(app.executor)).toEqual(before);
  });

  it('exports one story by id, or the stories a claim filter matches', async () => {
    const reports = (bundle: any) =>
      bundle.objects.filter((o: any) => o.type === 'report' && o.report_types[0] === 'threat-report').map((o: any) => o.x_storygraph_id);
    expect(reports((await app.data(EXPORT, { scope: { storyIds: [FIXTURE.railStory] } })).exportStix)).toEqual([FIXTURE.railStory]);
    expect(reports((await app.data(EXPORT, { scope: { filter: { aboutCountries: ['RU', 'MX'] } } })).exportStix)).toEqual([FIXTURE.sampleStory]);
  });
});

describe('GraphML and bulk over GraphQL', () => {
  it('answers the same subgraph as GraphML text and as one file per label and type', async () => {
    const scope = { storyIds: [FIXTURE.railStory] };
    const { exportGraphML } = await app.data('query($scope: ExportScopeInput) { exportGraphML(scope: $scope) }', { scope });
    const { exportBulk } = await app.data('query($scope: ExportScopeInput) { exportBulk(format: JSONL, scope: $scope) { path content } }', { scope });
    const nodes = exportBulk.filter((f: any) => f.path.startsWith('nodes/')).flatMap((f: any) => f.content.trimEnd().split('\n'));
    const edges = exportBulk.filter((f: any) => f.path.startsWith('relationships/')).flatMap((f: any) => f.content.trimEnd().split('\n'));
    expect(exportGraphML.match(/<node /g)).toHaveLength(nodes.length);
    expect(exportGraphML.match(/<edge /g)).toHaveLength(edges.length);
    expect(nodes.map((l: string) => JSON.parse(l).id)).toContain(FIXTURE.gruLink);
    expect(nodes.map((l: string) => JSON.parse(l).id)).not.toContain(FIXTURE.polandExpulsion);
  });
});

describe('TLP markings', () => {
  const reader = (clearance: Tlp) => ({ id: 'key:test', kind: 'apiKey' as const, name: 'test', role: Role.reader, clearance });

  it('marks objects with the official TLP 2.0 definitions and leaves out what is above the clearance', async () => {
    const full = await interchangeService.exportStix(app.executor, reader(Tlp.RED), {});
    const amber = full.objects.find((o) => o.x_storygraph_id === FIXTURE.polandStory)!;
    expect(amber.object_marking_refs).toEqual(['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421']);
    expect(full.objects.find((o) => o.id === 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421')).toMatchObject({ name: 'TLP:AMBER' });

    const green = await interchangeService.exportStix(app.executor, reader(Tlp.GREEN), {});
    const ids = green.objects.map((o) => o.x_storygraph_id);
    expect(ids).not.toContain(FIXTURE.polandStory);
    expect(ids).not.toContain(FIXTURE.polandExpulsion);
    expect(ids).toContain(FIXTURE.railStory);
    expect(
      green.objects.some((o) => (o.object_marking_refs as string[] | undefined)?.includes('marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421')),
    ).toBe(false);
  });
});

describe('exports filtered by clearance', () => {
  const amberReader = { id: 'key:test', kind: 'apiKey' as const, name: 'test', role: Role.reader, clearance: Tlp.AMBER };

  it('flag stories that lost a claim, and never prune that claim where the graph still has it', async () => {
    await app.executor.write('MATCH (c:Claim {id: $id}) SET c.markingRank = 4, c.marking = $red', { id: FIXTURE.bfvDenial, red: 'RED' });
    const bundle = await interchangeService.exportStix(app.executor, amberReader, { storyIds: [FIXTURE.railStory] });
    const report = bundle.objects.find((o) => o.x_storygraph_id === FIXTURE.railStory)!;
    expect(report.x_storygraph_partial).toBe(true);
    expect(bundle.objects.map((o) => o.x_storygraph_id)).not.toContain(FIXTURE.bfvDenial);

    const before = await dumpGraph(app.executor);
    const res = await app.gql(IMPORT, { bundle });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: `objects[${bundle.objects.indexOf(report)}]`, reason: expect.stringContaining(`would remove ${FIXTURE.bfvDenial}`) }],
    });
    expect(await dumpGraph(app.executor)).toEqual(before);

    await resetGraph(app.executor);
    expect((await app.data(IMPORT, { bundle })).importStix.created.stories).toBe(1);
  });
});

describe('bad bundles', () => {
  it('names the bad object and writes nothing', async () => {
    const { exportStix: bundle } = await app.data(EXPORT, { scope: { storyIds: [FIXTURE.railStory] } });
    await resetGraph(app.executor);
    const at = bundle.objects.findIndex((o: any) => o.type === 'note');
    bundle.objects[at].content = '';
    const res = await app.gql(IMPORT, { bundle });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields).toEqual([{ field: `objects[${at}]`, reason: expect.stringContaining(bundle.objects[at].id) }]);
    expect(await graphCounts(app.executor)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('refuses what is not a bundle', async () => {
    const res = await app.gql(IMPORT, { bundle: { type: 'report' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'bundle', reason: expect.stringContaining('bundle') }] });
  });
});
