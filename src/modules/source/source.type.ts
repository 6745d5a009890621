import { Field, ID, ObjectType } from 'type-graphql';
import { SourceKind } from '../shared/enums';
import { Connection } from '../shared/connection';
import { Node } from '../node/node.type';
import { MARKING_DESCRIPTION, Tlp } from '../shared/tlp';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A document that claims cite: an article, a government record, an analysis' })
export class Source {
  @Field(() => ID, { description: 'Stable id, source:<publisher slug>/<title slug> unless the input chose one' }) id!: string;
  @Field({ description: 'Title of the document' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Where the document is, when known' }) url!: string | null;
  @Field(() => SourceKind, { description: 'What sort of document it is' }) kind!: SourceKind;
  @Field(() => Tlp, { description: MARKING_DESCRIPTION }) marking!: Tlp;
}

@ObjectType({ simpleResolvers: true, description: 'A page of sources' })
export class SourceConnection extends Connection(Source) {}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A claim citing a source (the CITES relationship)' })
export class Citation {
  @Field(() => String, { nullable: true, description: 'The words of the source the claim relies on, when given' }) quote!: string | null;
  /** The cited source's id; the source itself resolves through a loader. */
  sourceId!: string;
  claimId!: string;
}
