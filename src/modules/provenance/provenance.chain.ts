/**
 * Pure analysis of a DERIVED_FROM chain (no database): depths, cycles, origins and independence.
 *
 * - depth: breadth-first distance from the nearest cited source (cited sources are depth 0);
 *   an edge's depth is the depth of its `from` end + 1.
 * - cycles: strongly connected components (Tarjan) with more than one member, or a self-loop.
 * - origins: members of the "bottom" components, those with no edge leaving them. A source that
 *   derives from nothing is a bottom component of one; a cycle with no exit is a bottom component
 *   whose members are all reported as origins, flagged inCycle.
 * - independent origins: the number of bottom components; sources leading to the same origin count once.
 * - circular reporting: some bottom component is reached from two or more distinct cited sources.
 */
export interface ChainInput {
  cited: string[];
  sources: string[];
  edges: { from: string; to: string }[];
}

export interface ChainOrigin {
  sourceId: string;
  inCycle: boolean;
  /** Cited sources that reach this origin. */
  via: string[];
  /** Id of the origin group (its smallest member id); sources of one group count once. */
  group: string;
}

export interface ChainAnalysis {
  depth: Map<string, number>;
  derivations: { from: string; to: string; depth: number; inCycle: boolean }[];
  inCycle: Set<string>;
  cyclic: boolean;
  origins: ChainOrigin[];
  independentOrigins: number;
  circularReporting: boolean;
  maxDepth: number;
}

function adjacency(nodes: string[], edges: ChainInput['edges']): Map<string, string[]> {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, []);
    if (!next.has(e.to)) next.set(e.to, []);
    next.get(e.from)!.push(e.to);
  }
  return next;
}

/** Tarjan's algorithm, iterative so a long chain cannot overflow the stack. Returns node -> component index. */
export function components(next: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of [...next.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const children = next.get(frame.node)!;
      if (frame.child < children.length) {
        const child = children[frame.child++];
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.node);
        components += 1;
      }
    }
  }
  return component;
}

function reachable(start: string, next: Map<string, string[]>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const n of next.get(queue.shift()!) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

export function analyseChain(input: ChainInput): ChainAnalysis {
  const nodes = [...new Set([...input.cited, ...input.sources])];
  const edges = [...new Map(input.edges.map((e) => [`${e.from}\n${e.to}`, e])).values()];
  const next = adjacency(nodes, edges);

  const depth = new Map<string, number>();
  const queue = [...new Set(input.cited)];
  queue.forEach((id) => depth.set(id, 0));
  while (queue.length) {
    const id = queue.shift()!;
    for (const to of next.get(id)!) {
      if (!depth.has(to)) {
        depth.set(to, depth.get(id)! + 1);
        queue.push(to);
      }
    }
  }

  const component = components(next);
  const members = new Map<number, string[]>();
  for (const [id, c] of component) members.set(c, [...(members.get(c) ?? []), id]);
  const inCycle = new Set<string>();
  for (const list of members.values()) if (list.length > 1) list.forEach((id) => inCycle.add(id));
  for (const e of edges) if (e.from === e.to) inCycle.add(e.from);

  const leaves = new Set<number>(members.keys());
  for (const e of edges) if (component.get(e.from) !== component.get(e.to)) leaves.delete(component.get(e.from)!);
  const groupOf = (c: number) => [...members.get(c)!].sort()[0];

  const via = new Map<number, Set<string>>();
  for (const cited of new Set(input.cited)) {
    for (const id of reachable(cited, next)) {
      const c = component.get(id)!;
      if (leaves.has(c)) via.set(c, (via.get(c) ?? new Set()).add(cited));
    }
  }
  const origins: ChainOrigin[] = [...leaves]
    .flatMap((c) => members.get(c)!.map((sourceId) => ({ sourceId, inCycle: inCycle.has(sourceId), via: [...(via.get(c) ?? [])].sort(), group: groupOf(c) })))
    .sort((a, b) => (depth.get(a.sourceId) ?? 0) - (depth.get(b.sourceId) ?? 0) || a.sourceId.localeCompare(b.sourceId));

  const derivations = edges
    .filter((e) => depth.has(e.from))
    .map((e) => ({ ...e, depth: depth.get(e.from)! + 1, inCycle: component.get(e.from) === component.get(e.to) }))
    .sort((a, b) => a.depth - b.depth || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));

  return {
    depth,
    derivations,
    inCycle,
    cyclic: inCycle.size > 0,
    origins,
    independentOrigins: leaves.size,
    circularReporting: [...via.values()].some((citedSet) => citedSet.size > 1),
    maxDepth: Math.max(0, ...depth.values()),
  };
}
