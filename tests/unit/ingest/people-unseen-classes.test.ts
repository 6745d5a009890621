import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { peopleIn } from '../../support/recognition';

const reference = loadReference();

describe('monarchs named by one given name', () => {
  it('reads a royal title and one capitalised word as that person, by the word alone', () => {
    expect(peopleIn('King Khalid later gave the clergy greater powers.')).toEqual(['person:khalid']);
    expect(peopleIn('Pope Francis declared Romero a saint in Rome.')).toEqual(['person:francis']);
    expect(peopleIn('A witness claimed to have seen Prince Jean, brother of Grand Duke Henri, near the site.')).toEqual(['person:jean', 'person:henri']);
  });

  it('keeps a regnal number in the name and reads no street or county as a monarch', () => {
    expect(peopleIn('King Hassan II ruled Morocco from 1961.')).toEqual(['person:hassan-ii']);
    expect(peopleIn('King Street was closed after the blast.')).toEqual([]);
    expect(peopleIn('He was held in the Prince William County jail in Virginia.')).toEqual([]);
  });
});

describe('names that are no people', () => {
  it('reads a code name as no person', () => {
    expect(peopleIn('The operation, code-named Ivy Bells, had tapped a cable.')).toEqual([]);
  });

  it('reads a street after a lower-case street word as no person', () => {
    expect(peopleIn('Ali Mécili was shot dead on the boulevard Saint-Michel in Paris.')).toEqual(['person:ali-mecili']);
  });

  it('drops an article opening the sentence before a place ("A Melbourne man")', () => {
    expect(peopleIn('A Melbourne man, Di Sanh Duong, has been jailed.')).toEqual(['person:di-sanh-duong']);
    expect(peopleIn('A. K. Togun, a security officer, was questioned.')).toEqual(['person:a-k-togun']);
  });
});

describe('people described after their name', () => {
  it('reads an apposition whose head noun follows a name with "of" inside it', () => {
    expect(peopleIn('Otto Warmbier, a University of Virginia student returned from North Korea, has died in Cincinnati.')).toEqual(['person:otto-warmbier']);
  });

  it('takes envoys and donors as people', () => {
    expect(peopleIn("Joseph Yun, the State Department's special representative for North Korea policy, flew to Pyongyang.")).toEqual(['person:joseph-yun']);
    expect(peopleIn('ASIO had warned the parties about accepting donations from another donor, Chau Chak Wing.')).toEqual(['person:chau-chak-wing']);
  });

  it("reads a person's followers, not a group's members", () => {
    expect(peopleIn("Spadafora later fought with Edén Pastora's rebels.")).toEqual(['person:eden-pastora']);
    expect(peopleIn('Ten Lashkar-e-Taiba gunmen attacked the hotel.')).toEqual([]);
  });
});

describe('one name with and without a generation suffix', () => {
  it('keeps the father and the son apart', () => {
    expect(peopleIn("Michal Kováč Jr., son of Slovakia's president Michal Kováč, was seized in Bratislava.")).toEqual([
      'person:michal-kovac-jr',
      'person:michal-kovac',
    ]);
  });
});

describe("another name of the story's subject, and quoted phrases", () => {
  it('links a birth name opening a sentence to the person the story named first', () => {
    const found = recognizeEntities('Pablo González was freed. Born Pavel Rubtsov in Moscow, he grew up in Spain.', { reference, date: '2025-06-01' });
    expect(distinctIds(found.mentions).filter((id) => id.startsWith('person:'))).toEqual(['person:pablo-gonzalez']);
  });

  it('reads a name quoted whole as a slogan or title, not a person', () => {
    expect(peopleIn('Deputies were reported to have shouted "Vive la République" as he took his oath.')).toEqual([]);
    expect(peopleIn('Joaquín "El Chapo" Guzmán was extradited.')).toEqual(['person:joaquin-guzman']);
  });

  it('reads a taskforce as no person', () => {
    expect(peopleIn('He was arrested by the Counter Foreign Interference Taskforce, led by the police.')).toEqual([]);
  });
});

describe('relatives named by a given name', () => {
  it("gives a given name between commas after a surname's kin that surname", () => {
    expect(peopleIn("The inquiry began when Walker's former wife, Barbara, called the FBI.")).toEqual(['person:barbara-walker']);
    expect(peopleIn("Howard's wife, Mary, helped him escape.")).toEqual(['person:mary-howard']);
    expect(peopleIn("Yandarbiyev's 13-year-old son, Daud, was badly wounded in the blast.")).toEqual(['person:daud-yandarbiyev']);
  });

  it("gives a given name right after a kin noun, with no commas, the owner's surname when the sentence goes on in lower case", () => {
    expect(peopleIn("Halvorsen's son Nils, and two others, fled north.")).toEqual(['person:nils-halvorsen']);
    expect(peopleIn("Okonkwo's son Emeka was killed in the raid.")).toEqual(['person:emeka-okonkwo']);
    expect(peopleIn("The Minister's son Tobias testified.")).toEqual([]);
    expect(peopleIn('Colonel Aldo Ferri Rossi, his son Capt. Marco Ferri Bianchi and a sergeant were convicted.')).not.toContain('person:capt-rossi');
  });

  it('gives "his"/"her" relative the surname of the one person named earlier in the sentence', () => {
    expect(peopleIn('The lawyer had represented the trader Omar Haddad, who was shot with his daughter Leila in May.')).toEqual([
      'person:omar-haddad',
      'person:leila-haddad',
    ]);
    expect(peopleIn('Gunmen killed Ingrid Vossberg and her nine-year-old son Jonas in 1984.')).toEqual(['person:ingrid-vossberg', 'person:jonas-vossberg']);
    expect(peopleIn('Deputy Mayor Karl Ostrander, his wife Hilde and an aide were convicted.')).toContain('person:hilde-ostrander');
    // Two people before the pronoun: whose wife is left open.
    expect(peopleIn('Karl Ostrander met Paul Lindqvist and his wife Hilde in Oslo.')).not.toContain('person:hilde-lindqvist');
  });

  it("keeps a child's surname in a country whose wives keep theirs, but not from a name with two surnames", () => {
    const inGuatemala = (text: string) =>
      distinctIds(recognizeEntities(text, { reference, date: '2025-06-01', subjectCountries: new Set(['GT']) }).mentions).filter((id) =>
        id.startsWith('person:'),
      );
    expect(inGuatemala('The businessman Khalid Nasser was shot dead with his daughter Marisol in April.')).toContain('person:marisol-nasser');
    expect(inGuatemala('The businessman Jorge Pérez Molina was shot dead with his daughter Marisol in April.')).not.toContain('person:marisol-molina');
    expect(inGuatemala('The businessman Khalid Nasser was shot dead with his wife Marisol in April.')).not.toContain('person:marisol-nasser');
  });

  it('shares a surname between two given names after a plural cue for people', () => {
    expect(peopleIn('The Nazi hunters Beate and Serge Klarsfeld had identified him.')).toEqual(['person:beate-klarsfeld', 'person:serge-klarsfeld']);
    expect(peopleIn('A Rome court acquitted the mobster Pippo Calò of murder.')).toEqual(['person:pippo-calo']);
  });
});

describe('a country name inside a given name', () => {
  it('keeps a country hyphened to a given name before a surname in the name, and reads no country there', () => {
    const found = recognizeEntities('Mercenaries came to overthrow President France-Albert René in 1981.', { reference, date: '2025-06-01' });
    expect(distinctIds(found.mentions)).toEqual(['person:france-albert-rene']);
  });
});

describe('names with Italian particles and plural ranks', () => {
  it('keeps "dalla", "dal", "delle" and "degli" inside a name', () => {
    expect(peopleIn('General Carlo Alberto dalla Chiesa was shot in Palermo.')).toEqual(['person:carlo-alberto-dalla-chiesa']);
    expect(peopleIn('Prosecutor Giulia degli Esposti said the case was closed.')).toEqual(['person:giulia-degli-esposti']);
  });

  it('strips a plural rank or a plural cue noun opening a name, mid-sentence or at its start', () => {
    expect(peopleIn('In May, Sergeants Paul Ward and Tom Hill were wounded.')).toEqual(['person:paul-ward', 'person:tom-hill']);
    expect(peopleIn('Ranchers Joao Silva, known as Bida, and a gunman were convicted.')).toContain('person:joao-silva');
    expect(peopleIn('Ranchers Joao Silva, known as Bida, and a gunman were convicted.')).not.toContain('person:ranchers-joao-silva');
  });
});

describe('people nouns and modifiers before a name', () => {
  it('reads a trade or role noun as a cue, also at a sentence start', () => {
    expect(peopleIn('Among the victims was florist Ozan Terzioğlu.')).toEqual(['person:ozan-terzioglu']);
    expect(peopleIn('Only in 2011 was former militiaman Tadeusz Wrona sentenced.')).toEqual(['person:tadeusz-wrona']);
    expect(peopleIn('Hitman Gary Leonard Nolan was convicted of the killing.')).toEqual(['person:gary-leonard-nolan']);
    expect(peopleIn('Her accomplices Udo Marwitz and Udo Brekle were found dead.')).toEqual(['person:udo-marwitz', 'person:udo-brekle']);
  });

  it('reads a kin noun hyphened to "in-law" as a cue', () => {
    expect(peopleIn('His son-in-law Nabil Qasrawi later moved to Geneva.')).toEqual(['person:nabil-qasrawi']);
  });

  it('keeps a word hyphened to a modifier prefix out of the name', () => {
    expect(peopleIn('The court sentenced neo-Nazi Dieter Krall to life.')).toEqual(['person:dieter-krall']);
    expect(peopleIn('Co-defendant Jonas K. was acquitted of being an accessory.')).toEqual(['person:jonas-k']);
  });
});

describe('names that courts, police and voters act on', () => {
  it('reads a name before "was/were (each|later) convicted, sentenced, acquitted …" as a person', () => {
    expect(peopleIn('Vukan Ravelić was convicted of taking part in the attack.')).toEqual(['person:vukan-ravelic']);
    expect(peopleIn('Aitor Zubiri and Nerea Olano were each sentenced to 30 years.')).toEqual(['person:aitor-zubiri', 'person:nerea-olano']);
    expect(peopleIn('The Northern Gateway was later approved.')).toEqual([]);
  });
});

describe('names set off by commas next to a phrase about people', () => {
  it('reads a name after "one of the … men/members," as a person', () => {
    expect(peopleIn('One of the freed men, Abdiweli Garaad, was later killed.')).toEqual(['person:abdiweli-garaad']);
    expect(peopleIn('A grenade went off in the hands of one of its members, Stelios Koumaris, in Patras.')).toEqual(['person:stelios-koumaris']);
  });

  it('reads a name before ", (also) arrested," or ", activists of …," as a person', () => {
    expect(peopleIn('Ngarbaye Doumro, also arrested, reappeared in Gabon.')).toEqual(['person:ngarbaye-doumro']);
    expect(peopleIn('Orazgeldi Berdiyev and Myratgeldi Hallyev, activists of the union, were jailed.')).toEqual([
      'person:orazgeldi-berdiyev',
      'person:myratgeldi-hallyev',
    ]);
  });
});

describe('names an identifying verb gives to the people it names', () => {
  it('reads the names after "named/identified the (two) men/gunmen as" as people, not a body named so', () => {
    expect(peopleIn('Police identified the two gunmen as Wondimu Tesfaye and Gebre Alemu.')).toEqual(['person:wondimu-tesfaye', 'person:gebre-alemu']);
    expect(peopleIn('The court named the company as Vantage Holdings.')).toEqual([]);
  });
});

describe('what only a person has, after a possessive name', () => {
  it('reads a name before "\'s conviction/arrest/exile …" as a person, and a monarch\'s possessive before his army as the monarch', () => {
    expect(peopleIn("Ragna Thorvaldsdóttir's conviction for perjury was not reviewed.")).toEqual(['person:ragna-thorvaldsdottir']);
    expect(peopleIn("King Faisal's army crossed the river.")).toEqual(['person:faisal']);
    expect(peopleIn('King Street Station was closed.')).toEqual([]);
  });
});
