import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../errors/app-error';
import { Context } from '../../graphql/context';
import { GradeCitationInput, GradeSourceInput } from './grading.input';
import { GradingRepository } from './grading.repository';
import { CitationGrade, SourceGrade } from './grading.type';

const newGradeId = () => `grade:${randomUUID()}`;

export const gradingService = {
  /** Adds a reliability grade by the acting identity; earlier grades stay as history. */
  async gradeSource(ctx: Context, input: GradeSourceInput): Promise<SourceGrade> {
    const grade = await new GradingRepository(ctx.executor).gradeSource(input.sourceId, {
      id: newGradeId(),
      value: input.reliability,
      gradedBy: ctx.identity.id,
      note: input.note ?? null,
    });
    if (!grade) throw notFound('Source', input.sourceId);
    return grade;
  },

  /** Adds a credibility grade to an existing citation; NOT_FOUND names what is missing. */
  async gradeCitation(ctx: Context, input: GradeCitationInput): Promise<CitationGrade> {
    const repo = new GradingRepository(ctx.executor);
    const grade = await repo.gradeCitation(input.claimId, input.sourceId, {
      id: newGradeId(),
      value: input.credibility,
      gradedBy: ctx.identity.id,
      note: input.note ?? null,
    });
    if (grade) {
      const { markingRank, ...citationGrade } = grade;
      ctx.feed.publish('claimGraded', {
        gradeId: grade.id,
        claimId: grade.claimId,
        sourceId: grade.sourceId,
        grade: grade.grade,
        gradedBy: grade.gradedBy,
        gradedAt: grade.gradedAt,
        note: grade.note,
        markingRank,
      });
      return citationGrade;
    }
    const ends = await repo.citationEnds(input.claimId, input.sourceId);
    if (!ends.claim) throw notFound('Claim', input.claimId);
    if (!ends.source) throw notFound('Source', input.sourceId);
    throw new AppError('NOT_FOUND', `Claim "${input.claimId}" does not cite source "${input.sourceId}"`);
  },
};
