import { createUnionType, Field, Float, ID, ObjectType } from 'type-graphql';
import { Claim } from '../claim/claim.type';
import { Agency, Country, Group, Organization, Person } from '../entity/entity.type';
import { Source } from '../source/source.type';
import { Story } from '../story/story.type';
import { SearchType } from './search.args';

/** Hit nodes carry the name of their GraphQL type, set by the search service. */
export interface TypedNode {
  __typename: string;
}

export const SearchNode = createUnionType({
  name: 'SearchNode',
  description: 'The node a search hit points at',
  types: () => [Story, Claim, Source, Country, Agency, Person, Organization, Group] as const,
  resolveType: (value) => (value as unknown as TypedNode).__typename,
});

@ObjectType({ simpleResolvers: true, description: 'One search result; hits are ranked by score, highest first' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance; comparable within one search' }) score!: number;
  @Field(() => SearchType, { description: 'What kind of node matched' }) type!: SearchType;
  @Field(() => ID, { description: 'Id of the node that matched' }) id!: string;
  @Field({ description: 'Story or source title, claim text, entity name' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Excerpt around the first matching word' }) snippet!: string | null;
  @Field(() => SearchNode, { description: 'The node that matched' }) node!: typeof SearchNode;
}
