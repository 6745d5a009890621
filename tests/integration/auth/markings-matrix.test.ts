import { ROLES, Role } from '../../../src/modules/identity/identity.roles';
import { apiKeyService } from '../../../src/modules/identity/api-key.service';
import { Tlp, TLP_LEVELS, tlpRank } from '../../../src/modules/shared/tlp';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { effectiveRanks, loadMarkedGraph } from '../../fixtures/markings';
import { bearer } from './auth-support';

/**
 * Every query of the API, for every role at every clearance, over the fixture graph with data at
 * every marking (tests/fixtures/markings). Expectations come from the effective markings in the
 * graph and from the answers at RED (which sees everything) filtered by those markings: nothing is
 * hard-coded. A response fails if it names a node above the clearance, counts one, or draws an edge to one.
 */
const LISTS = {
  claims: '{ claims(first: 100) { totalCount edges { node { id marking story { id } sources { id } citations { source { id } } } } } }',
  stories: '{ stories(first: 100) { totalCount edges { node { id claims { id } sources { id } topics { id storyCount } } } } }',
  sources: '{ sources(first: 100) { totalCount edges { node { id derivedFrom { id } claims { id } } } } }',
  topics: '{ topics { id storyCount } }',
  entity:
    '{ entity(id: "country:DE") { id claims(first: 100) { totalCount edges { node { id } } } stories(first: 100) { totalCount edges { node { id } } } } }',
  country: '{ country(code: "PL") { id claims(first: 100) { totalCount edges { node { id } } } stories(first: 100) { totalCount edges { node { id } } } } }',
  search: '{ search(query: "rail OR Russia OR Poland OR Mexico", first: 100) { id type score } }',
  analytics: `{ analytics { counts { stories claims sources topics countries }
      leaderboard(dimension: COUNTRY, first: 50) { id claims stories }
      timeline(from: "2025-01", to: "2025-12") { month claims stories }
      topSources(first: 50) { source { id } citations } } }`,
  neighborhood: '{ neighborhood(id: "country:DE", depth: 3, limit: 500) { nodes { id } edges { from to } truncated } }',
  paths: '{ paths(fromId: "country:DE", toId: "country:PL", maxHops: 4) { nodes { id } edges { from to } } }',
  coMentions: '{ coMentions(entityId: "country:DE", limit: 100) { entity { id } claims } }',
};
type ListName = keyof typeof LISTS;

/** Every string in a response (ids, edge ends, ...). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id).sort();
const sorted = (list: string[]) => [...list].sort();

describe('role x marking matrix: no response reveals a node, a count or an edge above the clearance', () => {
  let app: TestApp;
  let rank: Map<string, number>;
  /** System-side facts to derive expected counts from. */
  let storyOfClaim: Map<string, string>;
  let citedBy: Map<string, string[]>;
  let taggedStories: Map<string, string[]>;
  let links: Map<string, string[]>;
  let coMentioned: Map<string, string[]>;
  let claimsOf2025: string[];
  const keys = new Map<string, Record<string, string>>();
  const red: Partial<Record<ListName, any>> = {};

  const ask = async (query: string, headers: Record<string, string>) => {
    const body = await app.gql(query, {}, headers);
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await loadMarkedGraph(app);
    rank = await effectiveRanks(app);
    const pairs = async (cypher: string) => {
      const rows = await app.executor.read<{ k: string; v: string[] }>(cypher);
      return new Map(rows.map((r) => [r.k, r.v]));
    };
    storyOfClaim = new Map([...(await pairs('MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim) RETURN c.id AS k, [s.id] AS v'))].map(([k, v]) => [k, v[0]]));
    citedBy = await pairs('MATCH (c:Claim)-[:CITES]->(s:Source) RETURN c.id AS k, collect(s.id) AS v');
    taggedStories = await pairs('MATCH (t:Topic)<-[:TAGGED]-(s:Story) RETURN t.id AS k, collect(s.id) AS v');
    links = await pairs('MATCH (c:Claim)-[:SUPPORTS|CONTRADICTS|REPEATS]-(o:Claim) RETURN c.id AS k, collect(o.id) AS v');
    coMentioned = await pairs(
      "MATCH (:Entity {id: 'country:DE'})<-[:ABOUT]-(c:Claim)-[:ABOUT]->(o:Entity) WHERE o.id <> 'country:DE' RETURN o.id AS k, collect(c.id) AS v",
    );
    claimsOf2025 = (
      await app.executor.read<{ id: string }>(
        "MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim) WHERE date('2025-01-01') <= s.publishedAt <= date('2025-12-31') RETURN c.id AS id",
      )
    ).map((row) => row.id);
    for (const role of ROLES) {
      for (const clearance of TLP_LEVELS) {
        const { key } = await apiKeyService.create(app.executor, { name: `${role} at ${clearance}`, role, clearance }, 'test');
        keys.set(`${role}/${clearance}`, bearer(key));
      }
    }
    for (const name of Object.keys(LISTS) as ListName[]) red[name] = await ask(LISTS[name], keys.get(`${Role.reader}/${Tlp.RED}`)!);
  }, 120000);

  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('the fixture has data at every marking', () => {
    expect(new Set(rank.values())).toEqual(new Set(TLP_LEVELS.map(tlpRank)));
  });

  for (const clearance of TLP_LEVELS) {
    for (const role of ROLES) {
      it(`${role} at ${clearance}: lists, counts, search, analytics, graph walks`, async () => {
        const r = tlpRank(clearance);
        const seen = (id: string) => (rank.get(id) ?? 0) <= r;
        const hidden = [...rank].filter(([, k]) => k > r).map(([id]) => id);
        const of = (kind: string) => [...rank.keys()].filter((id) => id.startsWith(`${kind}:`) && seen(id)).sort();
        const headers = keys.get(`${role}/${clearance}`)!;
        const got = {} as Record<ListName, any>;
        for (const name of Object.keys(LISTS) as ListName[]) {
          got[name] = await ask(LISTS[name], headers);
          const leaked = strings(got[name]).filter((s) => hidden.includes(s));
          expect({ name, leaked }).toEqual({ name, leaked: [] });
        }

        const visibleClaims = of('claim');
        expect(got.claims.claims.totalCount).toBe(visibleClaims.length);
        expect(ids(got.claims.claims.edges)).toEqual(visibleClaims);
        expect(got.claims.claims.edges.every((e: { node: { marking: Tlp } }) => tlpRank(e.node.marking) <= r)).toBe(true);
        expect(got.stories.stories.totalCount).toBe(of('story').length);
        expect(ids(got.stories.stories.edges)).toEqual(of('story'));
        expect(got.sources.sources.totalCount).toBe(of('source').length);
        expect(ids(got.sources.sources.edges)).toEqual(of('source'));

        for (const topic of got.topics.topics)
          expect({ topic: topic.id, n: topic.storyCount }).toEqual({ topic: topic.id, n: (taggedStories.get(topic.id) ?? []).filter(seen).length });

        for (const name of ['entity', 'country'] as const) {
          for (const field of ['claims', 'stories'] as const) {
            const all = ids(red[name][name][field].edges);
            expect(ids(got[name][name][field].edges)).toEqual(all.filter(seen));
            expect(got[name][name][field].totalCount).toBe(all.filter(seen).length);
          }
        }
        expect(sorted(got.search.search.map((h: { id: string }) => h.id))).toEqual(sorted(red.search.search.map((h: { id: string }) => h.id).filter(seen)));

        const counts = got.analytics.analytics.counts;
        expect(counts.claims).toBe(visibleClaims.length);
        expect(counts.stories).toBe(new Set(visibleClaims.map((c) => storyOfClaim.get(c))).size);
        expect(counts.sources).toBe(new Set(visibleClaims.flatMap((c) => citedBy.get(c) ?? [])).size);
        const monthlyClaims = got.analytics.analytics.timeline.reduce((n: number, p: { claims: number }) => n + p.claims, 0);
        expect(monthlyClaims).toBe(claimsOf2025.filter(seen).length);
        const citations = new Map<string, number>();
        for (const c of visibleClaims) for (const s of citedBy.get(c) ?? []) citations.set(s, (citations.get(s) ?? 0) + 1);
        for (const row of got.analytics.analytics.topSources) expect([row.source.id, row.citations]).toEqual([row.source.id, citations.get(row.source.id)]);

        for (const edge of [...got.neighborhood.neighborhood.edges, ...got.paths.paths.edges])
          expect([edge.from, edge.to].filter((id) => !seen(id))).toEqual([]);
        for (const row of got.coMentions.coMentions)
          expect([row.entity.id, row.claims]).toEqual([row.entity.id, (coMentioned.get(row.entity.id) ?? []).filter(seen).length]);
      });
    }

    it(`single lookups, provenance and corroboration at ${clearance}: hidden reads exactly like missing`, async () => {
      const r = tlpRank(clearance);
      const headers = keys.get(`${Role.reader}/${clearance}`)!;
      const hidden = [...rank].filter(([, k]) => k > r).map(([id]) => id);
      const lookup = (id: string) => {
        const kind = id.split(':')[0];
        return app.gql(`query($id: ID!) { ${kind}(id: $id) { id } }`, { id }, headers);
      };
      for (const [id, k] of rank) {
        const body = await lookup(id);
        if (k <= r) expect(body.data?.[id.split(':')[0]].id).toBe(id);
        else {
          const missing = await lookup(`${id}-missing`);
          expect({ id, errors: body.errors?.map((e) => ({ ...e, message: e.message.replace(id, '<id>') })) }).toEqual({
            id,
            errors: missing.errors?.map((e) => ({ ...e, message: e.message.replace(`${id}-missing`, '<id>') })),
          });
        }
      }
      for (const claimId of [...rank.keys()].filter((id) => id.startsWith('claim:'))) {
        const provenance = await app.gql(
          'query($id: ID!) { provenance(claimId: $id) { claim { id } story { id } citations { source { id } } sources { source { id } } derivations { from to } origins { source { id } via } withheld } }',
          { id: claimId },
          headers,
        );
        const corroboration = await app.gql(
          'query($id: ID!) { corroboration(claimId: $id) { citedSources independentOrigins origins { source { id } } supporting { id } contradicting { id } repeating { id } withheld } }',
          { id: claimId },
          headers,
        );
        if (rank.get(claimId)! > r) {
          expect([provenance.errors?.[0].extensions.code, corroboration.errors?.[0].extensions.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
          continue;
        }
        expect(strings([provenance.data, corroboration.data]).filter((s) => hidden.includes(s))).toEqual([]);
        const hiddenLinks = new Set((links.get(claimId) ?? []).filter((o) => rank.get(o)! > r)).size;
        expect([claimId, provenance.data.provenance.withheld, corroboration.data.corroboration.withheld]).toEqual([claimId, 0, hiddenLinks]);
      }
    });
  }

  it('a role allowed to write cannot reach a node above its clearance: NOT_FOUND, nothing written', async () => {
    const red = [...rank].find(([id, k]) => id.startsWith('source:') && k === tlpRank(Tlp.RED))![0];
    const before = await app.executor.read('MATCH (g:Grade) RETURN count(g) AS n');
    const analyst = keys.get(`${Role.analyst}/${Tlp.CLEAR}`)!;
    const body = await app.gql('mutation($id: ID!) { gradeSource(input: { sourceId: $id, reliability: A }) { id } }', { id: red }, analyst);
    expect(body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await app.executor.read('MATCH (g:Grade) RETURN count(g) AS n')).toEqual(before);
  });
});
