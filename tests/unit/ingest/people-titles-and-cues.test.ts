import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

/** Classes read from the eleventh round's study of set 11, each on text of its own. */
const reference = loadReference();

function idsIn(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2024-05-04' }).mentions);
}

const peopleIn = (text: string) => idsIn(text).filter((id) => id.startsWith('person:'));

describe('people after role nouns', () => {
  it('reads a name after "boss" or "laureate", before it or set off by commas', () => {
    expect(peopleIn('The clan boss Salvatore Lo Piccolo was arrested near Palermo.')).toEqual(['person:salvatore-lo-piccolo']);
    expect(peopleIn("The Camorra's boss, Michele Zagaria, was found in a bunker.")).toEqual(['person:michele-zagaria']);
    expect(peopleIn('The Peace Prize laureate Ales Bialiatski was jailed in Minsk.')).toEqual(['person:ales-bialiatski']);
  });
});

describe('royal titles', () => {
  it('reads a crown prince by his one name', () => {
    expect(peopleIn('Crown Prince Vajiralongkorn later succeeded his father.')).toEqual(['person:vajiralongkorn']);
  });

  it('strips a king\'s title in his own language, as it strips "King"', () => {
    expect(peopleIn('The Kabaka Mutesa II was exiled by the British in 1953.')).toEqual(['person:mutesa-ii']);
    expect(peopleIn('She was a niece of Mwami Mwambutsa IV.')).toEqual(['person:mwambutsa-iv']);
  });
});

describe('names that are no people', () => {
  it('reads a building named first in its own language as a place', () => {
    expect(peopleIn('The minister was shot at the Palais du Peuple in the capital.')).toEqual([]);
    expect(peopleIn('He lived at the Palazzo Farnese for a year.')).toEqual([]);
  });

  it('reads a group named with the Arabic word for a group as an organisation, article and all', () => {
    const ids = idsIn("He was killed by gunmen of al-Jama'a al-Islamiyya in Aswan.");
    expect(ids.filter((id) => id.startsWith('person:'))).toEqual([]);
    expect(ids).toContain('org:al-jama-a-al-islamiyya');
  });
});
