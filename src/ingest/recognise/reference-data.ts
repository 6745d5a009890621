import fs from 'node:fs';
import path from 'node:path';
import { isCountryCode } from '../../modules/entity/countries';
import { SourceKind, TieRelation } from '../../modules/shared/enums';
import { isCalendarDate } from '../../modules/shared/validators';

/** Fields only the recognizer reads; they are never emitted with the entity. */
export interface Disambiguation {
  /** Forms that need a cue nearby or the entity's country in the story (other entities share them). */
  ambiguousForms: string[];
  /** Words near an ambiguous form that point at this entity. */
  cues: string[];
}

export interface AgencyRecord extends Disambiguation {
  name: string;
  acronym?: string;
  aliases: string[];
  countryCode: string;
  /** What "<Demonym> military intelligence" means. */
  military: boolean;
  /** What "<Country>'s spy agency" or "<Country>'s intelligence agency" means. */
  principal: boolean;
  /** The name in the national language (also among the aliases, so it is recognised). */
  officialName?: string;
  /** "intelligence and security", "military intelligence" or "law enforcement". */
  kind?: string;
  /** Dissolved or renamed; note says by what ("1973–1977; succeeded by the CNI"). */
  historical: boolean;
  /** First and last year of a service that shares a name with another era's ("Iraqi Intelligence Service": Saddam's until 2003, the INIS since 2004). */
  since?: number;
  until?: number;
  note?: string;
}

export interface RoleRecord {
  title: string;
  countryCode?: string;
  from?: string;
  to?: string;
}

export interface PersonRecord extends Disambiguation {
  name: string;
  aliases: string[];
  countryCode?: string;
  roles: RoleRecord[];
}

export interface TieRecord {
  relation: TieRelation;
  countryCode: string;
}

export interface OrganizationRecord extends Disambiguation {
  name: string;
  acronym?: string;
  aliases: string[];
  ties: TieRecord[];
}

export interface PublisherRecord {
  name: string;
  aliases: string[];
  kind: SourceKind;
}

export interface TopicsReference {
  topics: string[];
  headNouns: string[];
}

type Json = Record<string, unknown>;

/** Seed files are edited by hand: fail loudly, naming the entry, rather than recognise garbage. */
class ReferenceDataError extends Error {}

function fail(file: string, entry: unknown, problem: string): never {
  throw new ReferenceDataError(`${file}: ${problem} in ${JSON.stringify(entry).slice(0, 120)}`);
}

function list(file: string, root: unknown, key: string): Json[] {
  const value = (root as Json)[key];
  if (!Array.isArray(value)) fail(file, root, `"${key}" must be an array`);
  return value as Json[];
}

function str(file: string, entry: Json, key: string): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') fail(file, entry, `"${key}" must be a non-empty string`);
  return value;
}

function optStr(file: string, entry: Json, key: string): string | undefined {
  return entry[key] === undefined ? undefined : str(file, entry, key);
}

function optYear(file: string, entry: Json, key: string): number | undefined {
  const value = entry[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 2100) fail(file, entry, `"${key}" must be a year`);
  return value;
}

function strings(file: string, entry: Json, key: string): string[] {
  const value = entry[key] ?? [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) fail(file, entry, `"${key}" must be a list of strings`);
  return value as string[];
}

function country(file: string, entry: Json, key: string): string {
  const code = str(file, entry, key);
  if (!isCountryCode(code)) fail(file, entry, `"${key}" is not an ISO country code`);
  return code;
}

function optCountry(file: string, entry: Json, key: string): string | undefined {
  return entry[key] === undefined ? undefined : country(file, entry, key);
}

function optDate(file: string, entry: Json, key: string): string | undefined {
  const value = optStr(file, entry, key);
  if (value !== undefined && !isCalendarDate(value)) fail(file, entry, `"${key}" must be YYYY-MM-DD`);
  return value;
}

function disambiguation(file: string, entry: Json): Disambiguation {
  return { ambiguousForms: strings(file, entry, 'ambiguousForms'), cues: strings(file, entry, 'cues') };
}

function loadAgencies(root: unknown): AgencyRecord[] {
  return list('agencies.json', root, 'agencies').map((e) => ({
    name: str('agencies.json', e, 'name'),
    acronym: optStr('agencies.json', e, 'acronym'),
    aliases: strings('agencies.json', e, 'aliases'),
    countryCode: country('agencies.json', e, 'countryCode'),
    military: e.military === true,
    principal: e.principal === true,
    officialName: optStr('agencies.json', e, 'officialName'),
    kind: optStr('agencies.json', e, 'kind'),
    historical: e.historical === true,
    since: optYear('agencies.json', e, 'since'),
    until: optYear('agencies.json', e, 'until'),
    note: optStr('agencies.json', e, 'note'),
    ...disambiguation('agencies.json', e),
  }));
}

function loadPeople(root: unknown): PersonRecord[] {
  return list('people.json', root, 'people').map((e) => ({
    name: str('people.json', e, 'name'),
    aliases: strings('people.json', e, 'aliases'),
    countryCode: optCountry('people.json', e, 'countryCode'),
    roles: list('people.json', e, 'roles').map((r) => ({
      title: str('people.json', r, 'title'),
      countryCode: optCountry('people.json', r, 'countryCode'),
      from: optDate('people.json', r, 'from'),
      to: optDate('people.json', r, 'to'),
    })),
    ...disambiguation('people.json', e),
  }));
}

function tie(entry: Json): TieRecord {
  const relation = str('organizations.json', entry, 'relation');
  if (!(relation in TieRelation)) fail('organizations.json', entry, `unknown tie relation "${relation}"`);
  return { relation: relation as TieRelation, countryCode: country('organizations.json', entry, 'countryCode') };
}

function loadOrganizations(root: unknown): OrganizationRecord[] {
  return list('organizations.json', root, 'organizations').map((e) => ({
    name: str('organizations.json', e, 'name'),
    acronym: optStr('organizations.json', e, 'acronym'),
    aliases: strings('organizations.json', e, 'aliases'),
    ties: (e.ties === undefined ? [] : list('organizations.json', e, 'ties')).map(tie),
    ...disambiguation('organizations.json', e),
  }));
}

function loadPublishers(root: unknown): PublisherRecord[] {
  return list('publishers.json', root, 'publishers').map((e) => {
    const kind = str('publishers.json', e, 'kind');
    if (!(kind in SourceKind)) fail('publishers.json', e, `unknown source kind "${kind}"`);
    return { name: str('publishers.json', e, 'name'), aliases: strings('publishers.json', e, 'aliases'), kind: kind as SourceKind };
  });
}

function loadTopics(root: unknown): TopicsReference {
  return { topics: strings('topics.json', root as Json, 'topics'), headNouns: strings('topics.json', root as Json, 'headNouns') };
}

/** Every reference dataset, as read and checked from one folder (seeds/reference by default). */
export interface ReferenceRecords {
  agencies: readonly AgencyRecord[];
  people: readonly PersonRecord[];
  organizations: readonly OrganizationRecord[];
  publishers: readonly PublisherRecord[];
  topics: TopicsReference;
}

export function readReferenceRecords(dir: string): ReferenceRecords {
  const read = (file: string): unknown => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (err) {
      throw new ReferenceDataError(`${path.join(dir, file)}: ${(err as Error).message}`);
    }
  };
  return {
    agencies: loadAgencies(read('agencies.json')),
    people: loadPeople(read('people.json')),
    organizations: loadOrganizations(read('organizations.json')),
    publishers: loadPublishers(read('publishers.json')),
    topics: loadTopics(read('topics.json')),
  };
}
