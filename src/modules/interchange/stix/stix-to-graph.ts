import { badInput, FieldProblem } from '../../../errors/app-error';
import { STANCE_TYPES } from '../../provenance/claim-relation.type';
import { EntityType } from '../../shared/enums';
import { tlpOfRank } from '../../shared/tlp';
import { ids } from '../../shared/ids';
import { PRODUCER_ID, SOURCE_REPORT_TYPE } from './graph-to-stix';
import { rankOfMarking } from './stix-markings';
import { ExternalReference, StixObject } from './stix.types';

/** What the story writer does not write from a story input, restored in the same transaction so a round trip loses nothing. */
export interface ImportExtras {
  /** First ingestion (stories, claims) and first sighting (sources, entities): kept when the graph's own is earlier. */
  times: { label: 'Story' | 'Claim' | 'Source' | 'Entity'; id: string; at: string }[];
  /** Markings an admin set by hand (setMarking): who and when, so ingest keeps leaving them alone. */
  markingsSetBy: { label: 'Story' | 'Claim' | 'Source'; id: string; setBy: string; setAt: string | null }[];
  entityKeys: { id: string; aliases: string[]; aliasKeys: string[] }[];
  ties: { entityId: string; relation: string; countryId: string }[];
  publishedBy: { sourceId: string; organizationId: string }[];
  sourceGrades: { id: string; sourceId: string; value: string | number; gradedBy: string | null; gradedAt: string; note: string | null; seq: number | null }[];
  citationGrades: (ImportExtras['sourceGrades'][number] & { claimId: string })[];
  links: { type: string; from: string; to: string; linkedAt: string | null; linkedBy: string | null; reason: string | null }[];
}

/** One story input built from a report, with the bundle position of each object it came from (for error messages). */
export interface StoryFromStix {
  input: Record<string, unknown>;
  /** Exported without what the exporter could not read: importing it must not prune what the graph has. */
  partial: boolean;
  /** "input" -> the report, "input.claims[2]" -> its note, "input.entities[0]" -> an identity … */
  origins: Map<string, number>;
}

export interface StixImportPlan {
  stories: StoryFromStix[];
  extras: ImportExtras;
  /** Objects of types the import has no place for, by type (foreign bundles carry indicators, malware …). */
  skipped: Record<string, number>;
}

const STIX_ID = /^[a-z][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
const LINK_TYPES = Object.values(STANCE_TYPES);
const TIES = ['OF_COUNTRY', 'REPRESENTS', 'LOCATED_IN', 'AFFILIATED_WITH'];
const ENTITY_OF_CLASS: Readonly<Record<string, EntityType>> = { individual: EntityType.PERSON, group: EntityType.GROUP };
const CREDIBILITY = new Set(['1', '2', '3', '4', '5', '6']);
const RELIABILITY = new Set(['A', 'B', 'C', 'D', 'E', 'F']);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const day = (timestamp: unknown) => String(timestamp ?? '').slice(0, 10);
const isTimestamp = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
/** An object's own TLP marking: what a storygraph export says, else the TLP 2.0 marking it carries (bundles from other tools). */
const ownMarking = (o: StixObject): unknown => {
  if (o.x_storygraph_marking !== undefined) return o.x_storygraph_marking;
  const rank = strings(o.object_marking_refs)
    .map(rankOfMarking)
    .find((r) => r !== undefined);
  return rank === undefined ? undefined : tlpOfRank(rank);
};

/**
 * Reads a STIX 2.1 bundle into story inputs (one per story report, with its notes, identities,
 * locations and source reports) and the extras the story writer does not cover. Pure: nothing is
 * read from or written to the graph. Bad objects throw BAD_USER_INPUT naming them (objects[i] and id).
 */
export function stixToGraph(bundle: unknown): StixImportPlan {
  const problems: FieldProblem[] = [];
  const fail = (at: number | undefined, o: StixObject | undefined, reason: string) =>
    problems.push({ field: at === undefined ? 'bundle' : `objects[${at}]`, reason: o ? `${o.id}: ${reason}` : reason });
  const b = bundle as { type?: unknown; objects?: unknown };
  if (!b || typeof b !== 'object' || b.type !== 'bundle' || !Array.isArray(b.objects)) {
    throw badInput([{ field: 'bundle', reason: 'must be a STIX 2.1 bundle: {"type": "bundle", "id": "bundle--…", "objects": [ … ]}' }]);
  }
  const objects = b.objects as StixObject[];
  const at = new Map<string, number>();
  objects.forEach((o, i) => {
    if (!o || typeof o !== 'object' || typeof o.type !== 'string' || typeof o.id !== 'string' || !STIX_ID.test(o.id) || !o.id.startsWith(`${o.type}--`)) {
      return problems.push({ field: `objects[${i}]`, reason: 'needs a "type" and an "id" of the form <type>--<UUID>' });
    }
    if (at.has(o.id)) return fail(i, o, `appears twice (also objects[${at.get(o.id)}])`);
    at.set(o.id, i);
  });
  if (problems.length) throw badInput(problems);
  const get = (id: unknown) => (typeof id === 'string' && at.has(id) ? objects[at.get(id)!] : undefined);
  const of = (type: string) => objects.filter((o) => o.type === type);
  const isSource = (o: StixObject | undefined) => o?.type === 'report' && strings(o.report_types).includes(SOURCE_REPORT_TYPE);
  const isStory = (o: StixObject | undefined) => o?.type === 'report' && !isSource(o);
  const isEntity = (o: StixObject | undefined) => (o?.type === 'identity' && o.id !== PRODUCER_ID) || o?.type === 'location';
  const relations = of('relationship');
  const storygraphType = (r: StixObject) =>
    str(r.x_storygraph_type) ?? (r.relationship_type === 'located-at' ? 'LOCATED_IN' : str(r.relationship_type)?.toUpperCase().replace(/-/g, '_'));
  const relationsFrom = (o: StixObject, type: string) => relations.filter((r) => r.source_ref === o.id && storygraphType(r) === type && get(r.target_ref));

  // Ids: the storygraph id an object carries, or the one ingest would give it.
  const entityRef = (e: StixObject) => str(e.x_storygraph_id) ?? (e.type === 'location' ? ids.country(String(e.country ?? '')) : String(e.name ?? ''));
  const publisherOf = (s: StixObject) => str(relationsFrom(s, 'PUBLISHED_BY').map((r) => get(r.target_ref)!.name)[0]);
  const sourceIdOf = (s: StixObject) => str(s.x_storygraph_id) ?? ids.source(publisherOf(s), String(s.name ?? ''));
  const storyIdOf = (r: StixObject) => str(r.x_storygraph_id) ?? ids.story(day(r.published), String(r.name ?? ''));
  const ownRef = (o: StixObject) =>
    ((o.external_references ?? []) as ExternalReference[]).find((x) => x.source_name === 'storygraph' || x.external_id === o.x_storygraph_id);

  const entityInput = (e: StixObject): Record<string, unknown> => {
    const aliases = strings(e.x_storygraph_aliases);
    if (e.type === 'location') {
      if (typeof e.country !== 'string') fail(at.get(e.id), e, 'a location must name a country (ISO 3166-1 alpha-2 "country")');
      return { type: EntityType.COUNTRY, id: str(e.x_storygraph_id), code: str(e.country)?.toUpperCase(), aliases };
    }
    const type = str(e.x_storygraph_type) ?? ENTITY_OF_CLASS[String(e.identity_class)] ?? EntityType.ORGANIZATION;
    const toCountry = (r: StixObject) => str(get(r.target_ref)!.country)?.toUpperCase();
    const roles = relationsFrom(e, 'HELD_ROLE').map((r) => ({
      title: str(r.description),
      countryCode: toCountry(r),
      from: str(r.x_storygraph_from) ?? (r.start_time ? day(r.start_time) : undefined),
      to: str(r.x_storygraph_to) ?? (r.stop_time ? day(r.stop_time) : undefined),
    }));
    const ties = TIES.slice(1).flatMap((relation) => relationsFrom(e, relation).map((r) => ({ relation, countryCode: toCountry(r) })));
    return {
      type,
      id: str(e.x_storygraph_id),
      name: str(e.name),
      acronym: str(e.x_storygraph_acronym),
      aliases,
      size: typeof e.x_storygraph_size === 'number' ? e.x_storygraph_size : undefined,
      countryCode: relationsFrom(e, 'OF_COUNTRY').map(toCountry)[0],
      ties: ties.length ? ties : undefined,
      roles: roles.length ? roles : undefined,
    };
  };

  const sourceInput = (s: StixObject): Record<string, unknown> => ({
    id: sourceIdOf(s),
    title: str(s.name),
    url: str(ownRef(s)?.url),
    kind: str(s.x_storygraph_kind) ?? 'OTHER',
    marking: ownMarking(s),
    publisher: publisherOf(s),
    derivedFrom: relationsFrom(s, 'DERIVED_FROM')
      .map((r) => get(r.target_ref)!)
      .filter(isSource)
      .map(sourceIdOf),
  });
  /** A citation given only as an external reference (bundles from other tools): the reference becomes the source. */
  const referenceSource = (x: ExternalReference): Record<string, unknown> => {
    const publisher = x.source_name && x.source_name !== 'storygraph' ? x.source_name : undefined;
    const title = x.description ?? x.source_name;
    return { id: x.external_id?.startsWith('source:') ? x.external_id : ids.source(publisher, title), title, url: x.url, kind: 'OTHER', publisher };
  };

  const stories: StoryFromStix[] = [];
  const claimed = new Set<string>();
  for (const report of of('report').filter(isStory)) {
    const origins = new Map<string, number>([['input', at.get(report.id)!]]);
    const storyId = storyIdOf(report);
    const members = strings(report.object_refs)
      .map(get)
      .filter((o): o is StixObject => Boolean(o));
    const notes = [...members.filter((o) => o.type === 'note'), ...of('note').filter((n) => strings(n.object_refs).includes(report.id))]
      .filter((n, i, all) => all.indexOf(n) === i)
      .sort((a, b) => Number(a.x_storygraph_position ?? Infinity) - Number(b.x_storygraph_position ?? Infinity));
    notes.forEach((n) => claimed.add(n.id));

    const entities = new Map<string, StixObject>();
    const sources = new Map<string, { input: Record<string, unknown>; at?: number }>();
    const addEntity = (e: StixObject) => entities.set(e.id, e);
    const addSource = (s: StixObject) => {
      if (sources.has(s.id)) return;
      sources.set(s.id, { input: sourceInput(s), at: at.get(s.id) });
      relationsFrom(s, 'DERIVED_FROM').forEach((r) => isSource(get(r.target_ref)) && addSource(get(r.target_ref)!));
    };
    members.filter(isEntity).forEach(addEntity);
    const basedOn = members.filter(isSource);
    basedOn.forEach(addSource);

    const claims = notes.map((note, k) => {
      origins.set(`input.claims[${k}]`, at.get(note.id)!);
      const about = strings(note.object_refs)
        .map(get)
        .filter((o): o is StixObject => isEntity(o));
      const attributed = relationsFrom(note, 'ATTRIBUTED_TO')
        .map((r) => get(r.target_ref)!)
        .filter(isEntity);
      [...about, ...attributed].forEach(addEntity);
      const cites = relationsFrom(note, 'CITES').filter((r) => isSource(get(r.target_ref)));
      const citations = cites.length
        ? cites.map((r) => {
            addSource(get(r.target_ref)!);
            return { source: sourceIdOf(get(r.target_ref)!), quote: str(r.description) };
          })
        : ((note.external_references ?? []) as ExternalReference[]).map((x) => {
            const input = referenceSource(x);
            sources.set(`ref:${String(input.id)}`, { input });
            return { source: String(input.id), quote: undefined };
          });
      return {
        id: str(note.x_storygraph_id) ?? ids.claim(storyId, String(note.content ?? '')),
        text: note.content,
        kind: str(note.x_storygraph_kind) ?? 'STATEMENT',
        asOf: str(note.x_storygraph_as_of),
        marking: ownMarking(note),
        about: about.map(entityRef),
        attributedTo: attributed.map(entityRef),
        citations,
      };
    });

    const entityList = [...entities.values()];
    entityList.forEach((e, k) => origins.set(`input.entities[${k}]`, at.get(e.id)!));
    const sourceList = [...sources.values()];
    sourceList.forEach((s, k) => s.at !== undefined && origins.set(`input.sources[${k}]`, s.at));
    stories.push({
      input: {
        id: storyId,
        title: report.name,
        summary: str(report.description) ?? '',
        publishedAt: day(report.published),
        url: str(ownRef(report)?.url),
        marking: ownMarking(report),
        topics: strings(report.labels),
        sources: sourceList.map((s) => s.input),
        basedOn: basedOn.map(sourceIdOf),
        entities: entityList.map(entityInput),
        claims,
      },
      origins,
      partial: report.x_storygraph_partial === true,
    });
  }

  const extras = readExtras(objects, { get, at, relations, storygraphType, isSource, isStory, sourceIdOf, storyIdOf, fail });
  if (problems.length) throw badInput(problems);
  const skipped: Record<string, number> = {};
  for (const o of objects) {
    const used =
      o.type === 'report' ||
      o.type === 'relationship' ||
      o.type === 'marking-definition' ||
      isEntity(o) ||
      o.id === PRODUCER_ID ||
      (o.type === 'note' && claimed.has(o.id)) ||
      (o.type === 'opinion' && o.x_storygraph_grade !== undefined);
    if (!used) skipped[o.type] = (skipped[o.type] ?? 0) + 1;
  }
  return { stories, extras, skipped };
}

interface Lookups {
  get: (id: unknown) => StixObject | undefined;
  at: Map<string, number>;
  relations: StixObject[];
  storygraphType: (r: StixObject) => string | undefined;
  isSource: (o: StixObject | undefined) => boolean;
  isStory: (o: StixObject | undefined) => boolean;
  sourceIdOf: (s: StixObject) => string;
  storyIdOf: (r: StixObject) => string;
  fail: (at: number | undefined, o: StixObject | undefined, reason: string) => void;
}

/** Timestamps, markings, exact alias keys, every tie and publisher, grades and claim links: what only a storygraph export carries. */
function readExtras(objects: StixObject[], l: Lookups): ImportExtras {
  const extras: ImportExtras = { times: [], markingsSetBy: [], entityKeys: [], ties: [], publishedBy: [], sourceGrades: [], citationGrades: [], links: [] };
  const idOf = (o: StixObject | undefined) => str(o?.x_storygraph_id);
  for (const o of objects) {
    const label = l.isStory(o) ? 'Story' : l.isSource(o) ? 'Source' : o.type === 'note' ? 'Claim' : undefined;
    const id = l.isStory(o) ? l.storyIdOf(o) : l.isSource(o) ? l.sourceIdOf(o) : idOf(o);
    if (label && id && typeof o.x_storygraph_marking_set_by === 'string') {
      extras.markingsSetBy.push({ label, id, setBy: o.x_storygraph_marking_set_by, setAt: str(o.x_storygraph_marking_set_at) ?? null });
    }
    for (const property of ['x_storygraph_ingested_at', 'x_storygraph_first_seen_at', 'x_storygraph_marking_set_at']) {
      if (o[property] !== undefined && !isTimestamp(o[property])) l.fail(l.at.get(o.id), o, `${property} must be an ISO 8601 timestamp`);
    }
    const at = str(o.x_storygraph_ingested_at) ?? str(o.x_storygraph_first_seen_at);
    const timed = label ?? ((o.type === 'identity' || o.type === 'location') && o.id !== PRODUCER_ID ? 'Entity' : undefined);
    if (timed && id && at && isTimestamp(at)) extras.times.push({ label: timed, id, at });
    if ((o.type === 'identity' || o.type === 'location') && idOf(o) && Array.isArray(o.x_storygraph_alias_keys)) {
      extras.entityKeys.push({ id: idOf(o)!, aliases: strings(o.x_storygraph_aliases), aliasKeys: strings(o.x_storygraph_alias_keys) });
    }
    if (o.type === 'opinion' && o.x_storygraph_grade !== undefined) readGrade(o, l, extras);
  }
  for (const r of l.relations) {
    const [from, to, type] = [l.get(r.source_ref), l.get(r.target_ref), l.storygraphType(r)];
    if (!from || !to || !idOf(from) || !idOf(to) || !type) continue;
    if (TIES.includes(type)) extras.ties.push({ entityId: idOf(from)!, relation: type, countryId: idOf(to)! });
    if (type === 'PUBLISHED_BY' && l.isSource(from)) extras.publishedBy.push({ sourceId: l.sourceIdOf(from), organizationId: idOf(to)! });
    if (LINK_TYPES.includes(type) && from.type === 'note' && to.type === 'note') {
      if (r.created !== undefined && !isTimestamp(r.created)) l.fail(l.at.get(r.id), r, 'created must be an ISO 8601 timestamp');
      extras.links.push({
        type,
        from: idOf(from)!,
        to: idOf(to)!,
        linkedAt: str(r.created) ?? null,
        linkedBy: str(r.x_storygraph_linked_by) ?? null,
        reason: str(r.description) ?? null,
      });
    }
  }
  return extras;
}

/** An opinion a storygraph export wrote from a grade: on a source report (reliability A-F) or on a note and a source report (credibility 1-6). */
function readGrade(o: StixObject, l: Lookups, extras: ImportExtras): void {
  const refs = strings(o.object_refs).map(l.get);
  const value = String(o.x_storygraph_grade);
  const [claim, source] = refs.length === 2 ? refs : [undefined, refs[0]];
  const base = {
    id: str(o.x_storygraph_id) ?? '',
    sourceId: source && l.isSource(source) ? l.sourceIdOf(source) : '',
    gradedBy: str(o.x_storygraph_graded_by) ?? null,
    gradedAt: String(o.created),
    note: str(o.explanation) ?? null,
    seq: typeof o.x_storygraph_seq === 'number' ? o.x_storygraph_seq : null,
  };
  const bad = (reason: string) => l.fail(l.at.get(o.id), o, reason);
  if (!base.id) return bad('x_storygraph_id is required on a grade');
  if (!base.sourceId) return bad('object_refs must end with the source report the grade is about');
  if (!isTimestamp(o.created)) return bad('created must be an ISO 8601 timestamp');
  if (claim) {
    if (claim.type !== 'note' || !str(claim.x_storygraph_id)) return bad('object_refs[0] must be the note of the graded claim');
    if (!CREDIBILITY.has(value)) return bad(`x_storygraph_grade of a citation must be 1 to 6 (got ${value})`);
    extras.citationGrades.push({ ...base, value: Number(value), claimId: str(claim.x_storygraph_id)! });
  } else {
    if (!RELIABILITY.has(value)) return bad(`x_storygraph_grade of a source must be A to F (got ${value})`);
    extras.sourceGrades.push({ ...base, value });
  }
}

/** Which bundle object a story input's field ("input.claims[2].text") came from, and the field's path within the story. */
export function fieldOrigin(story: StoryFromStix, field: string): { at: number; path: string } {
  const match = /^input\.(claims|entities|sources)\[\d+\]/.exec(field)?.[0];
  return { at: story.origins.get(match ?? 'input') ?? story.origins.get('input')!, path: field.replace(/^input\.?/, '') || 'report' };
}
