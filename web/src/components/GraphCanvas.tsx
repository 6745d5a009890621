import cytoscape, { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { GraphNode, KIND_COLOURS, Subgraph } from './graph-types';

interface Props {
  graph: Subgraph;
  /** Node ids drawn larger: the start of a neighbourhood, the ends of a path. */
  focus?: string[];
  onTap?: (node: GraphNode) => void;
  onOpen?: (node: GraphNode) => void;
  /** Rings around the focus (neighbourhoods), or levels from the focus down (a provenance chain). */
  layout?: 'rings' | 'levels';
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 38)}…` : s);

/** cytoscape.js drawing of a subgraph: a tap calls onTap (expand), a double tap onOpen (the node's page). */
export function GraphCanvas({ graph, focus = [], onTap, onOpen, layout = 'rings' }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef({ onTap, onOpen });
  handlers.current = { onTap, onOpen };

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      wheelSensitivity: 0.3,
      // A handful of nodes would otherwise be fitted to giant circles and labels.
      maxZoom: 1.6,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(short)',
            'background-color': 'data(colour)',
            color: '#222',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            width: 18,
            height: 18,
          },
        },
        { selector: 'node.focus', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#111' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
        {
          selector: 'edge',
          style: {
            width: 1.2,
            'line-color': '#aab',
            'target-arrow-color': '#aab',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            label: 'data(type)',
            'font-size': 7,
            color: '#778',
            'text-rotation': 'autorotate',
          },
        },
      ],
    });
    instance.on('tap', 'node', (e) => handlers.current.onTap?.(e.target.data('node') as GraphNode));
    instance.on('dbltap', 'node', (e) => handlers.current.onOpen?.(e.target.data('node') as GraphNode));
    cy.current = instance;
    // Tests and power users reach the drawing from the console.
    (window as unknown as { storygraphCy?: Core }).storygraphCy = instance;
    return () => instance.destroy();
  }, []);

  const focusKey = focus.join('|');
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const focused = new Set(focusKey.split('|'));
    const ids = new Set(graph.nodes.map((n) => n.id));
    instance.elements().remove();
    instance.add([
      ...graph.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, short: shorten(n.name), colour: KIND_COLOURS[n.label] ?? '#555', node: n },
        classes: focused.has(n.id) ? 'focus' : '',
      })),
      ...graph.edges
        .filter((e) => ids.has(e.from) && ids.has(e.to))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.from, target: e.to, type: e.type } })),
    ]);
    const roots = instance.nodes('.focus');
    const options: cytoscape.LayoutOptions =
      layout === 'levels'
        ? { name: 'breadthfirst', directed: true, roots: roots.map((n) => n.id()), spacingFactor: 1.1, padding: 30, animate: false }
        : {
            name: 'concentric',
            // The focus in the middle, then the best-connected nodes nearest to it.
            concentric: (n: cytoscape.NodeSingular) => (n.hasClass('focus') ? 1000 : n.degree(false)),
            levelWidth: () => 2,
            minNodeSpacing: 36,
            padding: 30,
            animate: false,
          };
    instance.layout(options).run();
  }, [graph, focusKey, layout]);

  return (
    <div ref={container} className="graph-canvas" role="img" aria-label={`Graph of ${graph.nodes.length} nodes and ${graph.edges.length} relationships`} />
  );
}
