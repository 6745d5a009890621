import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNote } from '../components/common';
import { GraphCanvas } from '../components/GraphCanvas';
import { GraphNode, KIND_COLOURS, mergeSubgraphs, NODE_KINDS, Subgraph } from '../components/graph-types';
import { href, navigate, pageOf } from '../routing';

const SUBGRAPH = 'nodes { id label name } edges { id from to type } truncated';

/** One request for the start node and every expanded node: round trips do not grow with clicks. */
function neighbourhoodQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$id${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `n${i}: neighborhood(id: $id${i}, depth: ${i === 0 ? '$depth' : '1'}, limit: $limit) { ${SUBGRAPH} }`);
  return `query Neighbourhood(${vars}, $depth: Int!, $limit: Int!) { ${fields.join('\n')} }`;
}

const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int!) { paths(fromId: $from, toId: $to, maxHops: $maxHops) { ${SUBGRAPH} } }`;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/**
 * The graph view. Its whole state is in the address: focus, depth, limit, expanded nodes,
 * hidden kinds, and a shortest-path query (from, to, hops), so any view can be shared.
 */
export function GraphPage({ params }: { params: URLSearchParams }) {
  const focus = params.get('focus') ?? '';
  const depth = Number(params.get('depth') ?? 1);
  const limit = Number(params.get('limit') ?? 50);
  const expanded = list(params.get('expanded'));
  const hidden = list(params.get('hide'));
  const pathTo = params.get('to') ?? '';
  const hops = Number(params.get('hops') ?? 4);
  const state = { focus, depth, limit, expanded: expanded.join(','), hide: hidden.join(','), to: pathTo, hops: pathTo ? hops : undefined };
  const go = (changes: Partial<typeof state>) => navigate(['graph'], { ...state, ...changes });

  const starts = [focus, ...expanded.filter((id) => id !== focus)];
  const variables = useMemo(
    () => Object.fromEntries([...starts.map((id, i) => [`id${i}`, id]), ['depth', depth], ['limit', limit]]),
    [starts.join(','), depth, limit],
  );
  const [hood] = useQuery<Record<string, Subgraph>>({ query: neighbourhoodQuery(starts.length), variables, pause: !focus || Boolean(pathTo) });
  const [path] = useQuery<{ paths: Subgraph }>({ query: PATHS, variables: { from: focus, to: pathTo, maxHops: hops }, pause: !focus || !pathTo });
  const result = pathTo ? path : hood;

  const whole = useMemo(() => {
    if (pathTo) return path.data?.paths ?? { nodes: [], edges: [] };
    return mergeSubgraphs(Object.values(hood.data ?? {}));
  }, [hood.data, path.data, pathTo]);
  const shown = useMemo(() => ({ ...whole, nodes: whole.nodes.filter((n) => !hidden.includes(n.label)) }), [whole, hidden.join(',')]);

  const [focusText, setFocusText] = useState(focus);
  const [toText, setToText] = useState(pathTo);
  const expand = (node: GraphNode) => {
    if (!pathTo && node.id !== focus && !expanded.includes(node.id)) go({ expanded: [...expanded, node.id].join(',') });
  };
  const open = (node: GraphNode) => (location.hash = pageOf(node.id, node.label));
  const kinds = NODE_KINDS.filter((k) => whole.nodes.some((n) => n.label === k));

  return (
    <section className="graph-page">
      <h1>Graph</h1>
      <form
        className="row controls"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(['graph'], { focus: focusText.trim(), depth, limit, hide: state.hide, to: toText.trim(), hops: toText.trim() ? hops : undefined });
        }}
      >
        <label>
          Node id <input value={focusText} onChange={(e) => setFocusText(e.target.value)} placeholder="country:MX" list="graph-nodes" />
        </label>
        <label>
          Depth
          <select value={depth} onChange={(e) => go({ depth: Number(e.target.value) })}>
            {[1, 2, 3].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          Limit
          <select value={limit} onChange={(e) => go({ limit: Number(e.target.value) })}>
            {[25, 50, 100, 200, 500].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          Shortest path to <input value={toText} onChange={(e) => setToText(e.target.value)} placeholder="node id (optional)" list="graph-nodes" />
        </label>
        <label>
          Max hops
          <select value={hops} onChange={(e) => go({ hops: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5, 6].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
        {(expanded.length > 0 || pathTo) && (
          <a href={href(['graph'], { focus, depth, limit })} onClick={() => setToText('')}>
            Reset
          </a>
        )}
        <datalist id="graph-nodes">
          {whole.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </datalist>
      </form>
      <fieldset className="row chips">
        <legend>Kinds shown</legend>
        {kinds.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={!hidden.includes(k)}
              onChange={() => go({ hide: (hidden.includes(k) ? hidden.filter((h) => h !== k) : [...hidden, k]).join(',') })}
            />{' '}
            <span className="swatch" style={{ background: KIND_COLOURS[k] }} /> {k}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={result.error} />
      {!focus && <p className="muted">Give a node id, or open the graph from any story, entity or claim page.</p>}
      <p className="muted" data-testid="graph-stats">
        {result.fetching ? 'Loading… ' : ''}
        {shown.nodes.length} nodes · {whole.edges.length} relationships
        {whole.truncated ? ' · truncated: raise the limit' : ''}
        {pathTo && !result.fetching && whole.nodes.length === 0 ? ' · no path within the hop limit' : ''}
      </p>
      <div className="graph-layout">
        <GraphCanvas graph={shown} focus={pathTo ? [focus, pathTo] : [focus, ...expanded]} onTap={expand} onOpen={open} />
        <aside aria-label="Nodes in the graph" className="node-list">
          <p className="muted">Click a node to expand it, double-click to open its page.</p>
          <ul>
            {shown.nodes.map((n) => (
              <li key={n.id}>
                <span className="swatch" style={{ background: KIND_COLOURS[n.label] }} title={n.label} />{' '}
                <a href={pageOf(n.id, n.label)} title={n.id}>
                  {n.name.length > 70 ? `${n.name.slice(0, 68)}…` : n.name}
                </a>{' '}
                {!pathTo && n.id !== focus && !expanded.includes(n.id) && (
                  <button type="button" className="small" aria-label={`Expand ${n.name}`} onClick={() => expand(n)}>
                    expand
                  </button>
                )}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
