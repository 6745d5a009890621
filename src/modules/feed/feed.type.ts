import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CREDIBILITY_SCALE } from '../grading/grading.enums';
import { ClaimStance } from '../provenance/claim-relation.type';
import { Tlp } from '../shared/tlp';
import { IngestCounts } from '../story/ingest-result.type';

@ObjectType({ simpleResolvers: true, description: 'A story was ingested and something of it was new (a replayed ingest that creates nothing sends no event)' })
export class StoryIngestedEvent {
  @Field(() => ID, { description: 'Id of the story' }) storyId!: string;
  @Field({ description: 'Its title' }) title!: string;
  @Field({ description: 'YYYY-MM-DD' }) publishedAt!: string;
  @Field(() => String, { nullable: true, description: 'Its URL, when known' }) url!: string | null;
  @Field(() => [String], { description: 'ISO codes of the countries the story involves (mentioned, claims about them, ties)' }) countries!: string[];
  @Field(() => [String], { description: 'Topic names' }) topics!: string[];
  @Field(() => [ID], { description: "The story's claims, in story order" }) claimIds!: string[];
  @Field(() => IngestCounts, { description: 'What this ingest created' }) created!: IngestCounts;
  @Field(() => Tlp, { description: 'The effective marking of the story' }) marking!: Tlp;
}

@ObjectType({ simpleResolvers: true, description: 'A citation (a claim citing a source) got a credibility grade' })
export class ClaimGradedEvent {
  @Field(() => ID, { description: 'Id of the new grade' }) gradeId!: string;
  @Field(() => ID, { description: 'The claim of the graded citation' }) claimId!: string;
  @Field(() => ID, { description: 'The source of the graded citation' }) sourceId!: string;
  @Field(() => Int, { description: `Credibility 1 to 6: ${CREDIBILITY_SCALE}` }) grade!: number;
  @Field({ description: 'Who gave the grade' }) gradedBy!: string;
  @Field({ description: 'Server time the grade was recorded (ISO 8601 UTC)' }) gradedAt!: string;
  @Field(() => String, { nullable: true, description: "Why, in the grader's words" }) note!: string | null;
  @Field(() => Tlp, { description: 'The effective marking of the claim' }) marking!: Tlp;
}

@ObjectType({ simpleResolvers: true, description: 'Two claims were linked (or a link was made again with a new reason)' })
export class ClaimsLinkedEvent {
  @Field(() => ID, { description: 'The claim that supports, contradicts or repeats' }) fromClaimId!: string;
  @Field(() => ID, { description: 'The claim it bears on' }) toClaimId!: string;
  @Field(() => ClaimStance, { description: 'How the first bears on the second' }) stance!: ClaimStance;
  @Field({ description: 'Why, in the words of who linked them' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'The identity that linked them' }) linkedBy!: string | null;
  @Field({ description: 'When the link was first made (ISO 8601 UTC)' }) linkedAt!: string;
  @Field(() => Tlp, { description: 'The higher effective marking of the two claims' }) marking!: Tlp;
}
