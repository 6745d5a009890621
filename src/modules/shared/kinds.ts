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

/**
 * Things a client caches that are not nodes of their own: relationships (a citation is a CITES
 * edge, a country tie an OF_COUNTRY edge) and views computed from a claim. Their ids join the ids
 * they are made of (`parts`, in order) after the prefix, so the same thing always has the same id.
 * They never become labels: node(id:) reads them through the node they hang from.
 */
export interface ViewKind {
  idPrefix: string;
  typeName: string;
  parts: number;
}

export const VIEW_KINDS = {
  /** claimId | sourceId */
  citation: { idPrefix: 'citation:', typeName: 'Citation', parts: 2 },
  /** fromClaimId | stance | toClaimId */
  claimLink: { idPrefix: 'link:', typeName: 'ClaimLink', parts: 3 },
  /** claimId | direction | stance | otherClaimId */
  claimRelation: { idPrefix: 'relation:', typeName: 'ClaimRelation', parts: 4 },
  /** entityId | relation | countryId */
  countryTie: { idPrefix: 'tie:', typeName: 'CountryTie', parts: 3 },
  /** personId | title | countryId | from */
  role: { idPrefix: 'role:', typeName: 'Role', parts: 4 },
  /** claimId */
  assessment: { idPrefix: 'assessment:', typeName: 'Assessment', parts: 1 },
  corroboration: { idPrefix: 'corroboration:', typeName: 'Corroboration', parts: 1 },
  provenance: { idPrefix: 'provenance:', typeName: 'Provenance', parts: 1 },
} as const satisfies Record<string, ViewKind>;

/** Grades are (:Grade:SourceGrade) and (:Grade:CitationGrade) nodes sharing one id prefix; the label tells the type. */
export const GRADE_ID_PREFIX = 'grade:';
