import { foldKey, ids } from '../../modules/shared/ids';
import { literalPattern } from '../../modules/shared/literal-pattern';
import { entityIdOf, type EntityDraft } from './entity-drafts';
import { withoutCountryWord } from './agency-short-forms';
import { uniqueFormIds } from './entity-id-forms';
import type { AgencyRecord } from './reference-data';

/**
 * The ids one reference agency can be written under, each mapped to the id the reference gives it:
 * `agency:<cc>-<slug>` of its acronym, name, official name and every alias. A labeller who spells
 * the Paris BRI from its English name (`agency:fr-research-and-intervention-brigade`) and a
 * recogniser that writes the acronym (`agency:fr-bri`) name one entry. So does a spelling without the
 * country word, under the entry's country: `agency:ec-national-police` for the "National Police of
 * Ecuador" ("Ecuador's National Police"). A spelling two entries share maps to neither, so no two
 * services are ever merged.
 */
export function agencyIdForms(agencies: readonly AgencyRecord[]): Map<string, string> {
  const pairs: Array<[string, string]> = [];
  for (const agency of agencies) {
    const id = ids.agencyOf(agency);
    const written = [agency.acronym, agency.name, agency.officialName, ...agency.aliases].filter((f): f is string => !!f);
    const short = written.flatMap((f) => withoutCountryWord(f, agency.countryCode) ?? []);
    for (const form of new Set([...written, ...short])) {
      const formId = ids.agency(agency.countryCode, form);
      pairs.push([formId, id]);
    }
  }
  return uniqueFormIds(pairs);
}

/**
 * The same principle for an agency the reference lacks, applied to the spellings the card itself states: a card that
 * writes "the Technical Judicial Police (PTJ)" names one agency whether a label takes the name
 * (`agency:ve-technical-judicial-police`) or the acronym (`agency:ve-ptj`, the id the recogniser derives). Only a recognised
 * agency whose name and acronym stand in the text in that shape counts, so no spelling the card does not pair is merged. A
 * reference entry the card writes with an acronym the entry lacks pairs that acronym's id with the entry's (isReferenceId).
 */
export function statedAgencyIdForms(agencies: readonly EntityDraft[], text: string, isReferenceId: (id: string) => boolean = () => false): Map<string, string> {
  const folded = ` ${foldKey(text)} `;
  const pairs: Array<[string, string]> = [];
  for (const agency of agencies) {
    if (!agency.name) continue;
    if (agency.acronym) {
      if (folded.includes(` ${foldKey(`${agency.name} (${agency.acronym})`)} `)) pairs.push([ids.agency(agency.countryCode, agency.name), entityIdOf(agency)]);
      continue;
    }
    // A reference entry without an acronym that the card writes with one, "Namibia's Anti-Corruption Commission (ACC)". Only
    // the reference's own entries: an unknown name read without the acronym after it was read short, and stays an error.
    if (!isReferenceId(entityIdOf(agency))) continue;
    const short = withoutCountryWord(agency.name, agency.countryCode ?? '');
    for (const name of short ? [agency.name, short] : [agency.name]) {
      for (const m of text.matchAll(new RegExp(`${literalPattern(name)} \\((\\p{Lu}[\\p{L}]{1,7})\\)`, 'gu')))
        pairs.push([ids.agency(agency.countryCode, m[1]), entityIdOf(agency)]);
    }
  }
  return uniqueFormIds(pairs);
}
