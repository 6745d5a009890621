import { personIdForms } from '../../../src/ingest/recognise/person-id-forms';
import { loadReference } from '../../../src/ingest/recognise/reference';

describe('person id forms', () => {
  it("maps the ids of a reference person's name and aliases to the entry's id", () => {
    const forms = personIdForms(loadReference().records.people);
    expect(forms.get('person:rafik-hariri')).toBe('person:rafic-hariri');
    expect(forms.get('person:rafic-hariri')).toBe('person:rafic-hariri');
    expect(forms.has('person:rafiq-al-hariri-junior')).toBe(false);
  });

  it('maps a spelling two entries share to neither', () => {
    const person = (name: string, aliases: string[]) => ({ name, aliases, roles: [], ambiguousForms: [], cues: [] });
    const forms = personIdForms([person('Munir Said Thalib', ['Munir']), person('Munir Ahmed', ['Munir'])]);
    expect(forms.has('person:munir')).toBe(false);
    expect(forms.get('person:munir-ahmed')).toBe('person:munir-ahmed');
  });
});
