import { Reliability } from '../../../src/modules/grading/grading.enums';
import { assess, AssessmentInput, BASELINE } from '../../../src/modules/provenance/provenance.assessment';

const chain = (over: Partial<AssessmentInput['chain']> = {}): AssessmentInput['chain'] => ({
  independentOrigins: 1,
  circularReporting: false,
  cyclic: false,
  origins: [{ sourceId: 'o', inCycle: false, via: ['s'], group: 'o' }],
  ...over,
});

const input = (over: Partial<AssessmentInput> = {}): AssessmentInput => ({
  claimId: 'claim:x',
  citedSources: [{ sourceId: 's', reliability: null }],
  citations: [{ sourceId: 's', credibility: null }],
  chain: chain(),
  supports: 0,
  contradictions: 0,
  repetitions: 0,
  ...over,
});

const effects = (a: ReturnType<typeof assess>) => Object.fromEntries(a.factors.map((f) => [f.factor, f.effect]));

describe('assess', () => {
  it('scores an ungraded single-origin claim with no links at the baseline, listing every factor', () => {
    const a = assess(input());
    expect(a).toMatchObject({ score: BASELINE, level: 'MODERATE', baseline: 50 });
    expect(a.factors.map((f) => f.factor)).toEqual([
      'SOURCE_RELIABILITY',
      'CITATION_CREDIBILITY',
      'INDEPENDENT_ORIGINS',
      'CIRCULAR_REPORTING',
      'DERIVATION_CYCLE',
      'CONTRADICTIONS',
      'SUPPORTS',
      'REPETITIONS',
    ]);
    expect(a.factors.every((f) => f.effect === 0 && f.detail.length > 0)).toBe(true);
  });

  it('averages grades over the cited sources and citations, ungraded counting 0', () => {
    const a = assess(
      input({
        citedSources: [
          { sourceId: 's', reliability: Reliability.A },
          { sourceId: 't', reliability: Reliability.E },
        ],
        citations: [
          { sourceId: 's', credibility: 1 },
          { sourceId: 't', credibility: null },
        ],
      }),
    );
    expect(effects(a)).toMatchObject({ SOURCE_RELIABILITY: 2.5, CITATION_CREDIBILITY: 10 });
    expect(a.factors[0].detail).toBe('mean over 2 cited sources: s: A (20), t: E (-15)');
    expect(a.score).toBe(62.5);
  });

  it('rewards independent origins up to +20 and penalises no sources, echoes, loops and contradictions', () => {
    expect(effects(assess(input({ chain: chain({ independentOrigins: 4 }) }))).INDEPENDENT_ORIGINS).toBe(20);
    expect(effects(assess(input({ citedSources: [], citations: [], chain: chain({ independentOrigins: 0, origins: [] }) }))).INDEPENDENT_ORIGINS).toBe(-20);
    const bad = assess(input({ chain: chain({ circularReporting: true, cyclic: true }), contradictions: 5, supports: 1, repetitions: 3 }));
    expect(effects(bad)).toMatchObject({ CIRCULAR_REPORTING: -5, DERIVATION_CYCLE: -10, CONTRADICTIONS: -30, SUPPORTS: 5, REPETITIONS: 0 });
    expect(bad).toMatchObject({ score: 10, level: 'LOW' });
  });

  it('caps supports at +15 and clamps the score to 0..100', () => {
    const best = assess(
      input({
        citedSources: [{ sourceId: 's', reliability: Reliability.A }],
        citations: [{ sourceId: 's', credibility: 1 }],
        chain: chain({ independentOrigins: 3 }),
        supports: 10,
      }),
    );
    expect(effects(best).SUPPORTS).toBe(15);
    expect(best).toMatchObject({ score: 100, level: 'HIGH' });
    const worst = assess(
      input({
        citedSources: [{ sourceId: 's', reliability: Reliability.E }],
        citations: [{ sourceId: 's', credibility: 5 }],
        chain: chain({ circularReporting: true, cyclic: true }),
        contradictions: 9,
      }),
    );
    expect(worst.score).toBe(0);
  });

  it('is deterministic', () => {
    const i = input({ supports: 2, contradictions: 1, chain: chain({ circularReporting: true }) });
    expect(assess(i)).toEqual(assess(i));
  });
});
