import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { CREDIBILITY_SCALE, Reliability } from './grading.enums';
import { Node } from '../node/node.type';

/** Who graded, when (server time) and why: shared by both kinds of grade. */
@ObjectType({ simpleResolvers: true, description: 'Who graded, when and why' })
abstract class GradeBase {
  @Field(() => ID, { description: 'grade:<uuid>; grades are never changed, only added' }) id!: string;
  @Field({ description: 'Who gave the grade' }) gradedBy!: string;
  @Field(() => DateTimeScalar, { description: 'Server time the grade was recorded (UTC)' }) gradedAt!: string;
  @Field(() => String, { nullable: true, description: "Why, in the grader's words" }) note!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A reliability grade given to a source; a source's grades are kept as history, the newest is current",
})
export class SourceGrade extends GradeBase {
  @Field(() => Reliability, { description: 'A (completely reliable) to F (cannot be judged)' }) grade!: Reliability;
  sourceId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A credibility grade given to one citation (a claim citing a source); history kept, newest is current',
})
export class CitationGrade extends GradeBase {
  @Field(() => Int, { description: `Credibility 1 to 6: ${CREDIBILITY_SCALE}` }) grade!: number;
  claimId!: string;
  sourceId!: string;
}
