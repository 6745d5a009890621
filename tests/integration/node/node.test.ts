import { TestApp } from '../../support/app';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';

const NODE = `query Node($id: ID!) { node(id: $id) { __typename id } }`;

describe('Node: every identifiable object by id', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startFixtureApp();
  });
  afterAll(() => stopFixtureApp(app));

  /** Each id a query handed out comes back from node(id:) as the same object. */
  const roundTrip = async (id: string, typename: string) => {
    const { node } = await app.data(NODE, { id });
    expect(node).toEqual({ __typename: typename, id });
  };

  it('finds nodes of the graph by the ids their types hand out', async () => {
    const { claim } = await app.data(
      `query($id: ID!) { claim(id: $id) { id story { id topics { id } } citations { id quote source { id } } about { __typename id } } }`,
      { id: FIXTURE.gruLink },
    );
    await roundTrip(claim.id, 'Claim');
    await roundTrip(claim.story.id, 'Story');
    await roundTrip(claim.story.topics[0].id, 'Topic');
    await roundTrip(claim.citations[0].source.id, 'Source');
    for (const entity of claim.about) await roundTrip(entity.id, entity.__typename);
    const { node } = await app.data(`query($id: ID!) { node(id: $id) { id ... on Citation { quote source { id } claim { id } } } }`, {
      id: claim.citations[0].id,
    });
    expect(node).toEqual({ ...claim.citations[0], claim: { id: claim.id } });
    expect(claim.citations[0].id).toBe(`citation:${FIXTURE.gruLink}|${claim.citations[0].source.id}`);
  });

  it('finds relationships and views by their composite ids', async () => {
    const { linkClaims } = await app.data(
      `mutation { linkClaims(input: { fromClaimId: "${FIXTURE.gruLink}", toClaimId: "${FIXTURE.damageCost}", stance: SUPPORTS, reason: "same incident" }) { id } }`,
    );
    expect(linkClaims.id).toBe(`link:${FIXTURE.gruLink}|SUPPORTS|${FIXTURE.damageCost}`);
    const { claim } = await app.data(
      `query($id: ID!) { claim(id: $id) {
        assessment { id score } corroboration { id independentOrigins } relations { id stance direction claim { id } }
      } provenance(claimId: $id) { id maxDepth } }`,
      { id: FIXTURE.gruLink },
    );
    expect(claim.assessment.id).toBe(`assessment:${FIXTURE.gruLink}`);
    const { node: assessment } = await app.data(`query($id: ID!) { node(id: $id) { ... on Assessment { id score } } }`, { id: claim.assessment.id });
    expect(assessment).toEqual(claim.assessment);
    await roundTrip(claim.corroboration.id, 'Corroboration');
    await roundTrip(`provenance:${FIXTURE.gruLink}`, 'Provenance');
    expect(claim.relations.length).toBeGreaterThan(0);
    for (const relation of claim.relations) {
      const { node } = await app.data(`query($id: ID!) { node(id: $id) { ... on ClaimRelation { id stance direction claim { id } } } }`, { id: relation.id });
      expect(node).toEqual(relation);
    }
    const outgoing = claim.relations.find((r: { direction: string }) => r.direction === 'OUTGOING');
    const linkId = `link:${FIXTURE.gruLink}|${outgoing.stance}|${outgoing.claim.id}`;
    const { node: link } = await app.data(`query($id: ID!) { node(id: $id) { ... on ClaimLink { id stance from { id } to { id } } } }`, { id: linkId });
    expect(link).toEqual({ id: linkId, stance: outgoing.stance, from: { id: FIXTURE.gruLink }, to: { id: outgoing.claim.id } });
    await app.executor.write('MATCH (:Claim {id: $id})-[r:SUPPORTS]->() DELETE r', { id: FIXTURE.gruLink });
  });

  it('gives ties and roles ids that find them again', async () => {
    const { entity } = await app.data(`{ entity(id: "person:claudia-sheinbaum") { countries { id relation } ... on Person { roles { id title } } } }`);
    expect(entity.roles).toHaveLength(1);
    const { node: role } = await app.data(`query($id: ID!) { node(id: $id) { ... on Role { id title } } }`, { id: entity.roles[0].id });
    expect(role).toEqual(entity.roles[0]);
    for (const tie of entity.countries) await roundTrip(tie.id, 'CountryTie');
  });

  it('returns a gradeCitation result with the citation it updated, both findable by id', async () => {
    const { gradeCitation } = await app.data(
      `mutation { gradeCitation(input: { claimId: "${FIXTURE.gruLink}", sourceId: "source:fixture/courier-rail", credibility: 2 }) {
        id citation { id credibility { id grade } } } }`,
    );
    expect(gradeCitation.citation).toEqual({ id: `citation:${FIXTURE.gruLink}|source:fixture/courier-rail`, credibility: { id: gradeCitation.id, grade: 2 } });
    await roundTrip(gradeCitation.id, 'CitationGrade');
    const { gradeSource } = await app.data(`mutation { gradeSource(input: { sourceId: "source:fixture/courier-rail", reliability: B }) { id } }`);
    await roundTrip(gradeSource.id, 'SourceGrade');
    await app.executor.write('MATCH (g:Grade) DETACH DELETE g');
  });

  it('answers nodes(ids) in order, null plus NOT_FOUND in place of an unknown id, one read per kind', async () => {
    const ids = [FIXTURE.gruLink, 'claim:nope', FIXTURE.railStory, FIXTURE.damageCost, 'country:MX', 'agency:us-cia', 'nonsense', FIXTURE.polandStory];
    const body = await app.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(body.data.nodes.map((n: { id: string } | null) => n?.id ?? null)).toEqual(ids.map((id) => (id === 'claim:nope' || id === 'nonsense' ? null : id)));
    expect(body.errors!.map((e) => [e.path, e.extensions.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 6], 'NOT_FOUND'],
    ]);
    // claims, stories, entities (countries and agencies share one loader): three round trips, not one per id.
    expect(body.extensions?.queryStats?.cypherRoundTrips).toBe(3);
  });

  it('answers node(id) for an unknown id with null and NOT_FOUND, and refuses more than 100 ids', async () => {
    const body = await app.gql(`{ node(id: "story:nope") { id } topics { id } }`);
    expect(body.data.node).toBeNull();
    expect(body.data.topics.length).toBeGreaterThan(0);
    expect(body.errors![0]).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND' } });
    const tooMany = await app.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `claim:${i}`) });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ids', reason: expect.stringContaining('100') }] });
  });
});
