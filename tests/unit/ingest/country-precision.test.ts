import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

function countriesIn(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions).filter((id) => id.startsWith('country:'));
}

describe('country words that mention no country', () => {
  it('reads a demonym before a plural of states as a group of states', () => {
    expect(countriesIn('The Organization of American States agreed, and Ecuador welcomed it.')).toEqual(['country:EC']);
    expect(countriesIn('The Union of South American Nations met in Quito.')).toEqual([]);
    // Lower case "states" after a demonym is still the country's own: "German states".
    expect(countriesIn('Several German states objected.')).toEqual(['country:DE']);
  });

  it('reads a language named after two peoples as neither country', () => {
    expect(countriesIn('The trial was held in Serbo-Croatian that summer, in Slovenia.')).toEqual(['country:SI']);
  });

  it('reads a language after "in" as no country when more words follow that it does not qualify', () => {
    expect(countriesIn('The letters, written in Russian by the defector, were found in Ukraine.')).toEqual(['country:UA']);
    expect(countriesIn('The verdict was read in Serbo-Croatian before a crowd in Slovenia.')).toEqual(['country:SI']);
    // A demonym that qualifies a noun is still the country.
    expect(countriesIn('He rose in Russian intelligence.')).toEqual(['country:RU']);
  });

  it('reads a demonym that is also a first name or surname as a name, not the country', () => {
    expect(countriesIn('Dane Schiller, a DEA spokesman, confirmed the arrest.')).toEqual([]);
    expect(countriesIn('The artist Gavin Turk signed it.')).toEqual([]);
  });

  it('reads a quoted country name after an alias cue as a nickname', () => {
    expect(countriesIn('A fish trader known as "Colômbia" ordered the killings in Brazil.')).toEqual(['country:BR']);
    expect(countriesIn('He was nicknamed “Peru” by his friends.')).toEqual([]);
    // Unquoted, it is the country.
    expect(countriesIn('He was later known as a hero in Colombia.')).toEqual(['country:CO']);
  });

  it('reads the singular nouns for a people as demonyms', () => {
    expect(countriesIn('Hammarskjöld, a Swede, won the prize; a Dane and a Turk were present.')).toEqual(['country:SE', 'country:DK', 'country:TR']);
  });
});
