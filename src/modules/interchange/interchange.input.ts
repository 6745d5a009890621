import { ArrayMaxSize, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ClaimFilter } from '../claim/claim.filter';
import { ExportScope } from './interchange.graph';
import { OptionalInputField } from '../shared/input-fields';

@InputType({ description: 'Which whole stories an export holds: those given by id plus those with a claim the filter matches; neither given: every story' })
export class ExportScopeInput implements ExportScope {
  @Field(() => [ID], { nullable: true, description: 'Story ids' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  storyIds?: string[];

  @OptionalInputField(() => ClaimFilter, 'Stories with at least one claim this filter matches (as in the claims query)')
  filter?: ClaimFilter;
}

export enum BulkExportFormat {
  JSONL = 'jsonl',
  CSV = 'csv',
}

registerEnumType(BulkExportFormat, {
  name: 'BulkExportFormat',
  description: 'JSON Lines (typed) or CSV (lists as JSON)',
  valuesConfig: { JSONL: { description: 'One JSON object per line' }, CSV: { description: 'Comma-separated values, lists as JSON' } },
});
