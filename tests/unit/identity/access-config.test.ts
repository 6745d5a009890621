import { ConfigError, loadConfig } from '../../../src/config/env';
import { configFailure } from '../../support/config';
import { hashMatches, keyIdOf, newKeySecret } from '../../../src/modules/identity/api-key.secret';
import { hasRole, highestRole, Role } from '../../../src/modules/identity/identity.roles';
import { touchedIds } from '../../../src/modules/audit/audit.service';

const OIDC = { OIDC_ISSUER: 'https://idp.example.org/realms/intel', OIDC_AUDIENCE: 'storygraph-api', OIDC_JWKS_URL: 'https://idp.example.org/certs' };

describe('access settings', () => {
  it('anonymous is a reader in development only, unless ANONYMOUS_ROLE says otherwise', () => {
    expect(loadConfig({}).auth.anonymousRole).toBe('reader');
    expect(loadConfig({ NODE_ENV: 'production' }).auth.anonymousRole).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).auth.anonymousRole).toBeUndefined();
    expect(loadConfig({ ANONYMOUS_ROLE: 'none' }).auth.anonymousRole).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test', ANONYMOUS_ROLE: 'editor' }).auth.anonymousRole).toBe('editor');
    expect(loadConfig({ NODE_ENV: 'production', ANONYMOUS_ROLE: 'reader' }).auth.anonymousRole).toBe('reader');
  });

  it.each([
    [{ ANONYMOUS_ROLE: 'boss' }, 'ANONYMOUS_ROLE', /one of reader, analyst, editor, admin, none/],
    [{ NODE_ENV: 'production', ANONYMOUS_ROLE: 'editor' }, 'ANONYMOUS_ROLE', /only be reader or none in production/],
    [{ OIDC_ISSUER: OIDC.OIDC_ISSUER }, 'OIDC_AUDIENCE', /go together/],
    [{ ...OIDC, OIDC_JWKS_URL: 'http://idp.example.org/certs' }, 'OIDC_JWKS_URL', /https/],
    [{ ...OIDC, OIDC_ROLE_CLAIM: 'roles[0]' }, 'OIDC_ROLE_CLAIM', /dotted path/],
    [{ ...OIDC, OIDC_CLEARANCE_CLAIM: 'tlp[0]' }, 'OIDC_CLEARANCE_CLAIM', /dotted path/],
    [{ ...OIDC, OIDC_DEFAULT_CLEARANCE: 'SECRET' }, 'OIDC_DEFAULT_CLEARANCE', /CLEAR, GREEN, AMBER, AMBER\+STRICT or RED/],
    [{ ANONYMOUS_CLEARANCE: 'white' }, 'ANONYMOUS_CLEARANCE', /TLP marking/],
  ])('refuses %j naming %s', (env, variable, reason) => {
    const err = configFailure(env);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.variable).toBe(variable);
    expect(err.message).toMatch(reason);
  });

  it('anonymous requests read CLEAR unless ANONYMOUS_CLEARANCE says otherwise', () => {
    expect(loadConfig({}).auth.anonymousClearance).toBe('CLEAR');
    expect(loadConfig({ ANONYMOUS_CLEARANCE: 'amber+strict' }).auth.anonymousClearance).toBe('AMBER_STRICT');
  });

  it('reads an OIDC provider; http only for a JWKS on localhost', () => {
    expect(loadConfig(OIDC).auth.oidc).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      audience: 'storygraph-api',
      jwksUrl: OIDC.OIDC_JWKS_URL,
      roleClaim: 'roles',
      clearanceClaim: 'clearance',
      defaultClearance: 'CLEAR',
    });
    expect(loadConfig({ ...OIDC, OIDC_CLEARANCE_CLAIM: 'ext.tlp', OIDC_DEFAULT_CLEARANCE: 'TLP:GREEN' }).auth.oidc).toMatchObject({
      clearanceClaim: 'ext.tlp',
      defaultClearance: 'GREEN',
    });
    expect(loadConfig({ ...OIDC, OIDC_JWKS_URL: 'http://127.0.0.1:8080/jwks.json', OIDC_ROLE_CLAIM: 'realm_access.roles' }).auth.oidc?.roleClaim).toBe(
      'realm_access.roles',
    );
  });
});

describe('roles', () => {
  it('each role includes the ones before it', () => {
    expect(hasRole(Role.editor, Role.analyst)).toBe(true);
    expect(hasRole(Role.analyst, Role.editor)).toBe(false);
    expect(hasRole(Role.admin, Role.admin)).toBe(true);
    expect(highestRole(['offline_access', 'reader', 'editor', 'analyst'])).toBe('editor');
    expect(highestRole(['uma_authorization'])).toBeUndefined();
  });
});

describe('API key secrets', () => {
  it('carry their id, are stored as a SHA-256 that only the whole key matches', () => {
    const { id, key, hash } = newKeySecret();
    expect(keyIdOf(key)).toBe(id);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(key.slice(16));
    expect(hashMatches(key, hash)).toBe(true);
    expect(hashMatches(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false);
    expect(keyIdOf('eyJhbGciOiJSUzI1NiJ9.e30.sig')).toBeUndefined();
    expect(newKeySecret().key).not.toBe(key);
  });
});

describe('audit ids', () => {
  it('keeps ids two levels deep and never other fields (a created key stays secret)', () => {
    expect(touchedIds({ story: { id: 'story:a', title: 't' }, created: { stories: 1 } })).toEqual(['story:a']);
    expect(touchedIds({ id: 'grade:1', sourceId: 'source:s', claimId: 'claim:c' })).toEqual(['grade:1', 'source:s', 'claim:c']);
    expect(touchedIds({ from: { id: 'claim:a' }, to: { id: 'claim:b' }, reason: 'r' })).toEqual(['claim:a', 'claim:b']);
    expect(touchedIds({ apiKey: { id: 'abc', name: 'n' }, key: 'sg_abc_secret' })).toEqual(['abc']);
    expect(touchedIds(null)).toEqual([]);
  });
});
