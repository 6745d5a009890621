import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Claim } from '../claim/claim.type';
import { Entity, EntityRecord, Organization } from '../entity/entity.type';
import { Citation, Source } from '../source/source.type';
import { Story } from '../story/story.type';
import { Node } from '../node/node.type';

const WITHHELD =
  'Evidence above your clearance (linked claims, sources of the chain), left out of every other field and not counted in origins; 0 when you see it all';

@ObjectType({ simpleResolvers: true, description: 'One source of a provenance chain: cited by the claim (depth 0) or reached through DERIVED_FROM' })
export class ChainSource {
  @Field(() => Source, { description: 'The source' }) source!: Source;
  @Field(() => Int, { description: 'DERIVED_FROM hops from the nearest cited source; 0 for cited sources' }) depth!: number;
  @Field({ description: 'The claim cites it directly' }) cited!: boolean;
  @Field({ description: 'It derives from nothing further (or closes a cycle with no exit)' }) origin!: boolean;
  @Field({ description: 'It lies on a DERIVED_FROM cycle' }) inCycle!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A DERIVED_FROM edge of the chain: `from` derives from `to`' })
export class Derivation {
  @Field(() => ID, { description: 'Id of the source that derives' }) from!: string;
  @Field(() => ID, { description: 'Id of the source it derives from' }) to!: string;
  @Field(() => Int, { description: 'The hop at which the chain reaches this edge: 1 for edges leaving a cited source' }) depth!: number;
  @Field({ description: 'Both ends lie on the same cycle' }) inCycle!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'Where reporting starts: a source that derives from nothing, or a member of a cycle with no exit' })
export class Origin {
  @Field(() => Source, { description: 'The origin source' }) source!: Source;
  @Field({ description: 'Member of a DERIVED_FROM cycle with no exit: the true origin cannot be established' }) inCycle!: boolean;
  @Field(() => [ID], { description: 'The cited sources that lead here' }) via!: string[];
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'The whole chain behind a claim, as data' })
export class Provenance {
  /** "provenance:<claimId>" */
  @Field(() => ID, { description: 'provenance:<claimId>' }) id!: string;
  @Field(() => Claim, { description: 'The claim' }) claim!: Claim;
  @Field(() => Story, { nullable: true, description: 'The story that makes the claim' }) story!: Story | null;
  @Field(() => [Citation], { description: 'Each citation with its quote; credibility through Citation.credibility' }) citations!: Citation[];
  @Field(() => [ChainSource], { description: 'Every source in the chain, nearest first; publisher and reliability on Source' }) sources!: ChainSource[];
  @Field(() => [Derivation], { description: 'Every DERIVED_FROM edge of the chain' }) derivations!: Derivation[];
  @Field(() => [Entity], { description: 'Who the claim is attributed to (ATTRIBUTED_TO)' }) speakers!: EntityRecord[];
  @Field(() => [Origin], { description: 'Where the chain starts' }) origins!: Origin[];
  @Field({ description: 'The chain contains a DERIVED_FROM cycle' }) cyclic!: boolean;
  @Field(() => Int, { description: 'Longest distance from a cited source to any source of the chain' }) maxDepth!: number;
  @Field(() => Int, {
    description:
      'Sources of the chain above your clearance, left out (0 unless markings were changed outside setMarking: a claim is marked at least as high as its chain)',
  })
  withheld!: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'How independently a claim is sourced, and which claims agree or disagree with it' })
export class Corroboration {
  /** "corroboration:<claimId>" */
  @Field(() => ID, { description: 'corroboration:<claimId>' }) id!: string;
  @Field(() => Claim, { description: 'The claim' }) claim!: Claim;
  @Field(() => Int, { description: 'Sources the claim cites directly' }) citedSources!: number;
  @Field(() => Int, { description: 'Distinct origins behind the cited sources: sources derived from the same origin count once' })
  independentOrigins!: number;
  @Field(() => [Origin], { description: 'The independent origins behind the cited sources' }) origins!: Origin[];
  @Field({ description: 'Two or more cited sources lead back to the same origin: apparent corroboration is an echo' })
  circularReporting!: boolean;
  @Field(() => [Organization], { description: 'Publishers of the cited sources' }) publishers!: EntityRecord[];
  @Field(() => [Claim], { description: 'Claims linked by SUPPORTS, either direction' }) supporting!: Claim[];
  @Field(() => [Claim], { description: 'Claims linked by CONTRADICTS, either direction' }) contradicting!: Claim[];
  @Field(() => [Claim], { description: 'Claims linked by REPEATS, either direction' }) repeating!: Claim[];
  @Field(() => Int, { description: WITHHELD }) withheld!: number;
}

export enum AssessmentFactorKind {
  SOURCE_RELIABILITY = 'SOURCE_RELIABILITY',
  CITATION_CREDIBILITY = 'CITATION_CREDIBILITY',
  INDEPENDENT_ORIGINS = 'INDEPENDENT_ORIGINS',
  CIRCULAR_REPORTING = 'CIRCULAR_REPORTING',
  DERIVATION_CYCLE = 'DERIVATION_CYCLE',
  CONTRADICTIONS = 'CONTRADICTIONS',
  SUPPORTS = 'SUPPORTS',
  REPETITIONS = 'REPETITIONS',
}

export enum AssessmentLevel {
  HIGH = 'HIGH',
  MODERATE = 'MODERATE',
  LOW = 'LOW',
}

registerEnumType(AssessmentFactorKind, {
  name: 'AssessmentFactorKind',
  description: 'One reason a credibility score moves',
  valuesConfig: {
    SOURCE_RELIABILITY: { description: 'Reliability grades (A-F) of the cited sources' },
    CITATION_CREDIBILITY: { description: 'Credibility grades (1-6) of the citations' },
    INDEPENDENT_ORIGINS: { description: 'How many independent origins the cited sources lead back to' },
    CIRCULAR_REPORTING: { description: 'Cited sources echo one origin' },
    DERIVATION_CYCLE: { description: 'The chain of sources loops' },
    CONTRADICTIONS: { description: 'Claims that contradict it' },
    SUPPORTS: { description: 'Claims that support it' },
    REPETITIONS: { description: 'Claims that repeat it (no independent support)' },
  },
});
registerEnumType(AssessmentLevel, {
  name: 'AssessmentLevel',
  description: 'The score in three bands',
  valuesConfig: { HIGH: { description: 'score >= 70' }, MODERATE: { description: '40 <= score < 70' }, LOW: { description: 'score < 40' } },
});

@ObjectType({ simpleResolvers: true, description: 'One reason the assessment moved: effect is added to the baseline' })
export class AssessmentFactor {
  @Field(() => AssessmentFactorKind, { description: 'Which factor' }) factor!: AssessmentFactorKind;
  @Field(() => Float, { description: 'Points added to (or, when negative, taken from) the score' }) effect!: number;
  @Field({ description: 'What was found, e.g. "2 of 3 cited sources graded; mean effect +5"' }) detail!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Explained credibility of a claim: score = clamp(baseline + sum of factor effects, 0, 100); every factor is listed, even at 0',
})
export class Assessment {
  /** "assessment:<claimId>" */
  @Field(() => ID, { description: 'assessment:<claimId>' }) id!: string;
  @Field(() => ID, { description: 'The assessed claim' }) claimId!: string;
  @Field(() => Float, { description: '0 (no credibility) to 100, one decimal' }) score!: number;
  @Field(() => AssessmentLevel, { description: 'The score in three bands' }) level!: AssessmentLevel;
  @Field(() => Float, { description: 'Score of an ungraded, single-origin claim with no links' }) baseline!: number;
  @Field(() => [AssessmentFactor], { description: 'Every factor, with its effect (0 when it does not apply)' }) factors!: AssessmentFactor[];
}
