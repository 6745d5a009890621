import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { entityIdOf } from '../../../src/ingest/recognise';
import { peopleIn } from '../../support/recognition';

/** The people of a card whose headline and summary are given (the key facts say nothing of them). */
function peopleOfCard(headline: string, summary: string): string[] {
  const card = `March 22, 2020\nBack to all stories\n\n${headline}\n\n${summary}\n\nHuman Rights Bolivia\n\n📌 Key Facts\n\n  • One.\n  • Two.\n  • Three.\n`;
  return (cardToStoryInput(card).entities ?? []).filter((e) => e.type === 'PERSON').map((e) => e.id ?? entityIdOf(e));
}

describe('titles of French-speaking courts and police forces', () => {
  it('strips "Me" (Maître) and "Commissaire" like "Judge" or "Inspector"', () => {
    expect(peopleIn('Me Amadou Diallo, the family’s lawyer, spoke to reporters.')).toEqual(['person:amadou-diallo']);
    expect(peopleIn('The raid was led by Commissaire Henri Lacombe, who had tracked him for years.')).toEqual(['person:henri-lacombe']);
  });
});

describe('who crime makes of a person', () => {
  it('reads a robber, escapee or criminal in an apposition as a person', () => {
    expect(peopleIn('Forty years ago Marcel Vautrin, the bank robber and escapee, was shot dead.')).toEqual(['person:marcel-vautrin']);
    expect(peopleIn('Ndaba Kheswa, a criminal close to the police, was arrested.')).toEqual(['person:ndaba-kheswa']);
  });

  it('reads a name before "was tried" as a person', () => {
    expect(peopleIn('Ndaba Kheswa was tried for the murder and acquitted.')).toEqual(['person:ndaba-kheswa']);
  });
});

describe('a place hyphened to "born"', () => {
  it('is where someone comes from, never a name', () => {
    expect(
      peopleOfCard(
        'Forty years since Father Jordi Ferrer was killed',
        'Forty years ago the body of Jordi Ferrer Pons, a Catalan-born Jesuit priest, was found near the city.',
      ),
    ).toEqual(['person:jordi-ferrer-pons']);
  });
});

describe('a capital’s name between two name words', () => {
  it('is a middle name ("Stanley", the Falklands’ capital)', () => {
    expect(peopleIn('Peter Stanley Whitcombe was arrested in 1979.')).toEqual(['person:peter-stanley-whitcombe']);
  });

  it('still reads no person in a capital opening or ending a run', () => {
    expect(peopleIn('Crowds gathered in Stanley Harbour after the war.')).toEqual([]);
  });
});

describe('"his" after a semicolon', () => {
  it('looks back only into its own clause', () => {
    expect(peopleIn('Minister Carlos Iturbe resigned in 1988; Tomás Alcázar and his brother Ignacio ran the firm.')).toEqual([
      'person:carlos-iturbe',
      'person:tomas-alcazar',
      'person:ignacio-alcazar',
    ]);
    // Two people in the clause still leave it open.
    expect(peopleIn('Karl Ostrander met Paul Lindqvist and his wife Hilde in Oslo.')).not.toContain('person:hilde-lindqvist');
  });
});

describe('"among them" opening an apposition to people', () => {
  it('reads the name after "<people>, among them" as a person', () => {
    expect(peopleIn('Three men, among them Kwame Sène, were convicted of the killing in 1994.')).toEqual(['person:kwame-sene']);
  });
});

describe('names that end on a plural person noun', () => {
  it('are groups, not people', () => {
    expect(peopleIn('The report was written by Investigative Reporters and Editors.')).toEqual([]);
    expect(peopleIn('Delegates of the Protect Journalists met.')).toEqual([]);
  });
});

describe('places named by their opening word', () => {
  it('reads "Santo …", "São …" and a French monument as no person', () => {
    expect(peopleIn('São Bernardo said the strike would go on.')).toEqual([]);
    expect(peopleIn('He was seen at the Arc de Carrousel.')).toEqual([]);
  });
});

describe('one name after an office title', () => {
  it('reads "President Suwarto" closing a phrase as that person', () => {
    expect(peopleIn('The union raised her case with the government of President Suwarto.')).toEqual(['person:suwarto']);
  });

  it('reads an abbreviated office with its period the same way ("Lt. Col. Hartono,")', () => {
    expect(peopleIn('Among the officers was Lt. Col. Hartono, who denied it.')).toEqual(['person:hartono']);
  });

  it('reads no person in a company or brand opened by a spelled-out rank ("General Dynamics", "Captain Marvel")', () => {
    expect(peopleIn('General Dynamics said the contract was cancelled.')).toEqual([]);
    expect(peopleIn('The talks involved General Electric, officials said.')).toEqual([]);
    expect(peopleIn('He was a fan of Captain Marvel, the police said.')).toEqual([]);
    expect(peopleIn('He served under Gen. Franco in Spain.')).toEqual(['person:franco']);
  });

  it('still reads the full name when a particle or another name word follows', () => {
    expect(peopleIn('President Daniel arap Moi denied it.')).toEqual(['person:daniel-arap-moi']);
    expect(peopleIn('General Staff officers met in the capital.')).toEqual([]);
  });
});

describe('an English word hyphened after a name', () => {
  it('makes an adjective of the name, which ends before the hyphen', () => {
    expect(peopleIn('Guests at an Elvis Presley-themed dinner in Leeds included Mira Kovac.')).toEqual(['person:elvis-presley', 'person:mira-kovac']);
  });

  it('leaves a given-name syllable attached', () => {
    expect(peopleIn('Kim Jong-nam was killed at the airport.')).toEqual(['person:kim-jong-nam']);
  });
});
