import { organizationIdForms } from '../../../src/ingest/recognise/organization-id-forms';
import type { OrganizationRecord } from '../../../src/ingest/recognise/reference-data';
import { loadReference } from '../../../src/ingest/recognise/reference';

function org(o: Partial<OrganizationRecord> & Pick<OrganizationRecord, 'name'>): OrganizationRecord {
  return { aliases: [], ties: [], ambiguousForms: [], cues: [], ...o };
}

describe('organisation id forms', () => {
  it("maps the ids of an entry's name, acronym and aliases to the entry's id", () => {
    const forms = organizationIdForms([org({ name: 'Economic Community of West African States', acronym: 'ECOWAS', aliases: ['CEDEAO'] })]);
    expect(forms.get('org:ecowas')).toBe('org:economic-community-of-west-african-states');
    expect(forms.get('org:cedeao')).toBe('org:economic-community-of-west-african-states');
    expect(forms.get('org:economic-community-of-west-african-states')).toBe('org:economic-community-of-west-african-states');
    expect(forms.get('org:african-union')).toBeUndefined();
  });

  it('maps a form two entries share to neither', () => {
    const forms = organizationIdForms([
      org({ name: 'Islamic Jihad', aliases: ['PIJ'] }),
      org({ name: 'Palestinian Islamic Jihad', aliases: ['Islamic Jihad'] }),
    ]);
    expect(forms.has('org:islamic-jihad')).toBe(false);
    expect(forms.get('org:pij')).toBe('org:islamic-jihad');
  });

  it("reads the reference's own entries: NATO and Interpol by acronym, Kata'ib Hezbollah with its apostrophe", () => {
    const forms = organizationIdForms(loadReference().records.organizations);
    expect(forms.get('org:nato')).toBe('org:north-atlantic-treaty-organization');
    expect(forms.get('org:interpol')).toBe('org:international-criminal-police-organization');
    expect(forms.get('org:kata-ib-hezbollah')).toBe('org:kataib-hezbollah');
  });
});
