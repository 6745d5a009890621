import './apollo-dev';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { DocumentNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { shippedOperations } from '../../../scripts/codegen/operations';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';
import { TestApp } from '../../support/app';
import possibleTypes from '../../../docs/operations/generated/possible-types.json';
import type { GradeCitationMutation } from '../../../docs/operations/generated/operations';

loadDevMessages();
loadErrorMessages();

const operationOf = (document: DocumentNode) => document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

/** Operations that add stories run last, as in the README test. */
const WRITES_STORIES = new Set(['Ingest', 'ImportCard']);

/**
 * Rows that rank or match nodes carry the node's id, but their numbers belong to one query (one
 * filter, one search): stored under their parent, never merged across queries (README "Clients").
 */
const TYPE_POLICIES = { SearchHit: { keyFields: false as const }, LeaderboardRow: { keyFields: false as const } };

const LEADERBOARD = parse(`query CountryLeaderboard($countries: [String!]) {
  analytics(filter: { countries: $countries }) { leaderboard(dimension: COUNTRY, first: 10) { id name claims } }
}`);

const CITATIONS = parse(`query CitationsOfClaim($id: ID!) { claim(id: $id) { id citations { id quote credibility { id grade meaning } } } }`);
const REGRADE = parse(`mutation Regrade($input: GradeCitationInput!) {
  gradeCitation(input: $input) { id grade meaning citation { id credibility { id grade meaning } } }
}`);

/**
 * Apollo Client as an application would configure it (InMemoryCache with the generated possibleTypes
 * and the two type policies the README gives), running every shipped README operation against the real server in one cache: any
 * warning or error it prints (lost cache data, missing fields, fragment matching) fails the test.
 */
describe('Apollo Client normalises every shipped operation without cache warnings', () => {
  let app: TestApp;
  let client: ApolloClient;
  const printed: string[] = [];
  const spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    app = await startFixtureApp();
    client = new ApolloClient({
      link: new HttpLink({ uri: `${app.baseUrl}/graphql` }),
      cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes, typePolicies: TYPE_POLICIES }),
    });
    for (const method of ['warn', 'error'] as const) {
      spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(`${method}: ${args.map(String).join(' ')}`)));
    }
  });
  afterAll(async () => {
    spies.forEach((spy) => spy.mockRestore());
    client?.stop();
    await stopFixtureApp(app);
  });

  it('runs each operation through the cache, then reads every query back from the cache alone', async () => {
    const operations = shippedOperations().map(({ document }) => ({ document, operation: operationOf(document) }));
    expect(operations.length).toBeGreaterThanOrEqual(20);
    const ordered = [
      ...operations.filter((o) => !WRITES_STORIES.has(o.operation.name!.value)),
      ...operations.filter((o) => WRITES_STORIES.has(o.operation.name!.value)),
    ];
    for (const { document, operation } of ordered) {
      const result =
        operation.operation === 'mutation' ? await client.mutate({ mutation: document }) : await client.query({ query: document, fetchPolicy: 'network-only' });
      expect([operation.name!.value, result.error]).toEqual([operation.name!.value, undefined]);
      expect(result.data).toBeTruthy();
    }
    // Everything a query fetched is still complete in the normalised cache (nothing overwritten or dropped).
    for (const { document, operation } of ordered.filter((o) => o.operation.operation === 'query' && !WRITES_STORIES.has(o.operation.name!.value))) {
      expect([operation.name!.value, client.readQuery({ query: document }) !== null]).toEqual([operation.name!.value, true]);
    }
    expect(printed).toEqual([]);
  });

  it('updates the cached citation from a gradeCitation result', async () => {
    const variables = { id: FIXTURE.gruLink };
    const before = await client.query({ query: CITATIONS, variables, fetchPolicy: 'network-only' });
    const citation = (before.data as any).claim.citations.find((c: { id: string }) => c.id.endsWith('|source:fixture/courier-rail'));
    const { data } = await client.mutate<GradeCitationMutation>({
      mutation: REGRADE,
      variables: { input: { claimId: FIXTURE.gruLink, sourceId: 'source:fixture/courier-rail', credibility: citation.credibility?.grade === 5 ? 4 : 5 } },
    });
    const regraded = data!.gradeCitation;
    expect(regraded.citation.id).toBe(citation.id);
    // No refetch: the cache alone now holds the new grade on the citation the first query read.
    const cached = client.readQuery<any>({ query: CITATIONS, variables })!.claim.citations.find((c: { id: string }) => c.id === citation.id);
    expect(cached.credibility).toEqual({ __typename: 'CitationGrade', id: regraded.id, grade: regraded.grade, meaning: regraded.meaning });
    expect(cached.credibility.grade).not.toBe(citation.credibility?.grade);
    expect(printed).toEqual([]);
  });

  it('keeps two leaderboards of different scopes apart although their rows share node ids', async () => {
    const all = await client.query<any>({ query: LEADERBOARD, variables: {}, fetchPolicy: 'network-only' });
    const withMx = await client.query<any>({ query: LEADERBOARD, variables: { countries: ['MX'] }, fetchPolicy: 'network-only' });
    const rows = (r: any): Array<{ id: string; claims: number }> => r.data.analytics.leaderboard;
    // Same country, other number: what a merge by id would overwrite.
    const differs = rows(all).some((a) => rows(withMx).some((b) => b.id === a.id && b.claims !== a.claims));
    expect(differs).toBe(true);
    expect(client.readQuery<any>({ query: LEADERBOARD, variables: {} })).toEqual(all.data);
    expect(client.readQuery<any>({ query: LEADERBOARD, variables: { countries: ['MX'] } })).toEqual(withMx.data);
    expect(printed).toEqual([]);
  });
});
