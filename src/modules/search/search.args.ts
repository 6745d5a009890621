import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, registerEnumType } from 'type-graphql';

export enum SearchType {
  STORY = 'STORY',
  CLAIM = 'CLAIM',
  SOURCE = 'SOURCE',
  ENTITY = 'ENTITY',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'What a search looks at',
  valuesConfig: {
    STORY: { description: 'Story titles and summaries' },
    CLAIM: { description: 'Claim texts' },
    SOURCE: { description: 'Source titles' },
    ENTITY: { description: 'Entity names and aliases' },
  },
});

export const MAX_SEARCH_HITS = 100;

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Plain text; case, accents and special characters do not matter' })
  @IsString()
  @Matches(/\S/, { message: '$property must not be blank' })
  @MaxLength(200)
  query!: string;

  @Field(() => [SearchType], { nullable: true, description: 'Default: every type' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[];

  @Field(() => Int, { description: `1 to ${MAX_SEARCH_HITS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_HITS)
  first: number = 20;
}
