import { fromRoot } from '../../config/paths';
import { foldKey } from '../../modules/shared/ids';
import { agencyByShortForm, agencyShortForms } from './agency-short-forms';
import { NationalForce, nationalForcesByCountry } from './national-police';
import { PhraseMatcher } from './phrase-matcher';
import { PublisherRecord, readReferenceRecords, ReferenceRecords, TopicsReference } from './reference-data';
import { formKey } from './text-tokens';
import { buildGazetteer, GazetteerValue, ReferenceEntities, ReferenceEntity, referenceEntities } from './reference-gazetteer';
import { buildRoleIndex, IndexedRole } from './role-index';

/**
 * What recognition knows: the reference datasets and the indexes built from them, made once and
 * handed to the recognisers (nothing is read at import time, so tests and other deployments can
 * bring their own folder).
 */
export class Reference {
  readonly gazetteer: PhraseMatcher<GazetteerValue>;
  readonly entities: ReferenceEntities;
  readonly roles: readonly IndexedRole[];
  private readonly publishersByKey = new Map<string, PublisherRecord>();
  private shortForms?: Map<string, ReferenceEntity | undefined>;
  private readonly nationalForces = new Map<NationalForce, Map<string, ReferenceEntity>>();
  /** Asked for every embassy-shaped phrase: indexed on first use rather than every spelling of every organisation folded per question. */
  private organizationsByForm?: Map<string, ReferenceEntity>;

  constructor(readonly records: ReferenceRecords) {
    this.entities = referenceEntities(records);
    this.gazetteer = buildGazetteer(records, this.entities);
    this.roles = buildRoleIndex(records.people, this.entities.people, this.gazetteer);
    for (const p of records.publishers) for (const form of [p.name, ...p.aliases]) this.publishersByKey.set(foldKey(form), p);
  }

  get topics(): TopicsReference {
    return this.records.topics;
  }

  /** The reference entry of an outlet by any of its spellings. */
  publisher(name: string): PublisherRecord | undefined {
    return this.publishersByKey.get(foldKey(name));
  }

  /** Agencies of a country whose name or alias folds to key ("intelligence directorate"). */
  agenciesNamed(countryCode: string, key: string): ReferenceEntity[] {
    return this.entities.agencies.filter((e) => e.agency?.countryCode === countryCode && [e.agency.name, ...e.agency.aliases].some((f) => formKey(f) === key));
  }

  /** The one agency of a country whose name without its country word or generic police head is name ("National Police" in Spain, "Malawi Police"), or the country's own police ("Danish Police"). */
  agencyByShortForm(countryCode: string, name: string): ReferenceEntity | undefined {
    this.shortForms ??= agencyShortForms(this.entities.agencies);
    return agencyByShortForm(this.shortForms, countryCode, name);
  }

  /** What "<country word> police" or a lone "the gendarmerie" means: the country's principal force of that kind (`national-police.ts`), if any. */
  nationalForceOf(countryCode: string, force: NationalForce = 'police'): ReferenceEntity | undefined {
    let byCountry = this.nationalForces.get(force);
    if (!byCountry) this.nationalForces.set(force, (byCountry = nationalForcesByCountry(this.entities.agencies, force)));
    return byCountry.get(countryCode);
  }

  principalAgencyOf(countryCode: string): ReferenceEntity | undefined {
    return this.entities.agencies.find((e) => e.agency?.countryCode === countryCode && e.agency.principal);
  }

  militaryAgencyOf(countryCode: string): ReferenceEntity | undefined {
    return this.entities.agencies.find((e) => e.agency?.countryCode === countryCode && e.agency.military);
  }

  /** Organisation entries by folded name or alias: a pattern-built embassy reuses the curated entry. */
  organizationNamed(name: string): ReferenceEntity | undefined {
    this.organizationsByForm ??= firstByForm(this.entities.organizations);
    return this.organizationsByForm.get(formKey(name));
  }
}

/** Entries by the folded form of their name and aliases; of two entries sharing a form, the first. */
function firstByForm(entries: readonly ReferenceEntity[]): Map<string, ReferenceEntity> {
  const byForm = new Map<string, ReferenceEntity>();
  for (const e of entries)
    for (const form of [e.draft.name ?? '', ...(e.draft.aliases ?? [])]) {
      const key = formKey(form);
      if (!byForm.has(key)) byForm.set(key, e);
    }
  return byForm;
}

export const DEFAULT_REFERENCE_DIR = fromRoot('seeds', 'reference');

const loaded = new Map<string, Reference>();

/** The reference of a folder, read and indexed on first use and shared afterwards (a worker thread reads its own). */
export function loadReference(dir: string = DEFAULT_REFERENCE_DIR): Reference {
  let reference = loaded.get(dir);
  if (!reference) {
    reference = new Reference(readReferenceRecords(dir));
    loaded.set(dir, reference);
  }
  return reference;
}
