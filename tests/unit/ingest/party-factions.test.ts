import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

function organisations(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions).filter((id) => id.startsWith('org:'));
}

function ids(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions);
}

describe("a party's faction named in brackets", () => {
  it('keeps the faction with the party it split from, for names the reference holds and names it does not', () => {
    expect(organisations('The NIA accused him of links to the banned Communist Party of India (Maoist), which he denied.')).toEqual([
      'org:communist-party-of-india-maoist',
    ]);
    // "Shaheed Bhutto" names the faction, no person.
    expect(ids('Murtaza led his own faction, the Pakistan Peoples Party (Shaheed Bhutto).')).toEqual([
      'org:pakistan-peoples-party-shaheed-bhutto',
      'country:PK',
    ]);
  });

  it("leaves a party's acronym, another body's short name and a sentence in brackets outside the name", () => {
    expect(organisations('The Pakistan Peoples Party (PPP) won the election.')).toEqual(['org:pakistan-peoples-party']);
    expect(organisations('Rebels of the National Liberation Front of Chad (Frolinat) attacked.').join()).not.toMatch(/frolinat/);
    expect(organisations('The Communist Party of Nepal (Which Had Long Waged War) signed.')).toEqual(['org:communist-party-of-nepal']);
  });
});
