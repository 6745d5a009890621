import { Reliability } from '../grading/grading.enums';
import { ChainAnalysis } from './provenance.chain';
import { viewIds } from '../shared/ids';
import { Assessment, AssessmentFactor, AssessmentFactorKind as F, AssessmentLevel } from './provenance.type';

/**
 * The credibility assessment of a claim, deterministic and explained (0-100):
 *
 *   score = clamp(BASELINE + sum(effects), 0, 100), rounded to one decimal; every factor is listed.
 *
 *   SOURCE_RELIABILITY    mean over the cited sources of their current grade's points
 *                         (A +20, B +10, C +5, D -5, E -15, F 0; ungraded counts as F: 0)
 *   CITATION_CREDIBILITY  mean over the citations of their current grade's points
 *                         (1 +20, 2 +10, 3 +5, 4 -5, 5 -15, 6 0; ungraded counts as 6: 0)
 *   INDEPENDENT_ORIGINS   0 origins (nothing cited) -20; 1 origin 0; each further independent origin +10, at most +20
 *   CIRCULAR_REPORTING    -5 when two or more cited sources lead back to the same origin (an echo, not corroboration)
 *   DERIVATION_CYCLE      -10 when the DERIVED_FROM chain loops: its true origin cannot be established
 *   CONTRADICTIONS        -10 per claim linked by CONTRADICTS (either direction), at most -30
 *   SUPPORTS              +5 per claim linked by SUPPORTS (either direction), at most +15
 *   REPETITIONS           0: claims that only REPEAT this one are listed but add no support
 *
 * Levels: HIGH >= 70, MODERATE >= 40, LOW below. An ungraded single-origin claim with no links scores the baseline.
 */
export const BASELINE = 50;
export const RELIABILITY_POINTS: Readonly<Record<Reliability, number>> = { A: 20, B: 10, C: 5, D: -5, E: -15, F: 0 };
export const CREDIBILITY_POINTS: Readonly<Record<number, number>> = { 1: 20, 2: 10, 3: 5, 4: -5, 5: -15, 6: 0 };
const ORIGIN_NONE = -20;
const ORIGIN_EACH_FURTHER = 10;
const ORIGIN_MAX = 20;
const CIRCULAR = -5;
const CYCLE = -10;
const CONTRADICTION_EACH = -10;
const CONTRADICTION_MAX = -30;
const SUPPORT_EACH = 5;
const SUPPORT_MAX = 15;

export interface AssessmentInput {
  claimId: string;
  /** Current reliability grade of each cited source (null when ungraded). */
  citedSources: { sourceId: string; reliability: Reliability | null }[];
  /** Current credibility grade of each citation (null when ungraded). */
  citations: { sourceId: string; credibility: number | null }[];
  chain: Pick<ChainAnalysis, 'independentOrigins' | 'circularReporting' | 'cyclic' | 'origins'>;
  supports: number;
  contradictions: number;
  repetitions: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10 + 0;
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function gradeFactor<T>(factor: F, items: { id: string; grade: T | null }[], points: (g: T) => number, what: string): AssessmentFactor {
  if (!items.length) return { factor, effect: 0, detail: `no ${what}s` };
  const parts = items.map((i) => `${i.id}: ${i.grade ?? 'ungraded'} (${i.grade === null ? 0 : points(i.grade)})`);
  return {
    factor,
    effect: round1(mean(items.map((i) => (i.grade === null ? 0 : points(i.grade))))),
    detail: `mean over ${plural(items.length, what)}: ${parts.join(', ')}`,
  };
}

export function assess(input: AssessmentInput): Assessment {
  const { chain } = input;
  const n = chain.independentOrigins;
  const groups = new Set(chain.origins.map((o) => o.group));
  const shared = chain.origins.filter((o) => o.via.length > 1).map((o) => o.sourceId);
  const cycleMembers = chain.origins.filter((o) => o.inCycle).map((o) => o.sourceId);

  const factors: AssessmentFactor[] = [
    gradeFactor(
      F.SOURCE_RELIABILITY,
      input.citedSources.map((s) => ({ id: s.sourceId, grade: s.reliability })),
      (g) => RELIABILITY_POINTS[g],
      'cited source',
    ),
    gradeFactor(
      F.CITATION_CREDIBILITY,
      input.citations.map((c) => ({ id: c.sourceId, grade: c.credibility })),
      (g) => CREDIBILITY_POINTS[g],
      'citation',
    ),
    {
      factor: F.INDEPENDENT_ORIGINS,
      effect: n === 0 ? ORIGIN_NONE : Math.min((n - 1) * ORIGIN_EACH_FURTHER, ORIGIN_MAX),
      detail: n === 0 ? 'nothing cited: no origin' : `${plural(n, 'independent origin')} (${[...groups].sort().join(', ')})`,
    },
    {
      factor: F.CIRCULAR_REPORTING,
      effect: chain.circularReporting ? CIRCULAR : 0,
      detail: chain.circularReporting ? `several cited sources lead back to the same origin: ${shared.join(', ')}` : 'no two cited sources share an origin',
    },
    {
      factor: F.DERIVATION_CYCLE,
      effect: chain.cyclic ? CYCLE : 0,
      detail: chain.cyclic ? `the DERIVED_FROM chain loops${cycleMembers.length ? ` with no exit (${cycleMembers.join(', ')})` : ''}` : 'no cycle in the chain',
    },
    {
      factor: F.CONTRADICTIONS,
      effect: Math.max(input.contradictions * CONTRADICTION_EACH, CONTRADICTION_MAX) + 0,
      detail: `${plural(input.contradictions, 'contradicting claim')} (${CONTRADICTION_EACH} each, at most ${CONTRADICTION_MAX})`,
    },
    {
      factor: F.SUPPORTS,
      effect: Math.min(input.supports * SUPPORT_EACH, SUPPORT_MAX),
      detail: `${plural(input.supports, 'supporting claim')} (+${SUPPORT_EACH} each, at most +${SUPPORT_MAX})`,
    },
    { factor: F.REPETITIONS, effect: 0, detail: `${plural(input.repetitions, 'repeating claim')}: repetition is not corroboration` },
  ];
  const score = round1(Math.min(100, Math.max(0, BASELINE + factors.reduce((sum, f) => sum + f.effect, 0))));
  const level = score >= 70 ? AssessmentLevel.HIGH : score >= 40 ? AssessmentLevel.MODERATE : AssessmentLevel.LOW;
  return { id: viewIds.assessment(input.claimId), claimId: input.claimId, score, level, baseline: BASELINE, factors };
}
