import { startTestApp, TestApp } from '../../support/app';

/**
 * POST /graphql with a JSON body skips Express (src/http/graphql-post.ts); `/graphql/` still takes
 * Express's route (body-parser, the middleware chain, Apollo's Express integration). Both must answer
 * every request the same way: status, body and the headers a client or a browser reads.
 */
const LEAN = '/graphql';
const EXPRESS = '/graphql/';
const HEADERS = ['content-type', 'content-security-policy', 'strict-transport-security', 'x-content-type-options', 'access-control-allow-origin', 'vary'];

describe('POST /graphql outside Express answers as the Express route does', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { corsOrigins: ['https://app.example.org'] } });
  });
  afterAll(() => app.stop());

  async function both(body: string, headers: Record<string, string> = {}) {
    const ask = async (path: string) => {
      const res = await fetch(`${app.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return { status: res.status, body: await res.text(), headers: Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)])) };
    };
    const [lean, viaExpress] = [await ask(LEAN), await ask(EXPRESS)];
    expect(lean).toEqual(viaExpress);
    return lean;
  }

  it('an answered query, with CORS for an allowed origin', async () => {
    const res = await both(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://app.example.org' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data).toEqual({ __typename: 'Query' });
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });

  it('no CORS for another origin', async () => {
    const res = await both(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://elsewhere.example' });
    expect(res.headers['access-control-allow-origin']).toBeNull();
  });

  it('a GraphQL error, variables and an operation name', async () => {
    const query = 'query One($id: ID!) { story(id: $id) { title } } query Two { __typename }';
    const res = await both(JSON.stringify({ query, variables: { id: 'story:2020-01-01-none' }, operationName: 'One' }));
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('malformed JSON, a JSON scalar and whitespace: 400 BAD_REQUEST', async () => {
    for (const body of ['{"query": ', '"{ __typename }"', '  ']) {
      const res = await both(body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).errors[0]).toEqual({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('an empty body and a body without a query: Apollo says what is missing', async () => {
    for (const body of ['', '{}', '[]']) {
      const res = await both(body);
      expect(res.status).toBe(400);
    }
  });

  it('a body over 2 MB: 413 LIMIT_EXCEEDED, and the connection keeps working', async () => {
    const res = await both(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(2.1 * 1024 * 1024)}` }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect((await app.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('documents over a limit are refused before validation', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stories(first: 1) { totalCount }`).join(' ')} }`;
    const tooMany = await both(JSON.stringify({ query: aliases(100) }));
    expect(JSON.parse(tooMany.body).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases' });
    const tooLong = await both(JSON.stringify({ query: aliases(1500) }));
    expect(tooLong.status).toBe(400);
    expect(JSON.parse(tooLong.body).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'tokens' });
  });

  it('a refused credential', async () => {
    const res = await both(JSON.stringify({ query: '{ __typename }' }), { authorization: 'Bearer sg_nonsense' });
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
