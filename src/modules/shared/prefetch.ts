import { nodeProjection } from './projections';
import { Selection } from './selection';
import { MarkedKind, visibleClause } from './visibility';

/**
 * Relationship fields projected into the statement that reads their parent, when the client
 * selected them: a list with its nested fields costs one round trip instead of one per level.
 * Field resolvers use a prefetched value when there is one, else their DataLoader.
 */
type NodeType = 'Claim' | 'Story' | 'Source' | 'Entity' | 'Topic' | 'Citation';

/** Children that carry a marking: only those the caller's clearance allows are read (a citation is visible with its source). */
const MARKED_CHILD: Partial<Record<NodeType, MarkedKind>> = { Claim: 'Claim', Story: 'Story', Source: 'Source', Citation: 'Source' };

interface Relation {
  type: NodeType;
  many: boolean;
  /** Pattern from the parent `a` to the child `b` (relationship `r`). */
  match: (a: string, b: string, r: string) => string;
  order?: (b: string) => string;
}

const RELATIONS: Partial<Record<NodeType, Record<string, Relation>>> = {
  Claim: {
    story: { type: 'Story', many: false, match: (a, b) => `(${a})<-[:HAS_CLAIM]-(${b}:Story)` },
    sources: { type: 'Source', many: true, match: (a, b) => `(${a})-[:CITES]->(${b}:Source)`, order: (b) => `${b}.title` },
    citations: { type: 'Citation', many: true, match: (a, b, r) => `(${a})-[${r}:CITES]->(${b}:Source)`, order: (b) => `${b}.title` },
    about: { type: 'Entity', many: true, match: (a, b) => `(${a})-[:ABOUT]->(${b}:Entity)`, order: (b) => `${b}.type, ${b}.name` },
    attributedTo: { type: 'Entity', many: true, match: (a, b) => `(${a})-[:ATTRIBUTED_TO]->(${b}:Entity)`, order: (b) => `${b}.name` },
  },
  Story: {
    topics: { type: 'Topic', many: true, match: (a, b) => `(${a})-[:TAGGED]->(${b}:Topic)`, order: (b) => `${b}.name` },
    claims: { type: 'Claim', many: true, match: (a, b) => `(${a})-[:HAS_CLAIM]->(${b}:Claim)`, order: (b) => `${b}.position, ${b}.id` },
    sources: { type: 'Source', many: true, match: (a, b) => `(${a})-[:BASED_ON]->(${b}:Source)`, order: (b) => `${b}.title` },
    mentions: { type: 'Entity', many: true, match: (a, b) => `(${a})-[:MENTIONS]->(${b}:Entity)`, order: (b) => `${b}.type, ${b}.name` },
  },
  Source: {
    publisher: { type: 'Entity', many: false, match: (a, b) => `(${a})-[:PUBLISHED_BY]->(${b}:Organization)` },
  },
};

/** Read whatever the client selects: the id (loaders and cursors), and an entity's type (which GraphQL type it is). */
const ALWAYS = new Set(['id', 'type']);

/** Only the selected properties are read: a long summary nobody asked for is neither read, sent nor converted. */
function base(type: Exclude<NodeType, 'Citation'>, v: string, selection: Selection | undefined): string {
  return nodeProjection(type, v, selection && ((field) => ALWAYS.has(field) || field in selection));
}

/** Deeper selections are left to the loaders: the statement stays readable and bounded. */
const MAX_DEPTH = 3;

function withPrefetched(base: string, fields: string[]): string {
  return fields.length ? `${base.slice(0, -1)}, _p: {${fields.join(', ')}}}` : base;
}

function childProjection(rel: Relation, parent: string, b: string, r: string, selection: Selection, fullClearance: boolean, depth: number): string {
  if (rel.type === 'Citation') {
    const source = selection.source ? [`source: ${projection('Source', b, selection.source, fullClearance, depth + 1)}`] : [];
    return withPrefetched(`{claimId: ${parent}.id, sourceId: ${b}.id, quote: ${r}.quote}`, source);
  }
  return projection(rel.type, b, selection, fullClearance, depth + 1);
}

/**
 * The map projection of `v` as type `type`, with the selected relationship fields prefetched. Without a
 * selection (a read for the service's own use), every property and no relationship. `fullClearance`:
 * the caller sees every marking, so children are read without the marking check.
 */
export function projection(type: NodeType, v: string, selection?: Selection, fullClearance = false, depth = 0): string {
  if (type === 'Citation') throw new Error('a citation is projected from its claim');
  const relations = RELATIONS[type] ?? {};
  const fields: string[] = [];
  if (selection && depth < MAX_DEPTH) {
    for (const [name, rel] of Object.entries(relations)) {
      if (!selection[name]) continue;
      const b = `${v}_${name}`;
      const r = `${b}_r`;
      const value = childProjection(rel, v, b, r, selection[name], fullClearance, depth);
      const marked = MARKED_CHILD[rel.type];
      const body = `MATCH ${rel.match(v, b, r)}${marked ? visibleClause(marked, b, fullClearance) : ''} RETURN ${value} AS value${rel.order ? ` ORDER BY ${rel.order(b)}` : ''}`;
      fields.push(rel.many ? `${name}: COLLECT { ${body} }` : `${name}: COLLECT { ${body} LIMIT 1 }[0]`);
    }
  }
  return withPrefetched(base(type, v, selection), fields);
}

/** A field's prefetched value, or undefined when the parent was read without it. */
export function prefetched<T>(parent: object, field: string): T | undefined {
  const values = (parent as { _p?: Record<string, unknown> })._p;
  return values && field in values ? (values[field] as T) : undefined;
}

/** The prefetched value (null included: "read, and there is none"), else what `load` gives. */
export function prefetchedOr<T>(parent: object, field: string, load: () => T | Promise<T>): T | Promise<T> {
  const value = prefetched<T>(parent, field);
  return value !== undefined ? value : load();
}
