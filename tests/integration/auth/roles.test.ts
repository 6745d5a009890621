import fs from 'node:fs';
import { fromRoot } from '../../../src/config/paths';
import { loadSampleStory } from '../../../src/ingest/load/seed';
import { ROLES, Role } from '../../../src/modules/identity/identity.roles';
import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';
import { bearer, createKey } from './auth-support';

interface Case {
  needs: Role;
  query: string;
  variables: () => Record<string, unknown>;
}

/** The whole graph, keys and audit entries included, in a comparable form: a refused mutation must leave it as it was. */
async function everything(app: TestApp): Promise<string> {
  const [row] = await app.executor.read<{ nodes: unknown[]; rels: unknown[] }>(
    `CALL () { MATCH (n) WHERE NOT n:Migration WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r) RETURN collect([a.id, type(r), properties(r), b.id]) AS rels }
     RETURN nodes, rels`,
  );
  return JSON.stringify(row);
}

/** The smallest bundle importStix takes: one report with one note. */
const tinyStixBundle = () => ({
  type: 'bundle',
  id: 'bundle--11111111-1111-4111-8111-111111111111',
  objects: [
    {
      type: 'report',
      spec_version: '2.1',
      id: 'report--22222222-2222-4222-8222-222222222222',
      name: 'A report imported in the roles test',
      published: '2025-01-02T00:00:00.000Z',
      object_refs: ['note--33333333-3333-4333-8333-333333333333'],
    },
    {
      type: 'note',
      spec_version: '2.1',
      id: 'note--33333333-3333-4333-8333-333333333333',
      content: 'One claim.',
      object_refs: ['report--22222222-2222-4222-8222-222222222222'],
    },
  ],
});

describe('every mutation names its role: lower roles get FORBIDDEN and nothing is written', () => {
  let app: TestApp;
  let keys: Record<Role, Record<string, string>>;
  let keyIds: Record<Role, string>;
  let cited: { claimId: string; sourceId: string };
  let otherClaim: string;
  let victimKey: string;

  beforeAll(async () => {
    app = await startTestApp({ config: { auth: {} } });
    await resetGraph(app.executor);
    await loadSampleStory(app.executor);
    keys = {} as typeof keys;
    keyIds = {} as typeof keyIds;
    for (const role of ROLES) {
      const created = await createKey(app, role);
      keys[role] = bearer(created.key);
      keyIds[role] = created.apiKey.id;
    }
    victimKey = (await createKey(app, Role.reader, 'to revoke')).apiKey.id;
    const [row] = await app.executor.read<{ claimId: string; sourceId: string; otherClaim: string }>(
      `MATCH (c:Claim)-[:CITES]->(s:Source) WITH c, s ORDER BY c.id, s.id LIMIT 1
       MATCH (o:Claim) WHERE o <> c WITH c, s, o ORDER BY o.id LIMIT 1
       RETURN c.id AS claimId, s.id AS sourceId, o.id AS otherClaim`,
    );
    cited = { claimId: row.claimId, sourceId: row.sourceId };
    otherClaim = row.otherClaim;
  });
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  const cases: Record<string, Case> = {
    ingestStory: { needs: Role.editor, query: INGEST, variables: () => ({ input: otherStory() }) },
    ingestStories: {
      needs: Role.editor,
      query: 'mutation($inputs: [StoryInput!]!) { ingestStories(inputs: $inputs) { index result { story { id } } } }',
      variables: () => ({ inputs: [otherStory()] }),
    },
    importStoryCard: {
      needs: Role.editor,
      query: 'mutation($text: String!) { importStoryCard(text: $text) { story { id } } }',
      variables: () => ({ text: fs.readFileSync(fromRoot('tests', 'fixtures', 'cards', 'minimal.txt'), 'utf8') }),
    },
    importStix: {
      needs: Role.editor,
      query: 'mutation($bundle: JSONObject!) { importStix(bundle: $bundle) { bundleId } }',
      variables: () => ({ bundle: tinyStixBundle() }),
    },
    gradeSource: {
      needs: Role.analyst,
      query: 'mutation($input: GradeSourceInput!) { gradeSource(input: $input) { id gradedBy } }',
      variables: () => ({ input: { sourceId: cited.sourceId, reliability: 'B' } }),
    },
    gradeCitation: {
      needs: Role.analyst,
      query: 'mutation($input: GradeCitationInput!) { gradeCitation(input: $input) { id gradedBy } }',
      variables: () => ({ input: { ...cited, credibility: 2 } }),
    },
    linkClaims: {
      needs: Role.analyst,
      query: 'mutation($input: LinkClaimsInput!) { linkClaims(input: $input) { linkedBy } }',
      variables: () => ({ input: { fromClaimId: cited.claimId, toClaimId: otherClaim, stance: 'SUPPORTS', reason: 'same event' } }),
    },
    createApiKey: {
      needs: Role.admin,
      query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
      variables: () => ({ input: { name: 'made in a test', role: 'reader', clearance: 'CLEAR' } }),
    },
    revokeApiKey: { needs: Role.admin, query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', variables: () => ({ id: victimKey }) },
    setMarking: {
      needs: Role.admin,
      query: 'mutation($id: ID!) { setMarking(id: $id, marking: AMBER) { id effectiveMarking } }',
      variables: () => ({ id: cited.sourceId }),
    },
  };

  it('covers every mutation of the schema', async () => {
    const { data } = await app.gql('{ __schema { mutationType { fields { name } } } }', {}, keys.reader);
    expect(data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [mutation, c] of Object.entries(cases)) {
    it(`${mutation}: refused below ${c.needs}, allowed from ${c.needs} on`, async () => {
      for (const role of ROLES.filter((r) => ROLES.indexOf(r) < ROLES.indexOf(c.needs))) {
        const before = await everything(app);
        const body = await app.gql(c.query, c.variables(), keys[role]);
        expect({ role, code: body.errors?.[0].extensions.code, data: body.data }).toEqual({ role, code: 'FORBIDDEN', data: null });
        expect(body.errors?.[0].message).toContain(`needs the ${c.needs} role`);
        expect(await everything(app)).toBe(before);
      }
      const allowed = await app.gql(c.query, c.variables(), keys[c.needs]);
      expect(allowed.errors).toBeUndefined();
    });
  }

  it('gradedBy and linkedBy are the acting identity; a gradedBy in the input is ignored', async () => {
    const grade = await app.gql(
      'mutation($input: GradeSourceInput!) { gradeSource(input: $input) { gradedBy } }',
      { input: { sourceId: cited.sourceId, reliability: 'C', gradedBy: 'someone-else' } },
      keys.analyst,
    );
    expect(grade.data.gradeSource.gradedBy).toBe(`key:${keyIds.analyst}`);
    const link = await app.gql(
      'mutation($input: LinkClaimsInput!) { linkClaims(input: $input) { linkedBy } }',
      { input: { fromClaimId: otherClaim, toClaimId: cited.claimId, stance: 'REPEATS', reason: 'same words', linkedBy: 'someone-else' } },
      keys.editor,
    );
    expect(link.data.linkClaims.linkedBy).toBe(`key:${keyIds.editor}`);
  });
});
