import crypto from 'node:crypto';
import { NODE_KINDS, VIEW_KINDS, ViewKind } from './kinds';
import { foldKey, meaningfulChars } from './text-fold';

/** foldKey lives with the other text keys; ids and their callers keep importing it from here. */
export { foldKey };

export function slug(text: string, max = 80): string {
  const s = foldKey(text).replace(/ /g, '-');
  return s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '');
}

function hash(text: string, length = 12): string {
  return crypto.createHash('sha1').update(text).digest('hex').slice(0, length);
}

/**
 * A readable slug that never collides by accident: when the slug had to be cut, or lost letters
 * it cannot spell in ASCII (Cyrillic, Chinese...), a hash of the whole text is appended.
 */
export function stableSlug(text: string, max = 60): string {
  const full = slug(text, Number.MAX_SAFE_INTEGER);
  const complete = full.length > 0 && full.length <= max && full.replace(/-/g, '').length >= meaningfulChars(text);
  if (complete) return full;
  const digest = hash(text.normalize('NFC').trim().toLowerCase(), 8);
  const head = slug(text, max - digest.length - 1);
  return head ? `${head}-${digest}` : digest;
}

/** Stable, readable ids: the same thing gets the same id in every story and every replay. */

export const ids = {
  country: (code: string) => `${NODE_KINDS.country.idPrefix}${code.toUpperCase()}`,
  agency: (countryCode: string | undefined, acronymOrName: string) =>
    `${NODE_KINDS.agency.idPrefix}${countryCode ? `${countryCode.toLowerCase()}-` : ''}${stableSlug(acronymOrName)}`,
  /** An agency's own id: its acronym when it has one, else its name (the API, the recogniser and the scorer's forms all use this). */
  agencyOf: (a: { countryCode?: string | null; acronym?: string | null; name?: string | null }) =>
    ids.agency(a.countryCode ?? undefined, a.acronym ?? a.name ?? ''),
  person: (name: string) => `${NODE_KINDS.person.idPrefix}${stableSlug(name)}`,
  organization: (name: string) => `${NODE_KINDS.organization.idPrefix}${stableSlug(name)}`,
  group: (name: string) => `${NODE_KINDS.group.idPrefix}${stableSlug(name)}`,
  topic: (name: string) => `${NODE_KINDS.topic.idPrefix}${stableSlug(name)}`,
  story: (publishedAt: string, title: string) => `${NODE_KINDS.story.idPrefix}${publishedAt.slice(0, 10)}-${stableSlug(title)}`,
  source: (publisher: string | undefined, title: string) =>
    `${NODE_KINDS.source.idPrefix}${publisher ? `${stableSlug(publisher, 30)}/` : ''}${stableSlug(title)}`,
  claim: (storyId: string, text: string) => `${NODE_KINDS.claim.idPrefix}${hash(`${storyId}\n${foldKey(text)}`)}`,
};

/** "|" separates the parts of a composite id; a "|" or "%" inside a part (a client-chosen id) is percent-escaped. */
const escapePart = (part: string) => part.replace(/%/g, '%25').replace(/\|/g, '%7C');
const unescapePart = (part: string) => part.replace(/%7C/g, '|').replace(/%25/g, '%');

export function compositeId(kind: ViewKind, parts: readonly (string | null | undefined)[]): string {
  return `${kind.idPrefix}${parts.map((p) => escapePart(p ?? '')).join('|')}`;
}

/** The parts of a composite id of this kind, or null when the id is not one. */
export function compositeParts(kind: ViewKind, id: string): string[] | null {
  if (!id.startsWith(kind.idPrefix)) return null;
  const parts = id.slice(kind.idPrefix.length).split('|').map(unescapePart);
  return parts.length === kind.parts ? parts : null;
}

/** Ids of relationships and views, e.g. "citation:claim:3f9a1c07b2e4|source:nyt/cia-report". */
export const viewIds = {
  citation: (c: { claimId: string; sourceId: string }) => compositeId(VIEW_KINDS.citation, [c.claimId, c.sourceId]),
  claimLink: (fromId: string, stance: string, toId: string) => compositeId(VIEW_KINDS.claimLink, [fromId, stance, toId]),
  claimRelation: (claimId: string, direction: string, stance: string, otherId: string) =>
    compositeId(VIEW_KINDS.claimRelation, [claimId, direction, stance, otherId]),
  countryTie: (entityId: string, relation: string, countryId: string) => compositeId(VIEW_KINDS.countryTie, [entityId, relation, countryId]),
  role: (personId: string, title: string, countryId: string | null | undefined, from: string | null | undefined) =>
    compositeId(VIEW_KINDS.role, [personId, title, countryId, from]),
  assessment: (claimId: string) => compositeId(VIEW_KINDS.assessment, [claimId]),
  corroboration: (claimId: string) => compositeId(VIEW_KINDS.corroboration, [claimId]),
  provenance: (claimId: string) => compositeId(VIEW_KINDS.provenance, [claimId]),
};
