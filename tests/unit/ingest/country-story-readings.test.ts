import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { sharedCountryReadings } from '../../../src/ingest/recognise/shared-country-forms';

/** Classes read from the eleventh round's study of set 11, each on text of its own. */
const reference = loadReference();

function card(headline: string, summary: string, topics: string, fact: string): string {
  return `May 4, 2024\nBack to all stories\n\n${headline}\n\n${summary}\n\n${topics}\n\n📌 Key Facts\n\n  • ${fact}\n`;
}

function storyCountries(text: string): string[] {
  return cardToStoryInput(text, { reference })
    .entities.map((e) => entityIdOf(e))
    .filter((id) => id.startsWith('country:'))
    .sort();
}

describe('a form two countries share, read by the story', () => {
  it('reads "Congo" as the Republic of the Congo in a story that names only that one, the headline too', () => {
    const text = card(
      'Congo votes on a new constitution',
      'Voters in Congo-Brazzaville approved a new constitution on Sunday, officials said.',
      'Elections Republic of the Congo',
      'The Congolese opposition in Brazzaville called for a boycott.',
    );
    expect(storyCountries(text)).toEqual(['country:CG']);
  });

  it('takes a capital as the country named ("Brazzaville")', () => {
    expect([...sharedCountryReadings(['Protests in Brazzaville spread across Congo.'])]).toEqual([
      ['congo', 'CG'],
      ['congolese', 'CG'],
    ]);
  });

  it('keeps "Congo" the DR Congo when the story names the DR Congo, alone or with the other', () => {
    const drc = card(
      'Congo mourns a murdered activist',
      'Police in Kinshasa found the activist dead, his family said.',
      'Human Rights Democratic Republic of the Congo',
      'The Congolese police denied any role.',
    );
    expect(storyCountries(drc)).toEqual(['country:CD']);
    const both = card(
      'Congo and its neighbour sign a river treaty',
      'Kinshasa and Congo-Brazzaville signed the treaty on the river that divides them.',
      'Diplomacy',
      'Congo will build the first bridge.',
    );
    expect(storyCountries(both)).toEqual(['country:CD', 'country:CG']);
    expect(sharedCountryReadings(['Congo will build the first bridge.']).size).toBe(0);
  });
});

describe('buildings named after a country', () => {
  function countriesIn(text: string): string[] {
    return distinctIds(recognizeEntities(text, { reference, date: '2024-05-04' }).mentions).filter((id) => id.startsWith('country:'));
  }

  it('reads a hotel or stadium named after a country as a place, not the country', () => {
    expect(countriesIn('The envoy was shot at the Hotel Rwanda in Goma, a Congolese police officer said.')).toEqual(['country:CD']);
    expect(countriesIn('Fans filled the Kenya Stadium before the rally in Uganda.')).toEqual(['country:UG']);
    // The country itself, as a place of a hotel, is still the country.
    expect(countriesIn('He stayed at a hotel in Rwanda.')).toEqual(['country:RW']);
  });
});
