import { TestApp } from '../../support/app';
import { startSampleApp, stopSampleApp } from '../../support/sample';

describe('entities', () => {
  let app: TestApp;
  const ids = async (filter: string) =>
    (await app.data(`{ entities(filter: ${filter}, first: 100) { edges { node { id } } } }`)).entities.edges.map((e: any) => e.node.id);

  beforeAll(async () => {
    app = await startSampleApp();
  });
  afterAll(() => stopSampleApp(app));

  it('answers "what do we know about this agency"', async () => {
    const { entity } = await app.data(`{ entity(id: "agency:us-cia") {
      __typename name aliases countries { relation country { code name } }
      ... on Agency { acronym }
      claims { totalCount edges { node { text sources { publisher { name } } } } }
      stories { totalCount }
    } }`);
    expect(entity).toMatchObject({ __typename: 'Agency', name: 'Central Intelligence Agency', acronym: 'CIA' });
    expect(entity.countries).toEqual([{ relation: 'OF_COUNTRY', country: { code: 'US', name: 'United States' } }]);
    expect(entity.claims.totalCount).toBe(1);
    expect(entity.claims.edges[0].node.sources[0].publisher.name).toBe('The New York Times');
    expect(entity.stories.totalCount).toBe(1);
  });

  it('gives a country its claims, including those about what is tied to it', async () => {
    const { country } = await app.data(
      '{ country(code: "mx") { id name code aliases claims(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } } stories { totalCount } } }',
    );
    expect(country).toMatchObject({ id: 'country:MX', name: 'Mexico', code: 'MX' });
    expect(country.aliases).toContain('United Mexican States');
    expect(country.claims.totalCount).toBe(7);
    expect(country.claims.edges).toHaveLength(2);
    expect(country.claims.pageInfo.hasNextPage).toBe(true);
    const { country: us } = await app.data('{ country(code: "US") { claims { totalCount } } }');
    expect(us.claims.totalCount).toBe(3); // two direct + the CIA claim
  });

  it('knows dated roles and organisation ties', async () => {
    const { entity } = await app.data('{ entity(id: "person:claudia-sheinbaum") { ... on Person { roles { title from to country { code } } } } }');
    expect(entity.roles).toEqual([{ title: 'President of Mexico', from: '2024-10-01', to: null, country: { code: 'MX' } }]);
    const { entity: embassy } = await app.data('{ entity(id: "org:russian-embassy-in-mexico") { countries { relation country { code } } } }');
    expect(embassy.countries).toEqual([
      { relation: 'LOCATED_IN', country: { code: 'MX' } },
      { relation: 'REPRESENTS', country: { code: 'RU' } },
    ]);
  });

  it('filters entities by type, name or alias (accent-insensitive) and country', async () => {
    expect(await ids('{ types: [AGENCY] }')).toEqual(['agency:us-cia', 'agency:de-bnd', 'agency:ru-russian-intelligence-services']);
    expect(await ids('{ nameContains: "Lopez Obrador" }')).toEqual(['person:andres-manuel-lopez-obrador']);
    expect(await ids('{ nameContains: "amlo" }')).toEqual(['person:andres-manuel-lopez-obrador']);
    expect(await ids('{ countryCode: "RU", types: [AGENCY, ORGANIZATION] }')).toEqual([
      'agency:ru-russian-intelligence-services',
      'org:russian-embassy-in-mexico',
    ]);
  });

  it('orders entities by name and sources by title, either way', async () => {
    const names = async (orderBy: string) =>
      (await app.data(`{ entities(first: 100, orderBy: ${orderBy}) { edges { node { name } } } }`)).entities.edges.map((e: any) => e.node.name);
    const byName = await names('{ field: NAME }');
    expect(byName).toEqual([...byName].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await names('{ field: NAME, direction: DESC }')).toEqual([...byName].reverse());
    const { sources } = await app.data('{ sources(orderBy: { field: TITLE, direction: DESC }) { edges { node { title } } } }');
    const titles = sources.edges.map((e: any) => e.node.title);
    expect(titles).toEqual([...titles].sort((a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('refuses a malformed country code and reports unknown ids', async () => {
    expect((await app.gql('{ country(code: "Mexico") { id } }')).errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'code', reason: expect.stringContaining('ISO 3166-1') }] },
    });
    expect((await app.gql('{ country(code: "XX") { id } }')).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await app.gql('{ country(code: "FR") { id } }')).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await app.gql('{ entity(id: "agency:nope") { id } }')).errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers an unknown lookup with null and NOT_FOUND while sibling fields survive', async () => {
    const body = await app.gql('{ country(code: "XX") { id name } topics { id } mx: country(code: "MX") { id } entity(id: "agency:nope") { id } }');
    expect(body.data).toMatchObject({ country: null, entity: null, mx: { id: 'country:MX' } });
    expect(body.data.topics.length).toBeGreaterThan(0);
    expect(body.errors!.map((e) => [e.path, e.extensions.code])).toEqual([
      [['country'], 'NOT_FOUND'],
      [['entity'], 'NOT_FOUND'],
    ]);
  });
});
