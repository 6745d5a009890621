import { Authorized, Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { Role } from '../../graphql/auth';
import { afterWrite, Context, loadersAt } from '../../graphql/context';
import { instantOf } from '../shared/as-of';
import { Audited } from '../audit/audit.middleware';
import { Claim } from '../claim/claim.type';
import { Citation, Source } from '../source/source.type';
import { CREDIBILITY_MEANINGS, RELIABILITY_MEANINGS } from './grading.enums';
import { GradeCitationInput, GradeSourceInput } from './grading.input';
import { gradingService } from './grading.service';
import { CitationGrade, SourceGrade } from './grading.type';

@Resolver(() => SourceGrade)
export class SourceGradeResolver {
  @Authorized(Role.analyst)
  @Audited()
  @Mutation(() => SourceGrade, { description: 'Grades a source A-F; earlier grades stay as history. NOT_FOUND for an unknown source' })
  gradeSource(@Arg('input', () => GradeSourceInput, { description: 'The source and its grade' }) input: GradeSourceInput, @Ctx() ctx: Context) {
    return afterWrite(ctx, gradingService.gradeSource(ctx, input));
  }

  @FieldResolver(() => String, { description: 'What the grade means, e.g. "Usually reliable"' })
  meaning(@Parent() grade: SourceGrade) {
    return RELIABILITY_MEANINGS[grade.grade];
  }

  @FieldResolver(() => Source, { description: 'The graded source' })
  source(@Parent() grade: SourceGrade, @Ctx() ctx: Context) {
    return ctx.loaders.sourceById.load(grade.sourceId);
  }
}

@Resolver(() => CitationGrade)
export class CitationGradeResolver {
  @Authorized(Role.analyst)
  @Audited()
  @Mutation(() => CitationGrade, {
    description: 'Grades a citation 1-6; earlier grades stay as history. NOT_FOUND when the claim, the source or the citation does not exist',
  })
  gradeCitation(@Arg('input', () => GradeCitationInput, { description: 'The citation and its grade' }) input: GradeCitationInput, @Ctx() ctx: Context) {
    return afterWrite(ctx, gradingService.gradeCitation(ctx, input));
  }

  @FieldResolver(() => String, { description: 'What the grade means, e.g. "Probably true"' })
  meaning(@Parent() grade: CitationGrade) {
    return CREDIBILITY_MEANINGS[grade.grade];
  }

  @FieldResolver(() => Claim, { description: 'The claim of the graded citation' })
  claim(@Parent() grade: CitationGrade, @Ctx() ctx: Context) {
    return ctx.loaders.claimById.load(grade.claimId);
  }

  @FieldResolver(() => Citation, { description: 'The graded citation; select it in gradeCitation and a client cache updates the citation it holds' })
  async citation(@Parent() grade: CitationGrade, @Ctx() ctx: Context): Promise<Citation> {
    const citations = await ctx.loaders.citationsOfClaim.load(grade.claimId);
    return citations.find((c) => c.sourceId === grade.sourceId) ?? { claimId: grade.claimId, sourceId: grade.sourceId, quote: null };
  }

  @FieldResolver(() => Source, { description: 'The source of the graded citation' })
  source(@Parent() grade: CitationGrade, @Ctx() ctx: Context) {
    return ctx.loaders.sourceById.load(grade.sourceId);
  }
}

/** Grade fields on Source. */
@Resolver(() => Source)
export class SourceReliabilityResolver {
  @FieldResolver(() => SourceGrade, { nullable: true, description: 'The current (newest) reliability grade; null when never graded' })
  async reliability(@Parent() source: Source, @Ctx() ctx: Context) {
    return (await loadersAt(ctx, instantOf(source)).gradesOfSource.load(source.id))[0] ?? null;
  }

  @FieldResolver(() => [SourceGrade], { description: 'Every reliability grade, newest first' })
  reliabilityHistory(@Parent() source: Source, @Ctx() ctx: Context) {
    return loadersAt(ctx, instantOf(source)).gradesOfSource.load(source.id);
  }
}

/** Grade fields on Citation. */
@Resolver(() => Citation)
export class CitationCredibilityResolver {
  @FieldResolver(() => CitationGrade, { nullable: true, description: 'The current (newest) credibility grade; null when never graded' })
  async credibility(@Parent() citation: Citation, @Ctx() ctx: Context) {
    return (await loadersAt(ctx, instantOf(citation)).gradesOfCitation.load(citation))[0] ?? null;
  }

  @FieldResolver(() => [CitationGrade], { description: 'Every credibility grade, newest first' })
  credibilityHistory(@Parent() citation: Citation, @Ctx() ctx: Context) {
    return loadersAt(ctx, instantOf(citation)).gradesOfCitation.load(citation);
  }
}
