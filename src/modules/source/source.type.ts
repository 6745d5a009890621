import { Field, ID, ObjectType } from 'type-graphql';
import { SourceKind } from '../shared/enums';
import { Connection } from '../shared/connection';
import { Node } from '../node/node.type';

@ObjectType({ implements: Node, description: 'A document that claims cite: an article, a government record, an analysis' })
export class Source {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => SourceKind) kind!: SourceKind;
}

@ObjectType()
export class SourceConnection extends Connection(Source) {}

@ObjectType({ implements: Node, description: 'A claim citing a source (the CITES relationship)' })
export class Citation {
  @Field(() => String, { nullable: true }) quote!: string | null;
  /** The cited source's id; the source itself resolves through a loader. */
  sourceId!: string;
  claimId!: string;
}
