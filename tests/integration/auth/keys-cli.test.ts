import { spawnSync } from 'node:child_process';
import { fromRoot } from '../../../src/config/paths';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { auditCount, bearer } from './auth-support';
import { keySecret } from '../../support/api-keys';

/** The built CLI (npm test builds first), on the test Neo4j through NEO4J_URI. */
const CLI = fromRoot('dist', 'scripts', 'keys.js');
const keys = (...args: string[]) => spawnSync('node', [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 120000 });

describe('npm run keys -- create | list | revoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { auth: {} } });
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('creates a key that works at once, lists it, and revokes it so that it is refused at once; each change is audited', async () => {
    const created = keys('create', '--role', 'analyst', '--clearance', 'AMBER+STRICT', '--name', 'jane (analyst desk)');
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^sg_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const id = key.split('_')[1];
    expect(created.stderr).toContain(`created key ${id} (analyst, clearance AMBER_STRICT, "jane (analyst desk)")`);
    expect((await app.gql('{ viewer { id role clearance } }', {}, bearer(key))).data.viewer).toEqual({
      id: `key:${id}`,
      role: 'analyst',
      clearance: 'AMBER_STRICT',
    });

    const listed = keys('list', '--json');
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id, role: 'analyst', clearance: 'AMBER_STRICT', name: 'jane (analyst desk)', createdBy: 'cli', revokedAt: null }),
    ]);
    expect(listed.stdout).not.toContain(keySecret(key));

    const revoked = keys('revoke', id);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${id}\\s+analyst\\s+AMBER_STRICT\\s+revoked `));
    expect((await app.gql('{ viewer { id } }', {}, bearer(key))).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const entries = await app.executor.read<{ mutation: string; identityId: string; ids: string[] }>(
      'MATCH (e:AuditEntry) RETURN e.mutation AS mutation, e.identityId AS identityId, e.ids AS ids ORDER BY e.atMs',
    );
    expect(entries).toEqual([
      { mutation: 'createApiKey', identityId: 'cli', ids: [id] },
      { mutation: 'revokeApiKey', identityId: 'cli', ids: [id] },
    ]);
  });

  it('refuses bad arguments before connecting, naming the option, with exit code 64; an unknown id exits 1; nothing is written', async () => {
    const before = await auditCount(app);
    const bad = keys('create', '--role', 'boss', '--name', '  ');
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain('--name: name must not be blank');
    expect(bad.stderr).toContain('--role: role must be one of reader, analyst, editor, admin');
    expect(bad.stderr).toContain('--clearance: clearance must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED');
    expect(keys('create', '--role', 'reader', '--name', 'x', '--clearance', 'PURPLE').status).toBe(64);
    expect(keys('create', '--role').status).toBe(64);
    expect(keys('revoke').status).toBe(64);
    expect(keys('rotate').status).toBe(64);
    const unknown = keys('revoke', 'ffffffffffff');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('ApiKey "ffffffffffff" was not found');
    expect(await auditCount(app)).toBe(before);
    const [row] = await app.executor.read<{ n: number }>('MATCH (k:ApiKey) RETURN count(k) AS n');
    expect(row.n).toBe(1);
  });
});
