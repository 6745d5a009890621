import { agencyIdForms, statedAgencyIdForms } from '../../../src/ingest/recognise/agency-id-forms';
import { EntityType } from '../../../src/modules/shared/enums';
import type { AgencyRecord } from '../../../src/ingest/recognise/reference-data';
import { loadReference } from '../../../src/ingest/recognise/reference';

/** Ids spelled from any form of one reference agency name that agency; a form two agencies share names neither. */
function agency(a: Partial<AgencyRecord> & Pick<AgencyRecord, 'name' | 'countryCode'>): AgencyRecord {
  return { aliases: [], ambiguousForms: [], cues: [], military: false, principal: false, historical: false, ...a };
}

describe('agency id forms', () => {
  it("maps the ids of an entry's acronym, name, official name and aliases to the entry's id", () => {
    const forms = agencyIdForms([
      agency({ countryCode: 'FR', name: 'Research and Intervention Brigade', acronym: 'BRI', officialName: "Brigade de recherche et d'intervention" }),
    ]);
    expect(forms.get('agency:fr-research-and-intervention-brigade')).toBe('agency:fr-bri');
    expect(forms.get('agency:fr-brigade-de-recherche-et-d-intervention')).toBe('agency:fr-bri');
    expect(forms.get('agency:fr-bri')).toBe('agency:fr-bri');
    expect(forms.get('agency:de-bri')).toBeUndefined();
  });

  it('maps a form two entries share to neither', () => {
    const forms = agencyIdForms([
      agency({ countryCode: 'XX', name: 'State Security', acronym: 'SS1' }),
      agency({ countryCode: 'XX', name: 'State Security Service', acronym: 'SS2', aliases: ['State Security'] }),
    ]);
    expect(forms.has('agency:xx-state-security')).toBe(false);
    expect(forms.get('agency:xx-state-security-service')).toBe('agency:xx-ss2');
  });

  it("reads the reference's own entries: the Paris Criminal Brigade under its French name", () => {
    const forms = agencyIdForms(loadReference().records.agencies);
    expect(forms.get('agency:fr-brigade-criminelle')).toBe('agency:fr-criminal-brigade');
  });

  it("maps a spelling without the country word to the entry: 'Ecuador's National Police' is the National Police of Ecuador", () => {
    const forms = agencyIdForms([agency({ countryCode: 'EC', name: 'National Police of Ecuador', aliases: ['Ecuadorian National Police'] })]);
    expect(forms.get('agency:ec-national-police')).toBe('agency:ec-national-police-of-ecuador');
    expect(forms.get('agency:pe-national-police')).toBeUndefined();
  });

  it('maps a short form two entries of one country share to neither', () => {
    const forms = agencyIdForms([
      agency({ countryCode: 'EC', name: 'National Police of Ecuador' }),
      agency({ countryCode: 'EC', name: 'Ecuadorian National Police Reserve', aliases: ['National Police'] }),
    ]);
    expect(forms.has('agency:ec-national-police')).toBe(false);
  });

  it('maps the name id of an agency the card writes as "Name (ACR)" to its acronym id, and nothing the card does not pair', () => {
    const text = 'Prosecutor Danilo Anderson led the case with the Technical Judicial Police (PTJ). The Anti-Corruption Agency questioned him.';
    const forms = statedAgencyIdForms(
      [
        { type: EntityType.AGENCY, name: 'Technical Judicial Police', acronym: 'PTJ', countryCode: 'VE' },
        { type: EntityType.AGENCY, name: 'Anti-Corruption Agency', acronym: 'ACA', countryCode: 'MY' },
      ],
      text,
    );
    expect(forms.get('agency:ve-technical-judicial-police')).toBe('agency:ve-ptj');
    expect(forms.has('agency:my-anti-corruption-agency')).toBe(false);
    expect(forms.size).toBe(1);
  });

  it('pairs the acronym a card adds to a reference entry that has none with the entry, and only for reference entries', () => {
    const text = "Kazakhstan's Anti-Corruption Agency (AKA) questioned him. The Harbour Security Division (Harsec) did not.";
    const forms = statedAgencyIdForms(
      [
        { type: EntityType.AGENCY, name: 'Anti-Corruption Agency of Kazakhstan', countryCode: 'KZ' },
        { type: EntityType.AGENCY, name: 'Security Division', countryCode: 'KZ' },
      ],
      text,
      (id) => id === 'agency:kz-anti-corruption-agency-of-kazakhstan',
    );
    expect([...forms]).toEqual([['agency:kz-aka', 'agency:kz-anti-corruption-agency-of-kazakhstan']]);
  });
});
