import { EntityType } from './enums';

/** What one kind of node is called where: its Neo4j label, the prefix of its ids, its GraphQL type. */
export interface NodeKind {
  label: string;
  idPrefix: string;
  typeName: string;
}

/**
 * The one registry of node kinds. Labels here are the only strings that ever become labels in
 * Cypher; id prefixes let a client-chosen id be checked against what it names.
 */
export const NODE_KINDS = {
  story: { label: 'Story', idPrefix: 'story:', typeName: 'Story' },
  claim: { label: 'Claim', idPrefix: 'claim:', typeName: 'Claim' },
  source: { label: 'Source', idPrefix: 'source:', typeName: 'Source' },
  topic: { label: 'Topic', idPrefix: 'topic:', typeName: 'Topic' },
  country: { label: 'Country', idPrefix: 'country:', typeName: 'Country' },
  agency: { label: 'Agency', idPrefix: 'agency:', typeName: 'Agency' },
  person: { label: 'Person', idPrefix: 'person:', typeName: 'Person' },
  organization: { label: 'Organization', idPrefix: 'org:', typeName: 'Organization' },
  group: { label: 'Group', idPrefix: 'group:', typeName: 'Group' },
} as const satisfies Record<string, NodeKind>;

/** The kinds of entity, by the `type` an entity node carries. */
export const ENTITY_KINDS: Readonly<Record<EntityType, NodeKind>> = {
  [EntityType.COUNTRY]: NODE_KINDS.country,
  [EntityType.AGENCY]: NODE_KINDS.agency,
  [EntityType.PERSON]: NODE_KINDS.person,
  [EntityType.ORGANIZATION]: NODE_KINDS.organization,
  [EntityType.GROUP]: NODE_KINDS.group,
};
