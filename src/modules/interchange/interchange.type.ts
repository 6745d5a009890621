import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IngestCounts } from '../story/ingest-result.type';

@ObjectType({ simpleResolvers: true, description: 'Objects of one STIX type the import had no place for' })
export class SkippedObjects {
  @Field({ description: 'STIX object type, e.g. "indicator"' }) type!: string;
  @Field(() => Int, { description: 'How many of them' }) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What importing a STIX bundle wrote' })
export class ImportStixResult {
  @Field(() => ID, { description: "The bundle's id" }) bundleId!: string;
  @Field(() => [ID], { description: 'The stories of the bundle, created or found already there' }) storyIds!: string[];
  @Field(() => IngestCounts, { description: 'Nodes the import created' }) created!: IngestCounts;
  @Field(() => IngestCounts, { description: 'Nodes that were there already' }) reused!: IngestCounts;
  @Field(() => Int, { description: 'Grades in the bundle (each written once: a second import adds none)' }) grades!: number;
  @Field(() => Int, { description: 'Claim links in the bundle (SUPPORTS, CONTRADICTS, REPEATS)' }) links!: number;
  @Field(() => [SkippedObjects], { description: 'STIX objects the import does not read, by type' }) skipped!: SkippedObjects[];
}

@ObjectType({ simpleResolvers: true, description: 'One file of a bulk export' })
export class ExportFile {
  @Field({ description: 'Path inside the export directory, e.g. nodes/Claim.jsonl' }) path!: string;
  @Field({ description: 'The file content' }) content!: string;
}
