import { badInput, FieldProblem } from '../../errors/app-error';
import { COUNTRIES } from '../entity/countries';
import { EntityInput } from '../entity/entity.input';
import { EntityType } from '../shared/enums';
import { foldKey, ids } from '../shared/ids';
import { ENTITY_KINDS, NODE_KINDS } from '../shared/kinds';
import { Tlp } from '../shared/tlp';
import { StoryInput } from './story.input';

/** A validated story turned into rows for the write statements: ids resolved, references checked. */
export interface WritePlan {
  story: { id: string; title: string; summary: string; publishedAt: string; url: string | null; marking: Tlp };
  topics: { id: string; name: string; nameKey: string }[];
  countries: EntityRow[];
  entities: EntityRow[];
  ties: { entityId: string; relation: string; countryId: string }[];
  roles: { personId: string; key: string; title: string; countryId: string; from: string | null; to: string | null }[];
  publishers: EntityRow[];
  sources: { id: string; title: string; url: string | null; kind: string; publisherId: string | null; marking: Tlp }[];
  derivations: { from: string; to: string }[];
  basedOn: string[];
  claims: ClaimRow[];
  mentions: string[];
  /** Ids the plan refers to without defining them: they must already exist. */
  externalSourceIds: string[];
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
  code: string | null;
  acronym: string | null;
  size: number | null;
  demonym: string | null;
}

export interface ClaimRow {
  id: string;
  text: string;
  kind: string;
  asOf: string | null;
  marking: Tlp;
  position: number;
  about: string[];
  attributedTo: string[];
  citations: { sourceId: string; quote: string | null }[];
}

/** Keys an entity answers to: its name, aliases, acronym and code, folded. */
export function entityKeys(e: {
  name?: string | null;
  aliases?: string[] | null;
  acronym?: string | null;
  code?: string | null;
  id?: string | null;
}): string[] {
  return [
    ...new Set(
      [e.name, e.acronym, e.code, ...(e.aliases ?? [])]
        .filter((k): k is string => Boolean(k))
        .map(foldKey)
        .filter(Boolean),
    ),
  ];
}

/**
 * Rows of countries named without extra aliases, computed once per code: a country has dozens of
 * aliases, and folding them for every story was the largest part of planning a generated card.
 * Rows are never modified once planned (the batch folds copies).
 */
const plainCountryRows = new Map<string, EntityRow>();

function countryRow(code: string, extraAliases: string[] = []): EntityRow {
  if (extraAliases.length) return newCountryRow(code, extraAliases);
  return plainCountryRows.get(code) ?? plainCountryRows.set(code, newCountryRow(code, [])).get(code)!;
}

function newCountryRow(code: string, extraAliases: string[]): EntityRow {
  const c = COUNTRIES.get(code)!;
  const aliases = [...new Set([...c.aliases, ...extraAliases])].filter((a) => a !== c.name);
  return {
    id: ids.country(code),
    type: EntityType.COUNTRY,
    name: c.name,
    nameKey: foldKey(c.name),
    aliases,
    aliasKeys: entityKeys({ name: c.name, aliases, code }),
    code,
    acronym: null,
    size: null,
    demonym: c.demonym ?? null,
  };
}

/** A client-chosen id must name the kind of thing it is given for: "claim:..." for a claim, and so on. */
function checkPrefix(id: string | undefined, prefix: string, field: string, problems: FieldProblem[]): void {
  if (id !== undefined && !(id.startsWith(prefix) && id.length > prefix.length)) {
    problems.push({ field, reason: `must start with "${prefix}" (got "${id}")` });
  }
}

function defaultEntityId(e: EntityInput): string {
  switch (e.type) {
    case EntityType.COUNTRY:
      return ids.country(e.code!);
    case EntityType.AGENCY:
      return ids.agencyOf(e);
    case EntityType.PERSON:
      return ids.person(e.name!);
    case EntityType.ORGANIZATION:
      return ids.organization(e.name!);
    case EntityType.GROUP:
      return ids.group(e.name!);
  }
}

/**
 * Builds the write plan. `existing` maps an entity index of the input to the id of an entity that
 * already exists under one of its names (alias resolution against the graph).
 */
export function buildWritePlan(input: StoryInput, existing: ReadonlyMap<number, string> = new Map()): WritePlan {
  const problems: FieldProblem[] = [];
  const storyId = input.id ?? ids.story(input.publishedAt, input.title);
  checkPrefix(input.id, NODE_KINDS.story.idPrefix, 'input.id', problems);
  input.entities.forEach((e, i) =>
    e.type === EntityType.COUNTRY && e.id !== undefined && e.code && e.id !== ids.country(e.code)
      ? problems.push({ field: `input.entities[${i}].id`, reason: `a country's id is ${ids.country(e.code)}` })
      : checkPrefix(e.id, ENTITY_KINDS[e.type].idPrefix, `input.entities[${i}].id`, problems),
  );
  input.sources.forEach((src, i) => {
    checkPrefix(src.id, NODE_KINDS.source.idPrefix, `input.sources[${i}].id`, problems);
    (src.derivedFrom ?? []).forEach((d, k) => checkPrefix(d, NODE_KINDS.source.idPrefix, `input.sources[${i}].derivedFrom[${k}]`, problems));
  });
  input.claims.forEach((c, i) => checkPrefix(c.id, NODE_KINDS.claim.idPrefix, `input.claims[${i}].id`, problems));

  // Entities: one row per id; countries referenced anywhere get their own rows.
  const countryCodes = new Map<string, string[]>();
  const entityRows = new Map<string, EntityRow>();
  const refIndex = new Map<string, string>();
  const ties: WritePlan['ties'] = [];
  const roles: WritePlan['roles'] = [];
  const addRef = (key: string, id: string, field: string) => {
    const known = refIndex.get(key);
    if (known && known !== id) problems.push({ field, reason: `"${key}" names two different entities (${known} and ${id})` });
    else refIndex.set(key, id);
  };

  input.entities.forEach((e, i) => {
    const field = `input.entities[${i}]`;
    if (e.type === EntityType.COUNTRY) {
      countryCodes.set(e.code!, [...(countryCodes.get(e.code!) ?? []), ...(e.aliases ?? [])]);
      const id = ids.country(e.code!);
      for (const key of [...entityKeys({ ...e, name: e.name ?? COUNTRIES.get(e.code!)!.name }), foldKey(id)]) addRef(key, id, field);
      return;
    }
    const id = existing.get(i) ?? e.id ?? defaultEntityId(e);
    const aliases = [...new Set([...(e.aliases ?? []), ...(e.acronym ? [e.acronym] : [])])].filter((a) => a !== e.name);
    entityRows.set(id, {
      id,
      type: e.type,
      name: e.name!,
      nameKey: foldKey(e.name!),
      aliases,
      aliasKeys: entityKeys({ ...e, aliases }),
      code: null,
      acronym: e.acronym ?? null,
      size: e.size ?? null,
      demonym: null,
    });
    for (const key of [...entityKeys(e), foldKey(id)]) addRef(key, id, field);
    if (e.countryCode) {
      countryCodes.set(e.countryCode, countryCodes.get(e.countryCode) ?? []);
      ties.push({ entityId: id, relation: 'OF_COUNTRY', countryId: ids.country(e.countryCode) });
    }
    for (const tie of e.ties ?? []) {
      countryCodes.set(tie.countryCode, countryCodes.get(tie.countryCode) ?? []);
      ties.push({ entityId: id, relation: tie.relation, countryId: ids.country(tie.countryCode) });
    }
    (e.roles ?? []).forEach((role, r) => {
      if (e.type !== EntityType.PERSON) problems.push({ field: `${field}.roles[${r}]`, reason: 'only people hold roles' });
      if (!role.countryCode) return problems.push({ field: `${field}.roles[${r}].countryCode`, reason: 'is required so the role can be placed' });
      countryCodes.set(role.countryCode, countryCodes.get(role.countryCode) ?? []);
      roles.push({
        personId: id,
        key: `${foldKey(role.title)}|${role.from ?? ''}`,
        title: role.title,
        countryId: ids.country(role.countryCode),
        from: role.from ?? null,
        to: role.to ?? null,
      });
    });
  });
  const countries = [...countryCodes].map(([code, aliases]) => countryRow(code, aliases));

  const resolveEntity = (ref: string, field: string): string | undefined => {
    const id = refIndex.get(foldKey(ref));
    if (!id) problems.push({ field, reason: `"${ref}" matches no entity in input.entities (by id, name, code, acronym or alias)` });
    return id;
  };

  // Sources and publishers. A source without its own marking takes the story's: what an AMBER report cites is AMBER unless it says otherwise.
  const storyMarking = input.marking ?? Tlp.CLEAR;
  const publishers = new Map<string, EntityRow>();
  const sourceIndex = new Map<string, string>();
  const sources: WritePlan['sources'] = [];
  const derivations: WritePlan['derivations'] = [];
  input.sources.forEach((s, i) => {
    const id = s.id ?? ids.source(s.publisher, s.title);
    if (sources.some((x) => x.id === id)) return problems.push({ field: `input.sources[${i}]`, reason: `duplicates another source (${id})` });
    let publisherId: string | null = null;
    if (s.publisher) {
      publisherId = ids.organization(s.publisher);
      publishers.set(publisherId, {
        id: publisherId,
        type: EntityType.ORGANIZATION,
        name: s.publisher,
        nameKey: foldKey(s.publisher),
        aliases: [],
        aliasKeys: [foldKey(s.publisher)],
        code: null,
        acronym: null,
        size: null,
        demonym: null,
      });
    }
    sources.push({ id, title: s.title, url: s.url ?? null, kind: s.kind, publisherId, marking: s.marking ?? storyMarking });
    sourceIndex.set(foldKey(id), id);
    sourceIndex.set(foldKey(s.title), id);
    for (const to of s.derivedFrom ?? []) derivations.push({ from: id, to });
  });
  const resolveSource = (ref: string, field: string): string | undefined => {
    const id = sourceIndex.get(foldKey(ref));
    if (!id) problems.push({ field, reason: `"${ref}" matches no source in input.sources (by id or title)` });
    return id;
  };
  const definedSources = new Set(sources.map((s) => s.id));
  const externalSourceIds = [...new Set(derivations.map((d) => d.to).filter((to) => !definedSources.has(to)))];
  derivations.forEach((d) => d.from === d.to && problems.push({ field: 'input.sources', reason: `source ${d.from} cannot derive from itself` }));

  // Claims.
  const claims: ClaimRow[] = [];
  input.claims.forEach((c, i) => {
    const field = `input.claims[${i}]`;
    const id = c.id ?? ids.claim(storyId, c.text);
    const twin = claims.findIndex((x) => x.id === id);
    if (twin >= 0) return problems.push({ field: `${field}.text`, reason: `repeats input.claims[${twin}]` });
    const refs = (list: string[] | undefined, name: string) => [
      ...new Set((list ?? []).map((ref, r) => resolveEntity(ref, `${field}.${name}[${r}]`)).filter((x): x is string => Boolean(x))),
    ];
    claims.push({
      id,
      text: c.text,
      kind: c.kind,
      asOf: c.asOf ?? null,
      marking: c.marking ?? Tlp.CLEAR,
      position: i,
      about: refs(c.about, 'about'),
      attributedTo: refs(c.attributedTo, 'attributedTo'),
      citations: (c.citations ?? [])
        .map((ct, k) => ({ sourceId: resolveSource(ct.source, `${field}.citations[${k}].source`), quote: ct.quote ?? null }))
        .filter((ct): ct is { sourceId: string; quote: string | null } => Boolean(ct.sourceId)),
    });
  });
  const basedOn = [...new Set(input.basedOn.map((ref, i) => resolveSource(ref, `input.basedOn[${i}]`)).filter((x): x is string => Boolean(x)))];

  if (problems.length) throw badInput(problems);

  const topics = [...new Map(input.topics.map((name) => [ids.topic(name), { id: ids.topic(name), name, nameKey: foldKey(name) }])).values()];
  const mentions = [...new Set([...countries.map((c) => c.id).filter((id) => refIndex.has(foldKey(id))), ...entityRows.keys()])];
  return {
    story: { id: storyId, title: input.title, summary: input.summary, publishedAt: input.publishedAt, url: input.url ?? null, marking: storyMarking },
    topics,
    countries,
    entities: [...entityRows.values()],
    ties,
    roles,
    publishers: [...publishers.values()].filter((p) => !entityRows.has(p.id)),
    sources,
    derivations,
    basedOn,
    claims,
    mentions,
    externalSourceIds,
  };
}
