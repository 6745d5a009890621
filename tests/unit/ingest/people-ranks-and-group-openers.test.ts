import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { peopleIn } from '../../support/recognition';

/** Classes read from session 15's second-round study of sets 17 and 18, each on text of its own. */
const reference = loadReference();

describe('British ranks below the officers', () => {
  it('strips a police constable\'s "PC" and "DC" as it strips "Constable"', () => {
    expect(peopleIn('The attacker stabbed PC Andrew Harper near the station.')).toEqual(['person:andrew-harper']);
    expect(peopleIn('DC Sarah Collins interviewed the suspect twice.')).toEqual(['person:sarah-collins']);
  });

  it('strips a soldier\'s rank such as "Fusilier", "Trooper" or "Guardsman"', () => {
    expect(peopleIn('A bomb killed Trooper Daniel Hoole on patrol.')).toEqual(['person:daniel-hoole']);
    expect(peopleIn('Guardsman Jamie Janes was buried in Brighton.')).toEqual(['person:jamie-janes']);
  });
});

describe('groups opening with the Urdu word for a movement', () => {
  it('reads "Harkat-ul-…" as an organisation, not a person', () => {
    const ids = distinctIds(recognizeEntities('Police blamed Harkat-ul-Ansar for the kidnapping of the tourists.', { reference, date: '2024-05-04' }).mentions);
    expect(ids.filter((id) => id.startsWith('person:'))).toEqual([]);
    expect(ids).toContain('org:harkat-ul-ansar');
  });
});
