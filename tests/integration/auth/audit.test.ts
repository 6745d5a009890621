import { loadSampleStory } from '../../../src/ingest/load/seed';
import { Role } from '../../../src/modules/identity/identity.roles';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';
import { auditCount, bearer, createKey } from './auth-support';
import { keySecret } from '../../support/api-keys';

const AUDIT_LOG = `query($first: Int!, $after: String) {
  auditLog(first: $first, after: $after) {
    totalCount
    edges { node { id at identityId identityKind identityName role mutation ids } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the audit trail: every successful write, readable by admins only', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let editor: Record<string, string>;
  let editorId: string;
  let sourceId: string;

  beforeAll(async () => {
    app = await startTestApp({ config: { auth: {} } });
    await resetGraph(app.executor);
    await loadSampleStory(app.executor);
    admin = bearer((await createKey(app, Role.admin)).key);
    const created = await createKey(app, Role.editor, 'nightly ingest');
    editor = bearer(created.key);
    editorId = created.apiKey.id;
    [{ sourceId }] = await app.executor.read<{ sourceId: string }>('MATCH (s:Source) RETURN s.id AS sourceId ORDER BY s.id LIMIT 1');
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('records who, when, which mutation and the ids it touched; refused and failed mutations leave no entry', async () => {
    const began = Date.now();
    const ingest = await app.gql(INGEST, { input: otherStory() }, editor);
    const storyId = ingest.data.ingestStory.story.id;
    await app.gql('mutation($input: GradeSourceInput!) { gradeSource(input: $input) { id } }', { input: { sourceId, reliability: 'A' } }, editor);
    const entriesSoFar = await auditCount(app);
    expect(entriesSoFar).toBe(2);

    const refused = await app.gql(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { name: 'x', role: 'admin', clearance: 'RED' } },
      editor,
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const failed = await app.gql(
      'mutation($input: GradeSourceInput!) { gradeSource(input: $input) { id } }',
      { input: { sourceId: 'source:nope', reliability: 'A' } },
      editor,
    );
    expect(failed.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await auditCount(app)).toBe(entriesSoFar);

    const { data } = await app.gql(AUDIT_LOG, { first: 10 }, admin);
    expect(data.auditLog.totalCount).toBe(2);
    const [grade, story] = data.auditLog.edges.map((e: { node: Record<string, unknown> }) => e.node);
    const who = { identityId: `key:${editorId}`, identityKind: 'apiKey', identityName: 'nightly ingest', role: 'editor' };
    expect(story).toMatchObject({ ...who, mutation: 'ingestStory', ids: [storyId] });
    expect(grade).toMatchObject({ ...who, mutation: 'gradeSource', ids: expect.arrayContaining([expect.stringMatching(/^grade:/), sourceId]) });
    expect(grade.ids).toHaveLength(2);
    expect(Date.parse(story.at)).toBeGreaterThanOrEqual(began - 1000);
    expect(Date.parse(grade.at)).toBeGreaterThanOrEqual(Date.parse(story.at));
  });

  it('never keeps the secret of a created key', async () => {
    const { data } = await app.gql('mutation { createApiKey(input: { name: "audited", role: reader, clearance: GREEN }) { key apiKey { id } } }', {}, admin);
    const [entry] = await app.executor.read<{ props: Record<string, unknown> }>(
      "MATCH (e:AuditEntry {mutation: 'createApiKey'}) RETURN properties(e) AS props",
    );
    expect(entry.props.ids).toEqual([data.createApiKey.apiKey.id]);
    expect(JSON.stringify(entry.props)).not.toContain(keySecret(data.createApiKey.key));
  });

  it('pages newest first with keyset cursors and no entry twice', async () => {
    for (let i = 0; i < 3; i += 1) await app.gql(INGEST, { input: otherStory({ title: `Audit paging ${i}` }) }, editor);
    const total = await auditCount(app);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await app.gql(AUDIT_LOG, { first: 2, after }, admin);
      expect(errors).toBeUndefined();
      seen.push(...data.auditLog.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.auditLog.pageInfo.hasNextPage) break;
      after = data.auditLog.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const { data } = await app.gql(AUDIT_LOG, { first: 1 }, admin);
    expect(data.auditLog.edges[0].node.ids[0]).toMatch(/audit-paging-2/);
  });

  it('is for admins only: editors and readers get FORBIDDEN', async () => {
    const reader = bearer((await createKey(app, Role.reader)).key);
    for (const headers of [editor, reader]) {
      const body = await app.gql(AUDIT_LOG, { first: 5 }, headers);
      expect(body.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(body.data).toBeNull();
    }
  });
});
