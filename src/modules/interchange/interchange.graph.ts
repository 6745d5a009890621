import { ClaimFilter } from '../claim/claim.filter';
import { GRAPH_RELATIONSHIPS } from '../explore/explore.repository';

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
  /** Stories exported without some of their claims, citations or sources (marked above the reader's clearance). */
  partial?: string[];
}

/** The relationship types an export carries: those a graph viewer explores, and grades (bookkeeping such as audit entries never leaves). */
export const EXPORTED_EDGE_TYPES: readonly string[] = [...GRAPH_RELATIONSHIPS.split('|'), 'HAS_GRADE', 'HAS_CITATION_GRADE'];

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
