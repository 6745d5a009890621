import { ClaimFilter } from '../claim/claim.filter';

/**
 * A subgraph as plain data: what every export format is written from and what the round-trip tests
 * compare. Ids are the graph's own stable ids (story:…, claim:…, country:MX …); properties are
 * plain JS (temporals as ISO strings), converted at the repository edge.
 */
export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The relationship types an export carries (bookkeeping such as audit entries and API keys never leaves). */
export const EXPORTED_EDGE_TYPES = [
  'HAS_CLAIM',
  'TAGGED',
  'BASED_ON',
  'MENTIONS',
  'ABOUT',
  'ATTRIBUTED_TO',
  'CITES',
  'PUBLISHED_BY',
  'DERIVED_FROM',
  'OF_COUNTRY',
  'REPRESENTS',
  'LOCATED_IN',
  'AFFILIATED_WITH',
  'HELD_ROLE',
  'HAS_GRADE',
  'HAS_CITATION_GRADE',
  'SUPPORTS',
  'CONTRADICTS',
] as const;

export type ExportedEdgeType = (typeof EXPORTED_EDGE_TYPES)[number];

/**
 * What an export holds: the stories given by id plus the stories with a claim the filter matches, or
 * (neither given) every story. Always whole stories: importing part of a story would prune the rest.
 */
export interface ExportScope {
  storyIds?: string[];
  filter?: ClaimFilter;
}

/** The label a file or a GraphML node is filed under: the most specific one (Country rather than Entity, SourceGrade rather than Grade). */
export function primaryLabel(node: GraphNode): string {
  const specific = node.labels.filter((l) => l !== 'Entity' && l !== 'Grade');
  return [...(specific.length ? specific : node.labels)].sort()[0] ?? 'Node';
}
