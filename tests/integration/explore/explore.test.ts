import { TestApp } from '../../support/app';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';

const CIA = 'agency:us-cia';
const AMLO = 'person:andres-manuel-lopez-obrador';
const MX = 'country:MX';
const STORY = FIXTURE.sampleStory;

const SUBGRAPH = 'nodes { id label name } edges { id type from to } truncated';
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} } }`;
const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int) { paths(fromId: $from, toId: $to, maxHops: $maxHops) { ${SUBGRAPH} } }`;

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('relationship exploration', () => {
  let app: TestApp;
  let ciaClaim: string;
  let sampleClaims: string[];
  beforeAll(async () => {
    app = await startFixtureApp();
    const data = await app.data(`{
      cia: claims(filter: {aboutEntities: ["${CIA}"]}) { edges { node { id } } }
      sample: claims(filter: {storyId: "${STORY}"}) { edges { node { id } } }
    }`);
    ciaClaim = data.cia.edges[0].node.id;
    sampleClaims = data.sample.edges.map((e: { node: { id: string } }) => e.node.id);
  });
  afterAll(() => stopFixtureApp(app));

  describe('paths', () => {
    it('finds CIA and López Obrador two hops apart, through the story that mentions both', async () => {
      const { paths } = await app.data(PATHS, { from: CIA, to: AMLO });
      expect(paths.nodes).toEqual([
        { id: CIA, label: 'Agency', name: 'Central Intelligence Agency' },
        { id: AMLO, label: 'Person', name: 'Andrés Manuel López Obrador' },
        { id: STORY, label: 'Story', name: 'Mexico refused to expel CIA‑flagged Russian spies' },
      ]);
      expect(paths.edges).toEqual([
        { id: `${STORY}-MENTIONS-${CIA}`, type: 'MENTIONS', from: STORY, to: CIA },
        { id: `${STORY}-MENTIONS-${AMLO}`, type: 'MENTIONS', from: STORY, to: AMLO },
      ]);
      expect(paths.truncated).toBe(false);
    });

    it('returns every shortest path: CIA claim -ABOUT- Mexico -HELD_ROLE/OF_COUNTRY- AMLO, and via the story', async () => {
      const { paths } = await app.data(PATHS, { from: ciaClaim, to: AMLO });
      expect(ids(paths.nodes)).toEqual([ciaClaim, MX, AMLO, STORY].sort());
      expect(ids(paths.edges)).toEqual(
        [
          `${ciaClaim}-ABOUT-${MX}`,
          `${AMLO}-HELD_ROLE-${MX}`,
          `${AMLO}-OF_COUNTRY-${MX}`,
          `${STORY}-HAS_CLAIM-${ciaClaim}`,
          `${STORY}-MENTIONS-${AMLO}`,
        ].sort(),
      );
    });

    it('is empty when no path fits in maxHops', async () => {
      const { paths } = await app.data(PATHS, { from: CIA, to: AMLO, maxHops: 1 });
      expect(paths).toEqual({ nodes: [], edges: [], truncated: false });
    });

    it('caps maxHops at 6 (BAD_USER_INPUT naming maxHops) and answers NOT_FOUND for unknown ends', async () => {
      const tooFar = await app.gql(PATHS, { from: CIA, to: AMLO, maxHops: 7 });
      expect(tooFar.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'maxHops' })] });
      const zero = await app.gql(PATHS, { from: CIA, to: AMLO, maxHops: 0 });
      expect(zero.errors?.[0].extensions.fields?.[0].field).toBe('maxHops');
      const same = await app.gql(PATHS, { from: CIA, to: CIA });
      expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'toId' })] });
      const unknownFrom = await app.gql(PATHS, { from: 'person:nobody', to: AMLO });
      expect(unknownFrom.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('person:nobody') });
      const unknownTo = await app.gql(PATHS, { from: CIA, to: 'person:nobody' });
      expect(unknownTo.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('person:nobody') });
    });
  });

  describe('neighborhood', () => {
    it('gives Mexico, everything one hop away and the relationships among them', async () => {
      const { neighborhood } = await app.data(NEIGHBORHOOD, { id: MX });
      expect(neighborhood.nodes[0]).toEqual({ id: MX, label: 'Country', name: 'Mexico' });
      expect(ids(neighborhood.nodes)).toEqual([MX, STORY, AMLO, 'person:claudia-sheinbaum', 'org:russian-embassy-in-mexico', ...sampleClaims].sort());
      const edgeIds: string[] = neighborhood.edges.map((e: { id: string }) => e.id);
      expect(edgeIds).toEqual(
        expect.arrayContaining([
          `${AMLO}-HELD_ROLE-${MX}`,
          `${AMLO}-OF_COUNTRY-${MX}`,
          `org:russian-embassy-in-mexico-LOCATED_IN-${MX}`,
          `${STORY}-MENTIONS-${MX}`,
          `${ciaClaim}-ABOUT-${MX}`,
          `${STORY}-HAS_CLAIM-${ciaClaim}`,
        ]),
      );
      // 4 mentions + 7 HAS_CLAIM + 7 ABOUT Mexico + 2 ABOUT embassy/Sheinbaum + LOCATED_IN + 2 x (OF_COUNTRY, HELD_ROLE)
      expect(neighborhood.edges).toHaveLength(25);
      expect(new Set(edgeIds).size).toBe(edgeIds.length);
      expect(
        neighborhood.edges.every((e: { from: string; to: string }) => ids(neighborhood.nodes).includes(e.from) && ids(neighborhood.nodes).includes(e.to)),
      ).toBe(true);
      expect(neighborhood.truncated).toBe(false);
    });

    it('grows with depth', async () => {
      const two = (await app.data(NEIGHBORHOOD, { id: MX, depth: 2, limit: 500 })).neighborhood;
      expect(ids(two.nodes)).toEqual(expect.arrayContaining(['country:RU', 'topic:intelligence-and-espionage', FIXTURE.nytSource]));
      expect(ids(two.nodes)).not.toContain(FIXTURE.gruLink);
      const three = (await app.data(NEIGHBORHOOD, { id: MX, depth: 3, limit: 500 })).neighborhood;
      expect(ids(three.nodes)).toContain(FIXTURE.gruLink);
    });

    it('keeps the nearest nodes within limit and says it truncated', async () => {
      const { neighborhood } = await app.data(NEIGHBORHOOD, { id: MX, limit: 3 });
      expect(neighborhood.nodes).toHaveLength(4);
      expect(neighborhood.nodes[0].id).toBe(MX);
      expect(neighborhood.truncated).toBe(true);
    });

    it('caps depth at 3 and limit at 500 (BAD_USER_INPUT naming the argument); unknown ids are NOT_FOUND', async () => {
      const deep = await app.gql(NEIGHBORHOOD, { id: MX, depth: 4 });
      expect(deep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'depth' })] });
      const wide = await app.gql(NEIGHBORHOOD, { id: MX, limit: 501 });
      expect(wide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'limit' })] });
      const unknown = await app.gql(NEIGHBORHOOD, { id: 'country:ZZ' });
      expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('country:ZZ') });
    });

    it('starts from any kind of node: a source reaches its publisher and citing claims', async () => {
      const { neighborhood } = await app.data(NEIGHBORHOOD, { id: 'source:fixture/courier-rail' });
      expect(ids(neighborhood.nodes)).toEqual(
        ['source:fixture/courier-rail', 'org:baltic-courier', 'source:fixture/telegram-post', FIXTURE.gruLink, FIXTURE.railStory].sort(),
      );
      expect(neighborhood.edges.map((e: { type: string }) => e.type).sort()).toEqual(['BASED_ON', 'CITES', 'DERIVED_FROM', 'HAS_CLAIM', 'PUBLISHED_BY']);
    });
  });

  describe('coMentions', () => {
    it('lists the entities claims are about together with Mexico, most shared first', async () => {
      const { coMentions } = await app.data(`{ coMentions(entityId: "${MX}") { entity { id name } claims } }`);
      expect(coMentions.map((c: { entity: { id: string }; claims: number }) => [c.entity.id, c.claims])).toEqual([
        ['country:RU', 7],
        ['country:US', 2],
        [CIA, 1],
        ['person:claudia-sheinbaum', 1],
        ['org:russian-embassy-in-mexico', 1],
        ['agency:ru-russian-intelligence-services', 1],
        ['country:UA', 1],
      ]);
    });

    it('caps limit at 100 and answers NOT_FOUND for an unknown entity', async () => {
      const first = await app.data(`{ coMentions(entityId: "${MX}", limit: 1) { entity { id } } }`);
      expect(first.coMentions).toEqual([{ entity: { id: 'country:RU' } }]);
      const wide = await app.gql(`{ coMentions(entityId: "${MX}", limit: 101) { claims } }`);
      expect(wide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'limit' })] });
      const unknown = await app.gql(`{ coMentions(entityId: "country:ZZ") { claims } }`);
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
