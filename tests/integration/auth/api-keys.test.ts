import { Role } from '../../../src/modules/identity/identity.roles';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { bearer, createKey } from './auth-support';
import { keySecret } from '../../support/api-keys';

const VIEWER = '{ viewer { id kind name role clearance } }';
const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name role clearance createdBy revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;

describe('API keys: created, used, revoked', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let adminId: string;
  beforeAll(async () => {
    // Anonymous access off, as in production by default.
    app = await startTestApp({ config: { auth: {} } });
    await resetGraph(app.executor);
    const created = await createKey(app, Role.admin, 'test admin');
    admin = bearer(created.key);
    adminId = created.apiKey.id;
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('refuses requests without credentials, with a malformed header or an unknown key: UNAUTHENTICATED', async () => {
    const unknownKey = `sg_${'0'.repeat(12)}_${'A'.repeat(43)}`;
    for (const headers of [{}, { authorization: 'Basic dXNlcjpwdw==' }, bearer(unknownKey), bearer('not-a-key')]) {
      const body = await app.gql('{ stories { totalCount } }', {}, headers);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a key whose secret part is wrong is refused, even with the right id', async () => {
    const { key } = await createKey(app, Role.reader);
    const forged = key.slice(0, -4) + (key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await app.gql(VIEWER, {}, bearer(forged))).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(VIEWER, {}, bearer(key))).errors).toBeUndefined();
  });

  it('an admin creates a key through the API; it is shown once, stored only as a hash, and works at once', async () => {
    const body = await app.gql(CREATE, { input: { name: 'jane (analyst desk)', role: 'analyst', clearance: 'AMBER' } }, admin);
    expect(body.errors).toBeUndefined();
    const { key, apiKey } = body.data.createApiKey;
    expect(key).toMatch(new RegExp(`^sg_${apiKey.id}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey).toEqual({ id: apiKey.id, name: 'jane (analyst desk)', role: 'analyst', clearance: 'AMBER', createdBy: `key:${adminId}`, revokedAt: null });
    const [stored] = await app.executor.read<{ props: Record<string, unknown> }>('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS props', { id: apiKey.id });
    expect(JSON.stringify(stored.props)).not.toContain(keySecret(key));
    expect(stored.props.hash).toMatch(/^[0-9a-f]{64}$/);

    const viewer = await app.gql(VIEWER, {}, bearer(key));
    expect(viewer.data.viewer).toEqual({ id: `key:${apiKey.id}`, kind: 'apiKey', name: 'jane (analyst desk)', role: 'analyst', clearance: 'AMBER' });
    const { data } = await app.gql('{ apiKeys { id role } }', {}, admin);
    expect(data.apiKeys).toEqual(expect.arrayContaining([{ id: apiKey.id, role: 'analyst' }]));
    expect(JSON.stringify(data)).not.toContain('hash');
  });

  it('a revoked key is refused on the very next request; revoking again keeps the first time', async () => {
    const { key, apiKey } = await createKey(app, Role.editor);
    expect((await app.gql(VIEWER, {}, bearer(key))).data.viewer.role).toBe('editor');
    const first = await app.gql(REVOKE, { id: apiKey.id }, admin);
    expect(first.data.revokeApiKey.revokedAt).toMatch(/^\d{4}-/);
    const refused = await app.gql(VIEWER, {}, bearer(key));
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/revoked/) });
    const again = await app.gql(REVOKE, { id: apiKey.id }, admin);
    expect(again.data.revokeApiKey.revokedAt).toBe(first.data.revokeApiKey.revokedAt);
    expect((await app.gql(REVOKE, { id: 'nope' }, admin)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('key input is validated: BAD_USER_INPUT naming the field, and no key is written', async () => {
    const before = (await app.gql('{ apiKeys { id } }', {}, admin)).data.apiKeys.length;
    const blank = await app.gql(CREATE, { input: { name: '   ', role: 'reader', clearance: 'CLEAR' } }, admin);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.name' })] });
    const badRole = await app.gql(CREATE, { input: { name: 'x', role: 'boss', clearance: 'CLEAR' } }, admin);
    expect(badRole.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await app.gql('{ apiKeys { id } }', {}, admin)).data.apiKeys).toHaveLength(before);
  });

  it('only admins manage keys: an editor gets FORBIDDEN and no key is created or revoked', async () => {
    const editor = bearer((await createKey(app, Role.editor)).key);
    const victim = await createKey(app, Role.reader);
    const before = (await app.gql('{ apiKeys { id } }', {}, admin)).data.apiKeys.length;
    expect((await app.gql(CREATE, { input: { name: 'sneaky', role: 'admin', clearance: 'RED' } }, editor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql(REVOKE, { id: victim.apiKey.id }, editor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql('{ apiKeys { id } }', {}, editor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await app.gql('{ apiKeys { id } }', {}, admin)).data.apiKeys).toHaveLength(before);
    expect((await app.gql(VIEWER, {}, bearer(victim.key))).errors).toBeUndefined();
  });
});
