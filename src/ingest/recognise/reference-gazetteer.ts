import { EntityType } from '../../modules/shared/enums';
import { placePossessiveForm, placePoliceForm } from './agency-places';
import { capitalPoliceForms } from './capital-police';
import { agencyDraft, EntityDraft, entityIdOf, organizationDraft, personDraft } from './entity-drafts';
import { PhraseMatcher } from './phrase-matcher';
import { withWordForms } from './organization-acronym-words';
import type { AgencyRecord, PublisherRecord, ReferenceRecords } from './reference-data';
import { formKey, matchKey } from './text-tokens';

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
/** capitalForce: a "<capital> police" form (capital-police.ts), which is no force inside a longer name ("City of London Police"). */
export type GazetteerValue =
  { kind: 'entity'; entity: ReferenceEntity; ambiguous: boolean; capitalForce?: boolean } | { kind: 'publisher'; publisher: PublisherRecord };

function entityOf(draft: EntityDraft, countryCodes: string[], cues: string[], agency?: AgencyRecord): ReferenceEntity {
  return { id: entityIdOf(draft), draft, countryCodes, cues: new Set(cues.map(matchKey)), agency };
}

/** The reference records as entities, index for index. */
export interface ReferenceEntities {
  agencies: readonly ReferenceEntity[];
  people: readonly ReferenceEntity[];
  organizations: readonly ReferenceEntity[];
}

export function referenceEntities(records: ReferenceRecords): ReferenceEntities {
  return {
    agencies: records.agencies.map((a) => entityOf(agencyDraft(a), [a.countryCode], a.cues, a)),
    people: records.people.map((p) => entityOf(personDraft(p), p.countryCode ? [p.countryCode] : [], p.cues)),
    organizations: records.organizations.map((o) =>
      entityOf(
        organizationDraft(o),
        o.ties.map((t) => t.countryCode),
        o.cues,
      ),
    ),
  };
}

function register(
  matcher: PhraseMatcher<GazetteerValue>,
  entity: ReferenceEntity,
  forms: Array<string | undefined>,
  ambiguousForms: string[],
  capitalForce = false,
): void {
  const ambiguous = new Set(ambiguousForms.map(formKey));
  const seen = new Set<string>();
  for (const form of forms) {
    if (!form || seen.has(form)) continue;
    seen.add(form);
    matcher.add(form, { kind: 'entity', entity, ambiguous: ambiguous.has(formKey(form)), ...(capitalForce && { capitalForce }) });
  }
}

/** Every spelling of every reference entity and outlet, for longest-match lookup in token streams. */
export function buildGazetteer(records: ReferenceRecords, entities: ReferenceEntities): PhraseMatcher<GazetteerValue> {
  const matcher = new PhraseMatcher<GazetteerValue>();
  records.agencies.forEach((a, i) =>
    register(
      matcher,
      entities.agencies[i],
      [
        a.name,
        placePossessiveForm(a.name),
        a.acronym,
        ...a.aliases,
        ...[a.name, ...a.aliases].map((f) => placePoliceForm(f, a.countryCode)),
        ...a.ambiguousForms,
      ],
      a.ambiguousForms,
    ),
  );
  registerCapitalForces(matcher, records, entities);
  records.people.forEach((p, i) => register(matcher, entities.people[i], [p.name, ...p.aliases], p.ambiguousForms));
  records.organizations.forEach((o, i) => register(matcher, entities.organizations[i], withWordForms([o.name, o.acronym, ...o.aliases]), o.ambiguousForms));
  // Outlets are sources, not entities: registering them keeps "The New York Times" from becoming an organisation.
  for (const p of records.publishers) for (const form of [p.name, ...p.aliases]) if (!/\.\w/.test(form)) matcher.add(form, { kind: 'publisher', publisher: p });
  return matcher;
}

/**
 * The forces of capitals the reference lacks ("Tehran police"), none where the reference already has the form (Tokyo's, and Australia's
 * "Victoria Police" before the Seychelles' capital). A capital whose country's reference force is named by the form's words without the
 * capital (London's "Metropolitan Police", Washington's "Metropolitan Police Department") is policed by that force: "London police" is
 * the Met.
 */
function registerCapitalForces(matcher: PhraseMatcher<GazetteerValue>, records: ReferenceRecords, entities: ReferenceEntities): void {
  const formsOf = (a: AgencyRecord) => [a.name, ...a.aliases, ...[a.name, ...a.aliases].map((f) => placePoliceForm(f, a.countryCode))];
  // Every form of every agency, once: `taken` by its folded form, and by country (in the reference's order) for the capital's force.
  const taken = new Set<string>();
  const forceNamed = new Map<string, ReferenceEntity>();
  records.agencies.forEach((a, i) => {
    for (const f of formsOf(a)) {
      if (!f) continue;
      const key = formKey(f);
      taken.add(key);
      forceNamed.set(`${a.countryCode} ${key}`, entities.agencies[i]);
    }
  });
  const namedByCountry = new Map<string, Array<[string, ReferenceEntity]>>();
  for (const [name, entity] of forceNamed) {
    const code = name.slice(0, name.indexOf(' '));
    const named = namedByCountry.get(code) ?? [];
    named.push([name, entity]);
    namedByCountry.set(code, named);
  }
  const forms = capitalPoliceForms();
  const capitalForce = new Map<string, ReferenceEntity>();
  for (const f of forms) {
    const rest = f.form.slice(f.capital.length);
    const force = `${f.draft.countryCode} ${formKey(rest)}`;
    // "Metropolitan Police" also as "Metropolitan Police Department"; a lone "police" is no force's name.
    const owner =
      forceNamed.get(force) ??
      (rest.trim().includes(' ') ? namedByCountry.get(f.draft.countryCode ?? '')?.find(([n]) => n.startsWith(`${force} `))?.[1] : undefined);
    if (owner) capitalForce.set(`${f.draft.countryCode} ${f.capital}`, owner);
  }
  for (const f of forms) {
    if (taken.has(formKey(f.form))) continue;
    const owner = capitalForce.get(`${f.draft.countryCode} ${f.capital}`);
    register(matcher, owner ?? entityOf(f.draft, [f.draft.countryCode ?? ''], []), [f.form], [], true);
  }
}

export function isAgency(entity: ReferenceEntity): boolean {
  return entity.draft.type === EntityType.AGENCY;
}
