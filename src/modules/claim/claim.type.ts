import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ClaimKind } from '../shared/enums';
import { Connection } from '../shared/connection';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'One statement a story makes, with the sources it cites and the entities it concerns' })
export class Claim {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => ClaimKind) kind!: ClaimKind;
  @Field(() => String, { nullable: true, description: 'When the claim holds: YYYY, YYYY-MM or YYYY-MM-DD' }) asOf!: string | null;
  @Field(() => Int, { description: 'Order within its story' }) position!: number;
}

@ObjectType()
export class ClaimConnection extends Connection(Claim) {}
