/** The graph shapes the API returns (neighborhood, paths) and the colours of node kinds. */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

export const KIND_COLOURS: Record<string, string> = {
  Story: '#6d4c9f',
  Claim: '#c0392b',
  Source: '#1f7a8c',
  Topic: '#7f8c8d',
  Country: '#2e7d32',
  Agency: '#b8860b',
  Person: '#d35400',
  Organization: '#2c5aa0',
  Group: '#8e44ad',
};

export const NODE_KINDS = Object.keys(KIND_COLOURS);

/** Several subgraphs as one, each node and edge once. */
export function mergeSubgraphs(parts: Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    for (const n of part.nodes) nodes.set(n.id, n);
    for (const e of part.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: parts.some((p) => p.truncated) };
}
