import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsCleanText, IsNotBlank, LIMITS } from '../shared/validators';
import { CREDIBILITY_SCALE, Reliability } from './grading.enums';
import { CitationGrade, SourceGrade } from './grading.type';

/** Why: shared by both grading inputs. Who grades is the acting identity, never the input. */
@InputType()
abstract class GradeInputBase {
  @Field({
    nullable: true,
    description: 'Ignored: the grader is the identity of the request (its API key or token)',
    deprecationReason: 'Ignored: gradedBy is the identity of the request (its API key or token)',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  gradedBy?: string;

  @Field({ nullable: true, description: "Why, in the grader's words" })
  @IsOptional()
  @IsString()
  @IsCleanText({ multiline: true })
  @MaxLength(LIMITS.text)
  note?: string;
}

@InputType({ description: 'A reliability grade for a source' })
export class GradeSourceInput extends GradeInputBase implements Partial<SourceGrade> {
  @Field(() => ID, { description: 'The source to grade' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  sourceId!: string;

  @Field(() => Reliability, { description: 'A (completely reliable) to F (cannot be judged)' })
  @IsEnum(Reliability)
  reliability!: Reliability;
}

@InputType({ description: 'A credibility grade for one citation (a claim citing a source)' })
export class GradeCitationInput extends GradeInputBase implements Partial<CitationGrade> {
  @Field(() => ID, { description: 'The claim of the citation' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  claimId!: string;

  @Field(() => ID, { description: 'The cited source: the claim must cite it' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  sourceId!: string;

  @Field(() => Int, { description: `1 to 6: ${CREDIBILITY_SCALE}` })
  @IsInt()
  @Min(1)
  @Max(6)
  credibility!: number;
}
