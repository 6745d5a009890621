import { peopleIn } from '../../support/recognition';

describe('names someone lived or travelled under', () => {
  it('reads no other person in a cover name given after a person the sentence names', () => {
    expect(peopleIn('Pavel Orlov and Irina Sokolova had lived in Leeds, England, as Mark Denton and Julia Hart.')).toEqual([
      'person:pavel-orlov',
      'person:irina-sokolova',
    ]);
    expect(peopleIn('The engineer Tomas Brandt posed as the salesman Henrik Vogel for a decade.')).toEqual(['person:tomas-brandt']);
  });

  it('reads none after "he"/"she" either, with "as" or "the names"', () => {
    expect(peopleIn('In Lisbon he had used the names Rui Casal and Rui Costa.')).toEqual([]);
    expect(peopleIn('After the war she lived as Greta Holm in a small town.')).toEqual([]);
  });

  it('reads none after "<name>, who" (a lone surname), but still the names of "two men, who travelled as"', () => {
    expect(peopleIn('Clark, who also used the name Alexander Sinclair, had arranged the murders.')).toEqual([]);
    expect(peopleIn('Two men, who travelled as Pavel Orlov and Ivan Sokolov, were filmed in Salisbury.')).toEqual([
      'person:pavel-orlov',
      'person:ivan-sokolov',
    ]);
  });

  it('keeps the names as people when they are the only names the sentence gives them', () => {
    expect(peopleIn('Police sought two men travelling as Viktor Malov and Oleg Rudin.')).toEqual(['person:viktor-malov', 'person:oleg-rudin']);
    expect(peopleIn('Pavel Orlov was arrested; the court heard Mark Denton testify.')).toContain('person:mark-denton');
  });
});
