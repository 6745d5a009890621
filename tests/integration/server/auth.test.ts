import { Role } from '../../../src/modules/identity/identity.roles';
import { startTestApp, TestApp } from '../../support/app';
import { graphCounts, resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';

const TOKEN = 'test-write-token-0123456789';

describe('API_WRITE_TOKEN, kept as a deprecated alias: the token acts as an editor', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ writeToken: TOKEN, config: { auth: { anonymousRole: Role.reader } } });
    await resetGraph(app.executor);
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('refuses a mutation without the token (FORBIDDEN for an anonymous reader) or with a wrong one (UNAUTHENTICATED), writing nothing', async () => {
    const cases: [Record<string, string>, string][] = [
      [{}, 'FORBIDDEN'],
      [{ authorization: 'Bearer wrong-token-0123456789' }, 'UNAUTHENTICATED'],
      [{ authorization: TOKEN }, 'UNAUTHENTICATED'],
    ];
    for (const [headers, code] of cases) {
      const body = await app.gql(INGEST, { input: otherStory() }, headers);
      expect(body.errors![0].extensions.code).toBe(code);
    }
    expect((await graphCounts(app.executor)).nodes).toBe(0);
  });

  it('accepts a mutation with the token, recorded as the write-token identity, and reads without one', async () => {
    const body = await app.gql(INGEST, { input: otherStory() }, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors).toBeUndefined();
    const { stories } = await app.data('{ stories { totalCount } }');
    expect(stories.totalCount).toBe(1);
    const [entry] = await app.executor.read<{ identityId: string; role: string }>('MATCH (e:AuditEntry) RETURN e.identityId AS identityId, e.role AS role');
    expect(entry).toEqual({ identityId: 'write-token', role: 'editor' });
  });
});
