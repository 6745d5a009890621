import { EntityType } from '../../shared/enums';
import { GraphEdge, GraphNode, Subgraph } from '../interchange.graph';
import { stixId, uuidv5 } from './stix-ids';
import { tlpMarkingDefinition, tlpMarkingId } from './stix-markings';
import { ExternalReference, StixBundle, StixObject } from './stix.types';

/** Entities and sources have no creation time in the graph: one fixed instant keeps two exports identical. */
export const TIMELESS = '2000-01-01T00:00:00.000Z';
/** Who made the bundle: every object's created_by_ref, and the object_refs of a report that would otherwise have none. */
export const PRODUCER_ID = stixId('identity', 'storygraph');
/** report_types of a source (a story is a "threat-report"): how an import tells the two kinds of report apart. */
export const SOURCE_REPORT_TYPE = 'x-storygraph-source';

/** The STIX relationship_type of each storygraph edge carried as a relationship; the others travel as object_refs. */
export const RELATIONSHIP_TYPES: Readonly<Record<string, string>> = {
  DERIVED_FROM: 'derived-from',
  ATTRIBUTED_TO: 'attributed-to',
  LOCATED_IN: 'located-at',
  CITES: 'related-to',
  PUBLISHED_BY: 'related-to',
  OF_COUNTRY: 'related-to',
  REPRESENTS: 'related-to',
  AFFILIATED_WITH: 'related-to',
  HELD_ROLE: 'related-to',
  SUPPORTS: 'related-to',
  CONTRADICTS: 'related-to',
  REPEATS: 'derived-from',
};

const IDENTITY_CLASS: Readonly<Record<string, string>> = {
  [EntityType.PERSON]: 'individual',
  [EntityType.GROUP]: 'group',
  [EntityType.AGENCY]: 'organization',
  [EntityType.ORGANIZATION]: 'organization',
};

/** NATO/Admiralty grades on STIX's agreement scale: A or 1 "strongly agree" … E or 5 "strongly disagree"; F and 6 (cannot be judged) neutral. */
const OPINION: Readonly<Record<string, string>> = {
  A: 'strongly-agree',
  B: 'agree',
  C: 'neutral',
  D: 'disagree',
  E: 'strongly-disagree',
  F: 'neutral',
  1: 'strongly-agree',
  2: 'agree',
  3: 'neutral',
  4: 'disagree',
  5: 'strongly-disagree',
  6: 'neutral',
};

/** The STIX type a node becomes; topics become report labels and have none. */
export function stixTypeOf(node: GraphNode): string | undefined {
  if (node.labels.includes('Story') || node.labels.includes('Source')) return 'report';
  if (node.labels.includes('Claim')) return 'note';
  if (node.labels.includes('Country')) return 'location';
  if (node.labels.includes('Entity')) return 'identity';
  if (node.labels.includes('Grade')) return 'opinion';
  return undefined;
}

/** Drops null and undefined values, so no property reads "null" in STIX. */
const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const startOfDay = (date: string) => `${date.slice(0, 10)}T00:00:00.000Z`;
const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);

/** A node's own marking (the effective one is object_marking_refs) and who set it by hand, if anyone did. */
const markingProvenance = (p: Record<string, unknown>) => ({
  x_storygraph_marking: p.marking,
  x_storygraph_marking_set_by: p.markingSetBy,
  x_storygraph_marking_set_at: p.markingSetAt,
});

/** The subgraph's nodes and edges, found by id and by end. */
class GraphIndex {
  readonly nodes = new Map<string, GraphNode>();
  private readonly outgoing = new Map<string, GraphEdge[]>();
  private readonly incoming = new Map<string, GraphEdge[]>();

  constructor(graph: Subgraph) {
    for (const n of graph.nodes) this.nodes.set(n.id, n);
    for (const e of graph.edges) {
      this.outgoing.set(e.start, [...(this.outgoing.get(e.start) ?? []), e]);
      this.incoming.set(e.end, [...(this.incoming.get(e.end) ?? []), e]);
    }
  }

  out(id: string, type: string): GraphNode[] {
    return (this.outgoing.get(id) ?? []).filter((e) => e.type === type).map((e) => this.nodes.get(e.end)!);
  }

  in(id: string, type: string): GraphNode[] {
    return (this.incoming.get(id) ?? []).filter((e) => e.type === type).map((e) => this.nodes.get(e.start)!);
  }
}

/** Writes a subgraph as one STIX 2.1 bundle (see README "Export and import" for the mapping). */
export function graphToStix(graph: Subgraph): StixBundle {
  const index = new GraphIndex(graph);
  const ref = (node: GraphNode) => stixId(stixTypeOf(node)!, node.id);
  const ranks = new Set<number>();
  const partial = new Set(graph.partial ?? []);
  const markingOf = (...nodes: GraphNode[]) => {
    const known = nodes.map((n) => n.properties.markingRank).filter((r): r is number => typeof r === 'number');
    if (!known.length) return {};
    const rank = Math.max(...known);
    ranks.add(rank);
    return { object_marking_refs: [tlpMarkingId(rank)] };
  };
  const common = (node: GraphNode, created: string) => ({
    type: stixTypeOf(node)!,
    spec_version: '2.1',
    id: ref(node),
    created,
    modified: created,
    created_by_ref: PRODUCER_ID,
    x_storygraph_id: node.id,
    ...markingOf(node),
  });
  const storyOf = (claim: GraphNode) => index.in(claim.id, 'HAS_CLAIM')[0];
  const storyCreated = (story: GraphNode) => str(story.properties.ingestedAt) ?? startOfDay(String(story.properties.publishedAt));
  const sourceReference = (source: GraphNode): ExternalReference =>
    defined({
      source_name: str(index.out(source.id, 'PUBLISHED_BY')[0]?.properties.name) ?? 'storygraph',
      description: source.properties.title,
      url: source.properties.url,
      external_id: source.id,
    }) as unknown as ExternalReference;

  const story = (s: GraphNode): StixObject => {
    const p = s.properties;
    const claims = index.out(s.id, 'HAS_CLAIM').sort((a, b) => Number(a.properties.position) - Number(b.properties.position));
    const refs = [...claims, ...index.out(s.id, 'MENTIONS'), ...index.out(s.id, 'BASED_ON')].map(ref);
    return defined({
      ...common(s, storyCreated(s)),
      name: p.title,
      description: p.summary,
      published: startOfDay(String(p.publishedAt)),
      report_types: ['threat-report'],
      labels: nonEmpty(
        index
          .out(s.id, 'TAGGED')
          .map((t) => String(t.properties.name))
          .sort(),
      ),
      object_refs: refs.length ? refs : [PRODUCER_ID],
      external_references: [defined({ source_name: 'storygraph', external_id: s.id, url: p.url })],
      ...markingProvenance(p),
      x_storygraph_ingested_at: p.ingestedAt,
      x_storygraph_partial: partial.has(s.id) || undefined,
    }) as StixObject;
  };

  const claim = (c: GraphNode): StixObject => {
    const p = c.properties;
    const parent = storyOf(c);
    const attributed = index.out(c.id, 'ATTRIBUTED_TO');
    return defined({
      ...common(c, storyCreated(parent)),
      content: p.text,
      object_refs: [ref(parent), ...index.out(c.id, 'ABOUT').map(ref)],
      authors: nonEmpty(attributed.map((e) => String(e.properties.name))),
      external_references: nonEmpty(index.out(c.id, 'CITES').map(sourceReference)),
      x_storygraph_kind: p.kind,
      x_storygraph_as_of: p.asOf,
      x_storygraph_position: p.position,
      ...markingProvenance(p),
      x_storygraph_ingested_at: p.ingestedAt,
    }) as StixObject;
  };

  const source = (s: GraphNode): StixObject => {
    const p = s.properties;
    const users = [...index.in(s.id, 'BASED_ON'), ...index.in(s.id, 'CITES').map(storyOf)].filter(Boolean);
    const earliest = users.map((u) => String(u.properties.publishedAt)).sort()[0];
    const publishers = index.out(s.id, 'PUBLISHED_BY').map(ref);
    return defined({
      ...common(s, TIMELESS),
      name: p.title,
      published: earliest ? startOfDay(earliest) : TIMELESS,
      report_types: [SOURCE_REPORT_TYPE],
      object_refs: publishers.length ? publishers : [PRODUCER_ID],
      external_references: [sourceReference(s)],
      x_storygraph_kind: p.kind,
      ...markingProvenance(p),
      x_storygraph_first_seen_at: p.firstSeenAt,
    }) as StixObject;
  };

  const entity = (e: GraphNode): StixObject => {
    const p = e.properties;
    const shared = {
      ...common(e, TIMELESS),
      name: p.name,
      x_storygraph_type: p.type,
      x_storygraph_aliases: nonEmpty((p.aliases as string[] | null) ?? []),
      x_storygraph_alias_keys: nonEmpty((p.aliasKeys as string[] | null) ?? []),
      x_storygraph_name_key: p.nameKey,
      x_storygraph_first_seen_at: p.firstSeenAt,
    };
    if (p.type === EntityType.COUNTRY) return defined({ ...shared, country: p.code, x_storygraph_demonym: p.demonym }) as StixObject;
    return defined({
      ...shared,
      identity_class: IDENTITY_CLASS[String(p.type)] ?? 'unknown',
      x_storygraph_acronym: p.acronym,
      x_storygraph_size: p.size,
    }) as StixObject;
  };

  const grade = (g: GraphNode): StixObject | undefined => {
    const p = g.properties;
    const owner = index.in(g.id, g.labels.includes('CitationGrade') ? 'HAS_CITATION_GRADE' : 'HAS_GRADE')[0];
    const cited = g.labels.includes('CitationGrade') ? index.nodes.get(String(p.sourceId)) : undefined;
    if (!owner || (g.labels.includes('CitationGrade') && !cited)) return undefined;
    const about = cited ? [owner, cited] : [owner];
    return defined({
      ...common(g, String(p.gradedAt)),
      ...markingOf(...about),
      opinion: OPINION[String(p.value)] ?? 'neutral',
      explanation: p.note,
      authors: p.gradedBy ? [p.gradedBy] : undefined,
      object_refs: about.map(ref),
      x_storygraph_grade: p.value,
      x_storygraph_graded_by: p.gradedBy,
      x_storygraph_seq: p.seq,
    }) as StixObject;
  };

  const relationship = (e: GraphEdge): StixObject => {
    const [from, to] = [index.nodes.get(e.start)!, index.nodes.get(e.end)!];
    const p = e.properties;
    const created = str(p.linkedAt) ?? (e.type === 'CITES' ? storyCreated(storyOf(from)) : TIMELESS);
    return defined({
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship', `${e.type}|${e.start}|${e.end}|${str(p.key) ?? ''}`),
      created,
      modified: created,
      created_by_ref: PRODUCER_ID,
      relationship_type: RELATIONSHIP_TYPES[e.type],
      source_ref: ref(from),
      target_ref: ref(to),
      description: p.quote ?? p.title ?? p.reason,
      start_time: p.from ? startOfDay(String(p.from)) : undefined,
      stop_time: p.to && p.to !== p.from ? startOfDay(String(p.to)) : undefined,
      ...markingOf(from, to),
      x_storygraph_type: e.type,
      x_storygraph_key: p.key,
      x_storygraph_from: p.from,
      x_storygraph_to: p.to,
      x_storygraph_linked_by: p.linkedBy,
    }) as StixObject;
  };

  const objects: StixObject[] = [];
  for (const node of graph.nodes) {
    if (node.labels.includes('Story')) objects.push(story(node));
    else if (node.labels.includes('Claim')) objects.push(claim(node));
    else if (node.labels.includes('Source')) objects.push(source(node));
    else if (node.labels.includes('Entity')) objects.push(entity(node));
    else if (node.labels.includes('Grade')) objects.push(...[grade(node)].filter((o): o is StixObject => Boolean(o)));
  }
  objects.push(...graph.edges.filter((e) => e.type in RELATIONSHIP_TYPES).map(relationship));
  const producer: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: PRODUCER_ID,
    created: TIMELESS,
    modified: TIMELESS,
    name: 'storygraph',
    identity_class: 'system',
  };
  const storyIds = graph.nodes.filter((n) => n.labels.includes('Story')).map((n) => n.id);
  return {
    type: 'bundle',
    id: `bundle--${uuidv5(`bundle|${storyIds.join('|')}`)}`,
    objects: [producer, ...[...ranks].sort().map(tlpMarkingDefinition), ...objects],
  };
}
