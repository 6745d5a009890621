import { EntityType } from '../../modules/shared/enums';
import { agencyDraft, EntityDraft, entityIdOf, organizationDraft, personDraft } from './entity-drafts';
import { PhraseMatcher } from './phrase-matcher';
import { AGENCIES, AgencyRecord, ORGANIZATIONS, PEOPLE, PUBLISHERS, PublisherRecord } from './reference-data';
import { matchKey, tokenize } from './text-tokens';

/** A known agency, person or organisation, ready to emit. */
export interface ReferenceEntity {
  id: string;
  draft: EntityDraft;
  /** Countries that make an ambiguous form mean this entity. */
  countryCodes: string[];
  cues: ReadonlySet<string>;
  agency?: AgencyRecord;
}

/** One registered spelling: entity or publisher, and whether the spelling alone is not enough. */
export type GazetteerValue = { kind: 'entity'; entity: ReferenceEntity; ambiguous: boolean } | { kind: 'publisher'; publisher: PublisherRecord };

export function formKey(form: string): string {
  return tokenize(form)
    .map((t) => t.key)
    .join(' ');
}

function entityOf(draft: EntityDraft, countryCodes: string[], cues: string[], agency?: AgencyRecord): ReferenceEntity {
  return { id: entityIdOf(draft), draft, countryCodes, cues: new Set(cues.map(matchKey)), agency };
}

const AGENCY_ENTITIES: ReferenceEntity[] = AGENCIES.map((a) => entityOf(agencyDraft(a), [a.countryCode], a.cues, a));
const PERSON_ENTITIES: ReferenceEntity[] = PEOPLE.map((p) => entityOf(personDraft(p), p.countryCode ? [p.countryCode] : [], p.cues));
const ORGANIZATION_ENTITIES: ReferenceEntity[] = ORGANIZATIONS.map((o) =>
  entityOf(
    organizationDraft(o),
    o.ties.map((t) => t.countryCode),
    o.cues,
  ),
);

function register(matcher: PhraseMatcher<GazetteerValue>, entity: ReferenceEntity, forms: Array<string | undefined>, ambiguousForms: string[]): void {
  const ambiguous = new Set(ambiguousForms.map(formKey));
  const seen = new Set<string>();
  for (const form of forms) {
    if (!form || seen.has(form)) continue;
    seen.add(form);
    matcher.add(form, { kind: 'entity', entity, ambiguous: ambiguous.has(formKey(form)) });
  }
}

function buildGazetteer(): PhraseMatcher<GazetteerValue> {
  const matcher = new PhraseMatcher<GazetteerValue>();
  AGENCIES.forEach((a, i) => register(matcher, AGENCY_ENTITIES[i], [a.name, a.acronym, ...a.aliases, ...a.ambiguousForms], a.ambiguousForms));
  PEOPLE.forEach((p, i) => register(matcher, PERSON_ENTITIES[i], [p.name, ...p.aliases], p.ambiguousForms));
  ORGANIZATIONS.forEach((o, i) => register(matcher, ORGANIZATION_ENTITIES[i], [o.name, o.acronym, ...o.aliases], o.ambiguousForms));
  // Outlets are sources, not entities: registering them keeps "The New York Times" from becoming an organisation.
  for (const p of PUBLISHERS) for (const form of [p.name, ...p.aliases]) if (!/\.\w/.test(form)) matcher.add(form, { kind: 'publisher', publisher: p });
  return matcher;
}

export const GAZETTEER: PhraseMatcher<GazetteerValue> = buildGazetteer();

export function isAgency(entity: ReferenceEntity): boolean {
  return entity.draft.type === EntityType.AGENCY;
}

/** Agencies of a country whose name or alias folds to key ("intelligence directorate"). */
export function agenciesNamed(countryCode: string, key: string): ReferenceEntity[] {
  return AGENCY_ENTITIES.filter((e) => e.agency?.countryCode === countryCode && [e.agency.name, ...e.agency.aliases].some((f) => formKey(f) === key));
}

export function militaryAgencyOf(countryCode: string): ReferenceEntity | undefined {
  return AGENCY_ENTITIES.find((e) => e.agency?.countryCode === countryCode && e.agency.military);
}

/** Organisation entries by folded name or alias: a pattern-built embassy reuses the curated entry. */
export function organizationNamed(name: string): ReferenceEntity | undefined {
  const key = formKey(name);
  return ORGANIZATION_ENTITIES.find((e) => [e.draft.name ?? '', ...(e.draft.aliases ?? [])].some((f) => formKey(f) === key));
}

export const REFERENCE_PEOPLE: readonly ReferenceEntity[] = PERSON_ENTITIES;
