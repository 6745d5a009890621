import { Field, ID, ObjectType } from 'type-graphql';
import { Tlp } from '../shared/tlp';

/** What setMarking changed: a story, source or claim with its own and its effective marking. */
@ObjectType({ simpleResolvers: true, description: 'A marked node after setMarking: its own marking and the effective one readers are filtered by' })
export class MarkedNode {
  @Field(() => ID, { description: 'Id of the story, source or claim' }) id!: string;
  @Field({ description: 'Story, Source or Claim' }) kind!: string;
  @Field(() => Tlp, { description: 'The marking set on this node' }) marking!: Tlp;
  @Field(() => Tlp, { description: 'The highest of its own and the markings it inherits (story, cited or derived-from sources)' })
  effectiveMarking!: Tlp;
  @Field({ description: 'The identity that set it' }) markingSetBy!: string;
}
