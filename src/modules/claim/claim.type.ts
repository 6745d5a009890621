import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ClaimKind } from '../shared/enums';
import { Connection } from '../shared/connection';
import { Node } from '../node/node.type';
import { MARKING_DESCRIPTION, Tlp } from '../shared/tlp';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'One statement a story makes, with the sources it cites and the entities it concerns' })
export class Claim {
  @Field(() => ID, { description: 'Stable id: a hash of the story id and the claim text unless the input chose one' }) id!: string;
  @Field({ description: 'The statement, as the story makes it' }) text!: string;
  @Field(() => ClaimKind, { description: 'Key fact, data point or other statement' }) kind!: ClaimKind;
  @Field(() => String, { nullable: true, description: 'When the claim holds: YYYY, YYYY-MM or YYYY-MM-DD' }) asOf!: string | null;
  @Field(() => Int, { description: 'Order within its story' }) position!: number;
  @Field(() => Tlp, { description: MARKING_DESCRIPTION }) marking!: Tlp;
}

@ObjectType({ simpleResolvers: true, description: 'A page of claims' })
export class ClaimConnection extends Connection(Claim) {}
