import { startTestApp, TestApp } from '../../support/app';

const post = (app: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const MISSING = '{ story(id: "story:2020-01-01-no-such-story") { title } }';

describe('secure defaults', () => {
  let app: TestApp;
  beforeAll(async () => {
    // NODE_ENV unset, as in the issue: Apollo's own default would then add stack traces.
    const saved = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      app = await startTestApp({ config: { nodeEnv: 'development' } });
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
  afterAll(() => app.stop());

  it('shows no stack traces unless asked for', async () => {
    const body = (await (await post(app, JSON.stringify({ query: MISSING }))).json()) as any;
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/\/src\/|node_modules/);
  });

  it('answers a malformed JSON body with a JSON BAD_REQUEST, not an HTML page', async () => {
    const res = await post(app, '{"query": "{ stories { totalCount } }",');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as any;
    expect(body.errors[0]).toEqual({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
  });

  it('answers unknown routes in JSON', async () => {
    const res = await fetch(`${app.baseUrl}/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('sends security headers and no X-Powered-By', async () => {
    const res = await post(app, JSON.stringify({ query: '{ __typename }' }));
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('keeps the development landing page working: HTML, no CSP on that page only', async () => {
    const res = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<html/i);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives no CORS headers to any origin by default', async () => {
    const preflight = await fetch(`${app.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('configured behaviour', () => {
  let prod: TestApp;
  let verbose: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ config: { nodeEnv: 'production', corsOrigins: ['https://app.example.org'] } });
    verbose = await startTestApp({ config: { stackTraces: true } });
  });
  afterAll(async () => {
    await prod.stop();
    await verbose.stop();
  });

  it('allows exactly the CORS_ORIGINS', async () => {
    const ask = (origin: string) => post(prod, JSON.stringify({ query: '{ __typename }' }), { origin });
    expect((await ask('https://app.example.org')).headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect((await ask('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('in production: no landing page, no introspection, no field suggestions', async () => {
    const page = await fetch(`${prod.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const introspection = (await (await post(prod, JSON.stringify({ query: '{ __schema { types { name } } }' }))).json()) as any;
    expect(introspection.errors[0].message).toMatch(/introspection/i);
    const typo = (await (await post(prod, JSON.stringify({ query: '{ storys { totalCount } }' }))).json()) as any;
    expect(typo.errors[0].message).toMatch(/Cannot query field "storys"/);
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('shows stack traces when ERROR_STACK_TRACES asks for them', async () => {
    const body = (await (await post(verbose, JSON.stringify({ query: MISSING }))).json()) as any;
    expect(body.errors[0].extensions.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/NOT_FOUND|not found/i)]));
  });
});
