import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../shared/validators';
import { CREDIBILITY_SCALE, Reliability } from './grading.enums';
import { CitationGrade, SourceGrade } from './grading.type';

const NOT_BLANK = /\S/;

/** Who grades and why: shared by both grading inputs. */
@InputType()
abstract class GradeInputBase {
  @Field({ description: 'Who gives the grade (analyst name or id)' })
  @IsString() @Matches(NOT_BLANK, { message: '$property must not be blank' }) @MaxLength(LIMITS.name)
  gradedBy!: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.text)
  note?: string;
}

@InputType()
export class GradeSourceInput extends GradeInputBase implements Partial<SourceGrade> {
  @Field(() => ID) @IsString() @IsNotEmpty()
  sourceId!: string;

  @Field(() => Reliability) @IsEnum(Reliability)
  reliability!: Reliability;
}

@InputType()
export class GradeCitationInput extends GradeInputBase implements Partial<CitationGrade> {
  @Field(() => ID) @IsString() @IsNotEmpty()
  claimId!: string;

  @Field(() => ID, { description: 'The cited source: the claim must cite it' }) @IsString() @IsNotEmpty()
  sourceId!: string;

  @Field(() => Int, { description: `1 to 6: ${CREDIBILITY_SCALE}` }) @IsInt() @Min(1) @Max(6)
  credibility!: number;
}
