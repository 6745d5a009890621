import { TestApp } from '../../support/app';
import { INGEST, otherStory, SAMPLE_STORY_ID, sampleStory, startEmptyApp, stopAndClearGraph } from '../../support/sample';

const CLAIM_AS_OF = `query ClaimAsOf($id: ID!, $asOf: DateTime) {
  claim(id: $id, asOf: $asOf) {
    id
    citations { source { id reliability { grade } } credibility { grade } credibilityHistory { grade } }
    relations { stance claim { id } }
    assessment { score }
    story { id claims { id } }
  }
}`;

const GRADE_CITATION = 'mutation($input: GradeCitationInput!) { gradeCitation(input: $input) { id } }';

/** The instant strictly after everything written so far (server and test share one clock). */
async function instant(): Promise<string> {
  const at = Date.now();
  while (Date.now() <= at) await new Promise((resolve) => setImmediate(resolve));
  return new Date(at).toISOString();
}

describe('asOf: the graph as it was known at an instant', () => {
  let app: TestApp;
  let claimId: string;
  let sourceId: string;
  let t1: string;
  let before: any;
  let later: { storyId: string; claimId: string };

  beforeAll(async () => {
    app = await startEmptyApp();
    await app.data(INGEST, { input: sampleStory() });
    const { story } = await app.data(`query($id: ID!) { story(id: $id) { claims { id citations { source { id } } } } }`, { id: SAMPLE_STORY_ID });
    const cited = story.claims.find((c: any) => c.citations.length > 0);
    [claimId, sourceId] = [cited.id, cited.citations[0].source.id];
    await app.data(GRADE_CITATION, { input: { claimId, sourceId, credibility: 3 } });
    before = (await app.data(CLAIM_AS_OF, { id: claimId })).claim;

    t1 = await instant();

    // After t1: a second story, a new grade of the same citation, a source grade and a link.
    const b = await app.data(INGEST, { input: otherStory() });
    const { story: bStory } = await app.data(`query($id: ID!) { story(id: $id) { claims { id } } }`, { id: b.ingestStory.story.id });
    later = { storyId: b.ingestStory.story.id, claimId: bStory.claims[0].id };
    await app.data(GRADE_CITATION, { input: { claimId, sourceId, credibility: 1 } });
    await app.data('mutation($input: GradeSourceInput!) { gradeSource(input: $input) { id } }', { input: { sourceId, reliability: 'A' } });
    await app.data('mutation($input: LinkClaimsInput!) { linkClaims(input: $input) { linkedAt } }', {
      input: { fromClaimId: later.claimId, toClaimId: claimId, stance: 'CONTRADICTS', reason: 'denied the next day' },
    });
  });
  afterAll(() => stopAndClearGraph(app));

  it('lists only the stories and claims ingested by then', async () => {
    const query = `query($asOf: DateTime) { stories(asOf: $asOf) { totalCount edges { node { id } } } claims(asOf: $asOf, first: 100) { totalCount edges { node { story { id } } } } }`;
    const then = await app.data(query, { asOf: t1 });
    const now = await app.data(query, {});
    expect(then.stories.edges.map((e: any) => e.node.id)).toEqual([SAMPLE_STORY_ID]);
    expect(then.stories.totalCount).toBe(1);
    expect(now.stories.totalCount).toBe(2);
    expect(then.claims.totalCount).toBe(sampleStory().claims.length);
    expect(new Set(then.claims.edges.map((e: any) => e.node.story.id))).toEqual(new Set([SAMPLE_STORY_ID]));
    expect(now.claims.totalCount).toBe(sampleStory().claims.length + otherStory().claims.length);
  });

  it('does not find a story or claim ingested later, and finds it without asOf', async () => {
    const story = await app.gql('query($id: ID!, $asOf: DateTime) { story(id: $id, asOf: $asOf) { id } }', { id: later.storyId, asOf: t1 });
    expect(story.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const claim = await app.gql(CLAIM_AS_OF, { id: later.claimId, asOf: t1 });
    expect(claim.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await app.data('query($id: ID!) { story(id: $id) { id } }', { id: later.storyId })).story.id).toBe(later.storyId);
  });

  it('answers grades, links and the assessment of a claim as they stood then', async () => {
    const then = (await app.data(CLAIM_AS_OF, { id: claimId, asOf: t1 })).claim;
    expect(then).toEqual(before);
    const cited = (c: any) => c.citations.find((x: any) => x.source.id === sourceId);
    expect(cited(then)).toMatchObject({ credibility: { grade: 3 }, credibilityHistory: [{ grade: 3 }], source: { reliability: null } });
    expect(then.relations).toEqual([]);

    const now = (await app.data(CLAIM_AS_OF, { id: claimId })).claim;
    expect(cited(now)).toMatchObject({ credibility: { grade: 1 }, credibilityHistory: [{ grade: 1 }, { grade: 3 }], source: { reliability: { grade: 'A' } } });
    expect(now.relations).toEqual([{ stance: 'CONTRADICTS', claim: { id: later.claimId } }]);
    expect(now.assessment.score).not.toBe(then.assessment.score);

    const root = await app.data('query($id: ID!, $asOf: DateTime) { assessment(claimId: $id, asOf: $asOf) { score } }', { id: claimId, asOf: t1 });
    expect(root.assessment.score).toBe(before.assessment.score);
  });

  it('refuses an asOf that is not an ISO date-time', async () => {
    const res = await app.gql('{ claims(asOf: "last tuesday") { totalCount } }');
    expect(res.errors?.[0].message).toMatch(/DateTime/);
  });
});
