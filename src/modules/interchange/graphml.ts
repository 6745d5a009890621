import { GraphEdge, GraphNode, Subgraph } from './interchange.graph';

/** XML 1.0 has no place for most control characters; the rest is escaped. */
const escapeXml = (text: string) =>
  text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

type KeyType = 'string' | 'long' | 'double' | 'boolean';

const typeOf = (value: unknown): KeyType =>
  typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'long' : 'double') : 'string';

/** One GraphML key per property name: the type all its values share, or string (lists are written as JSON). */
function keysOf(items: { properties: Record<string, unknown> }[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.properties)) {
      if (value === null || value === undefined) continue;
      const t = typeOf(value);
      const known = keys.get(name);
      keys.set(name, !known || known === t ? t : known === 'long' && t === 'double' ? 'double' : 'string');
    }
  }
  return keys;
}

const text = (value: unknown) => (Array.isArray(value) || typeof value === 'object' ? JSON.stringify(value) : String(value));

/** A readable caption for viewers (Gephi and yEd show `label`). */
const caption = (n: GraphNode) => String(n.properties.title ?? n.properties.name ?? n.properties.text ?? n.properties.value ?? n.id);

/**
 * GraphML 1.0 (directed): nodes with their labels (`labels`, colon-separated), a `label` caption and
 * every property; edges with `type` and their properties. networkx.read_graphml, Gephi and yEd load it.
 */
export function graphToGraphml(graph: Subgraph): string {
  const nodeKeys = keysOf(graph.nodes);
  const edgeKeys = keysOf(graph.edges);
  const key = (scope: 'node' | 'edge', name: string, type: KeyType) =>
    `  <key id="${scope === 'node' ? 'n' : 'e'}_${escapeXml(name)}" for="${scope}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`;
  const data = (scope: 'n' | 'e', props: Record<string, unknown>) =>
    Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([name, v]) => `<data key="${scope}_${escapeXml(name)}">${escapeXml(text(v))}</data>`)
      .join('');
  const node = (n: GraphNode) =>
    `    <node id="${escapeXml(n.id)}"><data key="labels">${escapeXml(n.labels.join(':'))}</data><data key="label">${escapeXml(caption(n))}</data>${data('n', n.properties)}</node>`;
  const edge = (e: GraphEdge, i: number) =>
    `    <edge id="e${i}" source="${escapeXml(e.start)}" target="${escapeXml(e.end)}"><data key="type">${escapeXml(e.type)}</data>${data('e', e.properties)}</edge>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...[...nodeKeys].map(([name, type]) => key('node', name, type)),
    ...[...edgeKeys].map(([name, type]) => key('edge', name, type)),
    '  <graph id="storygraph" edgedefault="directed">',
    ...graph.nodes.map(node),
    ...graph.edges.map(edge),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
