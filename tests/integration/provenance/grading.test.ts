import { TestApp } from '../../support/app';
import { graphCounts } from '../../support/graph';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';

const GRADE_SOURCE = `mutation Grade($input: GradeSourceInput!) {
  gradeSource(input: $input) { id grade meaning gradedBy gradedAt note source { id } }
}`;
const GRADE_CITATION = `mutation Grade($input: GradeCitationInput!) {
  gradeCitation(input: $input) { id grade meaning gradedBy claim { id } source { id } }
}`;

describe('grading sources (A-F) and citations (1-6)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startFixtureApp();
  });
  afterAll(() => stopFixtureApp(app));

  it('keeps every source grade as history and reports the newest as current', async () => {
    const sourceId = FIXTURE.nytSource;
    const first = await app.data(GRADE_SOURCE, { input: { sourceId, reliability: 'C', gradedBy: 'alice' } });
    // gradedBy in the input is ignored: the grader is the request's identity (anonymous in this suite).
    expect(first.gradeSource).toMatchObject({ grade: 'C', meaning: 'Fairly reliable', gradedBy: 'anonymous', note: null, source: { id: sourceId } });
    expect(first.gradeSource.id).toMatch(/^grade:/);
    expect(new Date(first.gradeSource.gradedAt).toISOString()).toBe(first.gradeSource.gradedAt);
    await app.data(GRADE_SOURCE, { input: { sourceId, reliability: 'B', gradedBy: 'bob', note: 'track record checked' } });
    await app.data(GRADE_SOURCE, { input: { sourceId, reliability: 'A', gradedBy: 'carol' } });

    const { source } = await app.data(
      `query($id: ID!) { source(id: $id) { reliability { grade gradedBy } reliabilityHistory { grade gradedBy note gradedAt } } }`,
      { id: sourceId },
    );
    expect(source.reliability).toEqual({ grade: 'A', gradedBy: 'anonymous' });
    expect(source.reliabilityHistory.map((g: { grade: string }) => g.grade)).toEqual(['A', 'B', 'C']);
    expect(source.reliabilityHistory[1]).toMatchObject({ gradedBy: 'anonymous', note: 'track record checked' });
    const times = source.reliabilityHistory.map((g: { gradedAt: string }) => g.gradedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('shows each mutation of one operation the state the previous ones left', async () => {
    const { first, second } = await app.data(`mutation {
      first: gradeSource(input: { sourceId: "source:fixture/telegram-post", reliability: E, gradedBy: "dan" }) { source { reliability { grade } } }
      second: gradeSource(input: { sourceId: "source:fixture/telegram-post", reliability: D, gradedBy: "erin" }) { source { reliability { grade } reliabilityHistory { grade } } }
    }`);
    expect(first.source.reliability.grade).toBe('E');
    expect(second.source.reliability.grade).toBe('D');
    expect(second.source.reliabilityHistory.map((g: { grade: string }) => g.grade)).toEqual(['D', 'E']);
    await app.executor.write('MATCH (:Source {id: "source:fixture/telegram-post"})-[:HAS_GRADE]->(g) DETACH DELETE g');
  });

  it('shows null and an empty history for a source nobody graded', async () => {
    const { source } = await app.data(`{ source(id: "source:fixture/telegram-post") { reliability { grade } reliabilityHistory { grade } } }`);
    expect(source).toEqual({ reliability: null, reliabilityHistory: [] });
  });

  it('grades each citation of a claim separately, history kept', async () => {
    const input = { claimId: FIXTURE.gruLink, sourceId: 'source:fixture/courier-rail', gradedBy: 'alice' };
    const graded = await app.data(GRADE_CITATION, { input: { ...input, credibility: 3 } });
    expect(graded.gradeCitation).toMatchObject({ grade: 3, meaning: 'Possibly true', claim: { id: FIXTURE.gruLink }, source: { id: input.sourceId } });
    await app.data(GRADE_CITATION, { input: { ...input, credibility: 2, gradedBy: 'bob' } });

    const { claim } = await app.data(
      `query($id: ID!) { claim(id: $id) { citations { source { id } credibility { grade meaning gradedBy } credibilityHistory { grade } } } }`,
      { id: FIXTURE.gruLink },
    );
    const bySource = Object.fromEntries(claim.citations.map((c: { source: { id: string } }) => [c.source.id, c]));
    expect(bySource['source:fixture/courier-rail']).toMatchObject({
      credibility: { grade: 2, meaning: 'Probably true', gradedBy: 'anonymous' },
      credibilityHistory: [{ grade: 2 }, { grade: 3 }],
    });
    expect(bySource['source:fixture/meridian-rail']).toMatchObject({ credibility: null, credibilityHistory: [] });
  });

  it('refuses out-of-range and blank values with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await graphCounts(app.executor);
    const base = { claimId: FIXTURE.gruLink, sourceId: 'source:fixture/courier-rail', gradedBy: 'alice' };
    for (const credibility of [0, 7]) {
      const body = await app.gql(GRADE_CITATION, { input: { ...base, credibility } });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.credibility' })] });
    }
    const blank = await app.gql(GRADE_SOURCE, { input: { sourceId: FIXTURE.nytSource, reliability: 'A', gradedBy: '   ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.gradedBy' })] });
    const badEnum = await app.gql(GRADE_SOURCE, { input: { sourceId: FIXTURE.nytSource, reliability: 'G', gradedBy: 'alice' } });
    expect(badEnum.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0].message).toMatch(/reliability/);
    expect(await graphCounts(app.executor)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown source or claim and for a citation that does not exist', async () => {
    const unknownSource = await app.gql(GRADE_SOURCE, { input: { sourceId: 'source:nope', reliability: 'A', gradedBy: 'alice' } });
    expect(unknownSource.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('source:nope') });

    const base = { sourceId: 'source:fixture/courier-rail', credibility: 1, gradedBy: 'alice' };
    const unknownClaim = await app.gql(GRADE_CITATION, { input: { ...base, claimId: 'claim:nope' } });
    expect(unknownClaim.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('claim:nope') });

    const notCited = await app.gql(GRADE_CITATION, { input: { ...base, claimId: FIXTURE.bfvDenial } });
    expect(notCited.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('does not cite') });
  });
});
