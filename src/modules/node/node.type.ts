import { Field, ID, InterfaceType } from 'type-graphql';

/** What node(id:) hands to GraphQL: any record, with the name of its GraphQL type. */
export interface TypedRecord {
  __typename: string;
}

@InterfaceType({
  description: 'Anything with a stable id: a client may cache it by `id` and refetch it with `node(id:)`',
  resolveType: (value: TypedRecord) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable and unique across types; its prefix names the kind, e.g. "story:", "citation:", "grade:"' })
  id!: string;
}
