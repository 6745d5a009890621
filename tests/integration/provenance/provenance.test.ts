import { TestApp } from '../../support/app';
import { FIXTURE, startFixtureApp, stopFixtureApp } from '../../fixtures/graph';

const LINK = `mutation Link($input: LinkClaimsInput!) {
  linkClaims(input: $input) { from { id } to { id } stance reason linkedBy linkedAt }
}`;

const PROVENANCE = `query Provenance($claimId: ID!) {
  provenance(claimId: $claimId) {
    claim { id } story { id }
    citations { quote source { id } credibility { grade } }
    sources { source { id publisher { name } reliability { grade } } depth cited origin inCycle }
    derivations { from to depth inCycle }
    speakers { id }
    origins { source { id } inCycle via }
    cyclic maxDepth
  }
}`;

const CORROBORATION = `query Corroboration($claimId: ID!) {
  corroboration(claimId: $claimId) {
    citedSources independentOrigins circularReporting
    origins { source { id } inCycle via }
    publishers { name }
    supporting { id } contradicting { id } repeating { id }
  }
}`;

const ASSESSMENT = `query Assessment($claimId: ID!) {
  assessment(claimId: $claimId) { claimId score level baseline factors { factor effect detail } }
}`;

const effects = (factors: { factor: string; effect: number }[]) => Object.fromEntries(factors.map((f) => [f.factor, f.effect]));

describe('provenance, claim relations, corroboration and assessment', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startFixtureApp();
    // Grades and links the assessment expectations below are computed from.
    const gradeSource = `mutation($input: GradeSourceInput!) { gradeSource(input: $input) { id } }`;
    await app.data(gradeSource, { input: { sourceId: 'source:fixture/courier-rail', reliability: 'A', gradedBy: 'analyst' } });
    await app.data(gradeSource, { input: { sourceId: 'source:fixture/meridian-rail', reliability: 'C', gradedBy: 'analyst' } });
    await app.data(`mutation($input: GradeCitationInput!) { gradeCitation(input: $input) { id } }`, {
      input: { claimId: FIXTURE.gruLink, sourceId: 'source:fixture/courier-rail', credibility: 2, gradedBy: 'analyst' },
    });
    await app.data(LINK, {
      input: {
        fromClaimId: FIXTURE.bfvDenial,
        toClaimId: FIXTURE.gruLink,
        stance: 'CONTRADICTS',
        reason: 'BfV sees no state involvement',
        linkedBy: 'analyst',
      },
    });
    await app.data(LINK, { input: { fromClaimId: FIXTURE.policeDamage, toClaimId: FIXTURE.gruLink, stance: 'SUPPORTS', reason: 'the damage is confirmed' } });
    await app.data(LINK, { input: { fromClaimId: FIXTURE.recruitment, toClaimId: FIXTURE.gruLink, stance: 'REPEATS', reason: 'same allegation' } });
  });
  afterAll(() => stopFixtureApp(app));

  describe('linkClaims', () => {
    it('keeps both sides of a contradiction and shows the link from each claim', async () => {
      const data = await app.data(`{
        a: claim(id: "${FIXTURE.gruLink}") { text relations { stance direction claim { id } reason linkedBy } }
        b: claim(id: "${FIXTURE.bfvDenial}") { text relations { stance direction claim { id } reason } }
      }`);
      expect(data.a.text).toMatch(/Russian military intelligence/);
      expect(data.b.text).toMatch(/no evidence/);
      expect(data.a.relations).toEqual([
        { stance: 'CONTRADICTS', direction: 'INCOMING', claim: { id: FIXTURE.bfvDenial }, reason: 'BfV sees no state involvement', linkedBy: 'anonymous' },
        { stance: 'REPEATS', direction: 'INCOMING', claim: { id: FIXTURE.recruitment }, reason: 'same allegation', linkedBy: 'anonymous' },
        { stance: 'SUPPORTS', direction: 'INCOMING', claim: { id: FIXTURE.policeDamage }, reason: 'the damage is confirmed', linkedBy: 'anonymous' },
      ]);
      expect(data.b.relations).toEqual([
        { stance: 'CONTRADICTS', direction: 'OUTGOING', claim: { id: FIXTURE.gruLink }, reason: 'BfV sees no state involvement' },
      ]);
    });

    it('is idempotent per (from, to, stance): a repeat updates the reason and keeps one relationship and its linkedAt', async () => {
      const input = { fromClaimId: FIXTURE.damageCost, toClaimId: FIXTURE.policeDamage, stance: 'SUPPORTS', reason: 'same damage' };
      const first = (await app.data(LINK, { input })).linkClaims;
      const again = (await app.data(LINK, { input: { ...input, reason: 'same damage, two sources' } })).linkClaims;
      expect(again).toMatchObject({
        from: { id: FIXTURE.damageCost },
        to: { id: FIXTURE.policeDamage },
        stance: 'SUPPORTS',
        reason: 'same damage, two sources',
      });
      expect(again.linkedAt).toBe(first.linkedAt);
      const [row] = await app.executor.read<{ n: number }>('MATCH (:Claim {id: $a})-[r:SUPPORTS]->(:Claim {id: $b}) RETURN count(r) AS n', {
        a: FIXTURE.damageCost,
        b: FIXTURE.policeDamage,
      });
      expect(row.n).toBe(1);
      await app.executor.write('MATCH (:Claim {id: $a})-[r:SUPPORTS]->(:Claim {id: $b}) DELETE r', { a: FIXTURE.damageCost, b: FIXTURE.policeDamage });
    });

    it('refuses self-links and blank reasons (BAD_USER_INPUT) and unknown claims (NOT_FOUND)', async () => {
      const self = await app.gql(LINK, { input: { fromClaimId: FIXTURE.gruLink, toClaimId: FIXTURE.gruLink, stance: 'SUPPORTS', reason: 'x' } });
      expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.toClaimId', reason: expect.any(String) }] });
      const blank = await app.gql(LINK, { input: { fromClaimId: FIXTURE.gruLink, toClaimId: FIXTURE.bfvDenial, stance: 'SUPPORTS', reason: ' ' } });
      expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.reason' })] });
      const unknown = await app.gql(LINK, { input: { fromClaimId: FIXTURE.gruLink, toClaimId: 'claim:nope', stance: 'CONTRADICTS', reason: 'x' } });
      expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('claim:nope') });
    });
  });

  describe('provenance', () => {
    it('follows a derivation three hops deep to its origin, with depths', async () => {
      const { provenance } = await app.data(PROVENANCE, { claimId: FIXTURE.damageCost });
      expect(provenance.claim).toEqual({ id: FIXTURE.damageCost });
      expect(provenance.story).toEqual({ id: FIXTURE.railStory });
      expect(provenance.derivations).toEqual([
        { from: 'source:fixture/digest-analysis', to: 'source:fixture/wire-summary', depth: 1, inCycle: false },
        { from: 'source:fixture/wire-summary', to: 'source:fixture/committee-notes', depth: 2, inCycle: false },
        { from: 'source:fixture/committee-notes', to: 'source:fixture/hearing-transcript', depth: 3, inCycle: false },
      ]);
      expect(provenance.sources.map((s: any) => [s.source.id, s.depth, s.cited, s.origin])).toEqual([
        ['source:fixture/digest-analysis', 0, true, false],
        ['source:fixture/wire-summary', 1, false, false],
        ['source:fixture/committee-notes', 2, false, false],
        ['source:fixture/hearing-transcript', 3, false, true],
      ]);
      expect(provenance.sources[3].source.publisher).toEqual({ name: 'German Bundestag' });
      expect(provenance.origins).toEqual([{ source: { id: 'source:fixture/hearing-transcript' }, inCycle: false, via: ['source:fixture/digest-analysis'] }]);
      expect(provenance).toMatchObject({ cyclic: false, maxDepth: 3, speakers: [] });
    });

    it('shows quotes, credibility, publishers and reliability of the cited sources', async () => {
      const { provenance } = await app.data(PROVENANCE, { claimId: FIXTURE.gruLink });
      expect(provenance.citations).toEqual([
        { quote: 'investigators are examining links to the GRU', source: { id: 'source:fixture/courier-rail' }, credibility: { grade: 2 } },
        { quote: null, source: { id: 'source:fixture/meridian-rail' }, credibility: null },
      ]);
      const cited = provenance.sources.filter((s: any) => s.cited).map((s: any) => [s.source.publisher.name, s.source.reliability.grade]);
      expect(cited).toEqual(
        expect.arrayContaining([
          ['Baltic Courier', 'A'],
          ['Daily Meridian', 'C'],
        ]),
      );
      expect(provenance.origins).toEqual([
        { source: { id: 'source:fixture/telegram-post' }, inCycle: false, via: ['source:fixture/courier-rail', 'source:fixture/meridian-rail'] },
      ]);
    });

    it('terminates on a DERIVED_FROM cycle, flags it and reports the cycle members as origins', async () => {
      const { provenance } = await app.data(PROVENANCE, { claimId: FIXTURE.recruitment });
      expect(provenance.cyclic).toBe(true);
      expect(provenance.speakers).toEqual([{ id: 'group:online-forum-users' }]);
      expect(provenance.derivations).toEqual([
        { from: 'source:fixture/threat-blog', to: 'source:fixture/forum-thread', depth: 1, inCycle: false },
        { from: 'source:fixture/forum-thread', to: 'source:fixture/rumour-newsletter', depth: 2, inCycle: true },
        { from: 'source:fixture/rumour-newsletter', to: 'source:fixture/forum-thread', depth: 3, inCycle: true },
      ]);
      expect(provenance.origins).toEqual([
        { source: { id: 'source:fixture/forum-thread' }, inCycle: true, via: ['source:fixture/threat-blog'] },
        { source: { id: 'source:fixture/rumour-newsletter' }, inCycle: true, via: ['source:fixture/threat-blog'] },
      ]);
    });

    it('answers NOT_FOUND for an unknown claim', async () => {
      const body = await app.gql(PROVENANCE, { claimId: 'claim:nope' });
      expect(body.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('corroboration', () => {
    it('counts two outlets echoing one origin once and flags circular reporting', async () => {
      const { corroboration } = await app.data(CORROBORATION, { claimId: FIXTURE.gruLink });
      expect(corroboration).toEqual({
        citedSources: 2,
        independentOrigins: 1,
        circularReporting: true,
        origins: [{ source: { id: 'source:fixture/telegram-post' }, inCycle: false, via: ['source:fixture/courier-rail', 'source:fixture/meridian-rail'] }],
        publishers: [{ name: 'Baltic Courier' }, { name: 'Daily Meridian' }],
        supporting: [{ id: FIXTURE.policeDamage }],
        contradicting: [{ id: FIXTURE.bfvDenial }],
        repeating: [{ id: FIXTURE.recruitment }],
      });
    });

    it('counts two unrelated origins twice', async () => {
      const { corroboration } = await app.data(CORROBORATION, { claimId: FIXTURE.policeDamage });
      expect(corroboration).toMatchObject({ citedSources: 2, independentOrigins: 2, circularReporting: false, supporting: [{ id: FIXTURE.gruLink }] });
    });

    it('notices that a cited source derives from another cited source (Poland story)', async () => {
      const { corroboration } = await app.data(CORROBORATION, { claimId: FIXTURE.polandExpulsion });
      expect(corroboration).toMatchObject({
        citedSources: 2,
        independentOrigins: 1,
        circularReporting: true,
        origins: [{ source: { id: 'source:fixture/gov-pl-statement' } }],
      });
    });

    it('counts a cycle with no exit as one origin', async () => {
      const { corroboration } = await app.data(CORROBORATION, { claimId: FIXTURE.recruitment });
      expect(corroboration).toMatchObject({ citedSources: 1, independentOrigins: 1, circularReporting: false });
    });

    it("shows each origin's properties as provenance does, cycle members too (sources it leads through are read as ids)", async () => {
      const fields = 'origins { source { id title url kind } inCycle via }';
      for (const claimId of [FIXTURE.gruLink, FIXTURE.policeDamage, FIXTURE.polandExpulsion, FIXTURE.recruitment]) {
        const { corroboration } = await app.data(`query C($claimId: ID!) { corroboration(claimId: $claimId) { ${fields} } }`, { claimId });
        const { provenance } = await app.data(`query P($claimId: ID!) { provenance(claimId: $claimId) { ${fields} } }`, { claimId });
        expect(corroboration.origins.length).toBeGreaterThan(0);
        expect(corroboration.origins.every((o: { source: { title: string } }) => o.source.title.length > 0)).toBe(true);
        expect(corroboration.origins).toEqual(provenance.origins);
      }
    });
  });

  describe('assessment', () => {
    it('explains the score factor by factor', async () => {
      const { assessment } = await app.data(ASSESSMENT, { claimId: FIXTURE.gruLink });
      expect(effects(assessment.factors)).toEqual({
        SOURCE_RELIABILITY: 12.5, // mean of A (+20) and C (+5)
        CITATION_CREDIBILITY: 5, // mean of 2 (+10) and ungraded (0)
        INDEPENDENT_ORIGINS: 0, // one origin
        CIRCULAR_REPORTING: -5,
        DERIVATION_CYCLE: 0,
        CONTRADICTIONS: -10,
        SUPPORTS: 5,
        REPETITIONS: 0,
      });
      expect(assessment).toMatchObject({ claimId: FIXTURE.gruLink, baseline: 50, score: 57.5, level: 'MODERATE' });
      const circular = assessment.factors.find((f: { factor: string }) => f.factor === 'CIRCULAR_REPORTING');
      expect(circular.detail).toContain('source:fixture/telegram-post');
    });

    it('penalises a looping chain and rewards independent origins', async () => {
      const cycle = (await app.data(ASSESSMENT, { claimId: FIXTURE.recruitment })).assessment;
      expect(effects(cycle.factors)).toMatchObject({ DERIVATION_CYCLE: -10, INDEPENDENT_ORIGINS: 0, REPETITIONS: 0 });
      expect(cycle.score).toBe(40);
      const independent = (await app.data(ASSESSMENT, { claimId: FIXTURE.policeDamage })).assessment;
      expect(effects(independent.factors)).toMatchObject({ INDEPENDENT_ORIGINS: 10, SUPPORTS: 5, CIRCULAR_REPORTING: 0 });
      expect(independent.score).toBe(65);
    });

    it('is the same through Claim.assessment and repeatable', async () => {
      const viaQuery = (await app.data(ASSESSMENT, { claimId: FIXTURE.gruLink })).assessment;
      const { claim } = await app.data(`{ claim(id: "${FIXTURE.gruLink}") { assessment { claimId score level baseline factors { factor effect detail } } } }`);
      expect(claim.assessment).toEqual(viaQuery);
    });
  });

  describe('round trips', () => {
    const CLAIMS = `query($storyId: ID!, $first: Int!) {
      claims(filter: {storyId: $storyId}, first: $first) { edges { node {
        id
        assessment { score factors { factor effect } }
        corroboration { independentOrigins publishers { name } supporting { id } }
        relations { stance claim { id } }
        citations { credibility { grade } source { reliability { grade } publisher { name } } }
      } } }
    }`;

    it('stay the same for 1 and 5 claims with nested analysis fields (DataLoaders)', async () => {
      const one = await app.gql(CLAIMS, { storyId: FIXTURE.railStory, first: 1 });
      const five = await app.gql(CLAIMS, { storyId: FIXTURE.railStory, first: 5 });
      expect(one.errors).toBeUndefined();
      expect(five.errors).toBeUndefined();
      expect(five.data.claims.edges).toHaveLength(5);
      expect(five.extensions?.queryStats?.cypherRoundTrips).toBe(one.extensions?.queryStats?.cypherRoundTrips);
    });

    it('stay the same for a one-source provenance and a four-source chain', async () => {
      const sample = await app.data(`{ claims(filter: {storyId: "${FIXTURE.sampleStory}"}, first: 1) { edges { node { id } } } }`);
      const short = await app.gql(PROVENANCE, { claimId: sample.claims.edges[0].node.id });
      const long = await app.gql(PROVENANCE, { claimId: FIXTURE.damageCost });
      expect(short.data.provenance.sources).toHaveLength(1);
      expect(long.data.provenance.sources).toHaveLength(4);
      expect(long.extensions?.queryStats?.cypherRoundTrips).toBe(short.extensions?.queryStats?.cypherRoundTrips);
    });
  });
});
