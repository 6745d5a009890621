import http from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { Tlp } from '../../../src/modules/shared/tlp';
import { bearer } from './auth-support';

const ISSUER = 'https://idp.test.example/realms/storygraph';
const AUDIENCE = 'storygraph-api';
const KID = 'test-key-1';
const VIEWER = '{ viewer { id kind name role } }';
const CLEARANCE = '{ viewer { clearance } }';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/** A stand-in OpenID provider: its signing key stays here, its public key is served as a JWKS on 127.0.0.1. */
async function startJwks(): Promise<{ url: string; key: PrivateKey; stop: () => Promise<void> }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/jwks.json' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(req.url === '/jwks.json' ? JSON.stringify({ keys: [jwk] }) : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/jwks.json`, key: privateKey, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

function token(key: PrivateKey, claims: JWTPayload, options: { issuer?: string; audience?: string; expires?: string | number; kid?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? KID })
    .setSubject('248289761001')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(key);
}

describe('JWT bearer tokens from an OpenID Connect provider', () => {
  let app: TestApp;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  beforeAll(async () => {
    jwks = await startJwks();
    app = await startTestApp({
      config: {
        auth: {
          oidc: {
            issuer: ISSUER,
            audience: AUDIENCE,
            jwksUrl: jwks.url,
            roleClaim: 'realm_access.roles',
            clearanceClaim: 'ext.tlp',
            defaultClearance: Tlp.GREEN,
          },
        },
      },
    });
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
    await jwks.stop();
  });

  it('accepts a valid token: the identity is oidc:<sub> with the highest role of the role claim', async () => {
    const jwt = await token(jwks.key, { email: 'jane@example.org', realm_access: { roles: ['offline_access', 'reader', 'analyst'] } });
    const body = await app.gql(VIEWER, {}, bearer(jwt));
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer).toEqual({ id: 'oidc:248289761001', kind: 'jwt', name: 'jane@example.org', role: 'analyst' });
  });

  it('refuses a wrong issuer, a wrong audience, an expired token and a bad signature with UNAUTHENTICATED', async () => {
    const roles = { realm_access: { roles: ['admin'] } };
    const other = await generateKeyPair('RS256');
    const refused = {
      'wrong issuer': await token(jwks.key, roles, { issuer: 'https://evil.example/realms/storygraph' }),
      'wrong audience': await token(jwks.key, roles, { audience: 'some-other-api' }),
      expired: await token(jwks.key, roles, { expires: Math.floor(Date.now() / 1000) - 60 }),
      // Signed by a key the provider never published, under the provider's key id.
      'bad signature': await token(other.privateKey, roles),
      'unknown key id': await token(other.privateKey, roles, { kid: 'not-published' }),
    };
    for (const [why, jwt] of Object.entries(refused)) {
      const body = await app.gql(VIEWER, {}, bearer(jwt));
      expect({ why, code: body.errors?.[0].extensions.code, data: body.data }).toEqual({ why, code: 'UNAUTHENTICATED', data: undefined });
    }
    const tampered = (await token(jwks.key, { realm_access: { roles: ['reader'] } })).split('.');
    tampered[1] = Buffer.from(JSON.stringify({ sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: 9999999999, realm_access: { roles: ['admin'] } })).toString(
      'base64url',
    );
    expect((await app.gql(VIEWER, {}, bearer(tampered.join('.')))).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a valid token without any storygraph role is FORBIDDEN; a reader token cannot write and nothing is written', async () => {
    const none = await token(jwks.key, { realm_access: { roles: ['offline_access'] } });
    expect((await app.gql(VIEWER, {}, bearer(none))).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const reader = await token(jwks.key, { realm_access: { roles: ['reader'] } });
    const body = await app.gql(
      'mutation { ingestStory(input: { title: "Not allowed", summary: "", publishedAt: "2026-01-01" }) { story { id } } }',
      {},
      bearer(reader),
    );
    expect(body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const [row] = await app.executor.read<{ n: number }>('MATCH (n) WHERE n:Story OR n:AuditEntry RETURN count(n) AS n');
    expect(row.n).toBe(0);
  });

  it('takes the clearance from the configured claim (the highest of a list), the configured default without it, and refuses one that is no marking', async () => {
    const roles = { realm_access: { roles: ['reader'] } };
    const clearanceOf = async (ext?: unknown) => {
      const body = await app.gql(CLEARANCE, {}, bearer(await token(jwks.key, { ...roles, ...(ext === undefined ? {} : { ext: { tlp: ext } }) })));
      return body.data?.viewer.clearance ?? body.errors?.[0].extensions.code;
    };
    expect(await clearanceOf('TLP:AMBER')).toBe('AMBER');
    expect(await clearanceOf(['GREEN', 'amber+strict'])).toBe('AMBER_STRICT');
    expect(await clearanceOf()).toBe('GREEN');
    expect(await clearanceOf('TOP SECRET')).toBe('FORBIDDEN');
  });
});
