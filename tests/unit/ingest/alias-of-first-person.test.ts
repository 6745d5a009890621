import { peopleIn } from '../../support/recognition';

// Long enough that no person is named within the alias rule's reach before the cue: only the story's first person is left.
const voronin =
  'Mikhail Voronin ran the network for a decade from a flat in the city, meeting couriers in parks and cafes and sending reports by radio every week. ';
const chapman =
  'Anna Chapman ran the network for a decade from a flat in the city, meeting couriers in parks and cafes and sending reports by radio every week. ';

describe('a birth or passport name that names no one before it', () => {
  it("is another name of the story's first person after a pronoun or opening the sentence", () => {
    expect(peopleIn(voronin + 'He later flew out on a passport in the name of Pavel Rubtsov.')).toEqual(['person:mikhail-voronin']);
    expect(peopleIn(voronin + 'Born Pavel Rubtsov in Moscow, he moved to Oslo.')).toEqual(['person:mikhail-voronin']);
  });

  it('is a person of its own after any other alias cue', () => {
    expect(peopleIn(chapman + 'He later called Peter Holm from a payphone.')).toEqual(['person:anna-chapman', 'person:peter-holm']);
    expect(peopleIn(chapman + 'She said the handler was known as Peter Holm.')).toEqual(['person:anna-chapman', 'person:peter-holm']);
  });
});
