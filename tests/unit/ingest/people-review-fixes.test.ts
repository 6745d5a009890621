import { peopleIn } from '../../support/recognition';

describe('followers after a possessive', () => {
  it('are no evidence that a group is a person', () => {
    expect(peopleIn("Golden Dawn's supporters clashed with the police in Athens.")).toEqual([]);
    expect(peopleIn("Hezbollah's followers marched through the southern suburbs.")).toEqual([]);
  });
});

describe('rules first seen on one card hold on other examples of their class', () => {
  it('reads a country name hyphened to a given name before a surname as part of the name', () => {
    expect(peopleIn('The coup ousted President France-Albert René in 1981.')).toEqual(['person:france-albert-rene']);
    expect(peopleIn('The actor Chad-Michael Murray said he had never met the spy.')).toEqual(['person:chad-michael-murray']);
    expect(peopleIn('The singer Jordan-Lee Smith said the phone was tapped.')).toEqual(['person:jordan-lee-smith']);
  });

  it("gives a kin's given name the surname across any age ('<n>-year-old')", () => {
    expect(peopleIn("Ivanov's 12-year-old daughter, Maria, was questioned by the police.")).toEqual(['person:maria-ivanov']);
    expect(peopleIn("Petrov's 9-year-old son, Dmitri, was also detained.")).toEqual(['person:dmitri-petrov']);
  });
});
