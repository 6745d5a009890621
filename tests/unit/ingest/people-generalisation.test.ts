import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { peopleIn } from '../../support/recognition';

const reference = loadReference();

describe('titles and people nouns glued to a name', () => {
  it('strips ranks, nobility and offices the title list lacked', () => {
    expect(peopleIn('His son, Seaman Michael Walker, was arrested.')).toEqual(['person:michael-walker']);
    expect(peopleIn('Count Folke Bernadotte, the mediator, was killed.')).toEqual(['person:folke-bernadotte']);
    expect(peopleIn('Lord Privy Seal Edward Heath told the House of Commons.')).toEqual(['person:edward-heath']);
    expect(peopleIn('Taoiseach Jack Lynch sacked two of his ministers.')).toEqual(['person:jack-lynch']);
    expect(peopleIn('The court convicted Datu Andal Ampatuan Jr. of murder.')).toEqual(['person:andal-ampatuan-jr']);
  });

  it('strips a noun for a person of a people and takes it as evidence', () => {
    expect(peopleIn('The court sentenced the Spaniard José Emilio Suárez Trashorras to thousands of years in prison.')).toEqual([
      'person:jose-emilio-suarez-trashorras',
    ]);
    expect(peopleIn('A jury acquitted the Chechens Kazbek Dukuzov and Musa Vakhayev in 2006.')).toEqual(['person:kazbek-dukuzov', 'person:musa-vakhayev']);
  });

  it('reads "<Country>-born" as a birthplace, neither part of the name nor an alias cue', () => {
    expect(peopleIn('Five were convicted, among them Sylvia Rafael and the Danish-born Dan Aerbel.')).toEqual(['person:sylvia-rafael', 'person:dan-aerbel']);
  });
});

describe('a known person inside a longer name', () => {
  it('reads a full name with a generation suffix as another person', () => {
    expect(peopleIn('Kenyan students, among them Barack Obama Sr., went to American universities.')).toEqual(['person:barack-obama-sr']);
  });

  it('keeps a given name after an abbreviated title with the surname', () => {
    expect(peopleIn('The force lost its commander, Lt. Col. Yonatan Netanyahu; three hostages died.')).toEqual(['person:yonatan-netanyahu']);
  });
});

describe('names with no cue word of their own', () => {
  it('passes evidence along a list closed by "and"', () => {
    expect(peopleIn('Avakov announced the arrest of Andriy Antonenko, Yulia Kuzmenko and Yana Duhar.')).toEqual([
      'person:andriy-antonenko',
      'person:yulia-kuzmenko',
      'person:yana-duhar',
    ]);
    expect(peopleIn('The victims included Matthew Goniwe, a teacher, and the police station in Cradock.')).toEqual(['person:matthew-goniwe']);
  });

  it('reads what befalls a person before "of" as evidence', () => {
    expect(peopleIn('The conviction of Paul Ward was quashed on appeal.')).toEqual(['person:paul-ward']);
  });
});

describe('relations, occupations and appositions', () => {
  it('reads partners, spouses and occupations the cue list lacked', () => {
    expect(peopleIn('Andargachew lived in London with his partner Yemi Hailemariam and their children.')).toEqual(['person:yemi-hailemariam']);
    expect(peopleIn('Boyce was paroled in 2002 and later married Cait Mills, who campaigned for his release.')).toEqual(['person:cait-mills']);
    expect(peopleIn('The court jailed the man who shot the political commentator Kem Ley.')).toEqual(['person:kem-ley']);
  });

  it('reads a name between commas after a noun for a person', () => {
    expect(peopleIn('Stashynsky had killed another émigré, Lev Rebet, the same way in 1957.')).toEqual(['person:lev-rebet']);
    expect(peopleIn('A third man, Zev Barkan, left the country.')).toEqual(['person:zev-barkan']);
  });

  it('reads "one of the <people>" after a name', () => {
    expect(peopleIn('Madanlal Pahwa, one of the conspirators, set off an explosive.')).toEqual(['person:madanlal-pahwa']);
    expect(peopleIn('Investigators traced the emails to Fahad Naseem, one of the men sentenced to life.')).toEqual(['person:fahad-naseem']);
    expect(peopleIn('Rio Tinto Group, one of the companies involved, denied it.')).toEqual([]);
  });
});

describe('possessions and agents of a person', () => {
  it('reads a possessive name before what only a person has, a describing word or two between', () => {
    expect(peopleIn('Marshal Lin Biao, Mao Zedong’s designated successor, died.')).toEqual(['person:lin-biao', 'person:mao-zedong']);
    expect(peopleIn('Masaryk was the only minister left in Klement Gottwald’s government.')).toEqual(['person:klement-gottwald']);
    expect(peopleIn('Slovo served in Nelson Mandela’s first cabinet.')).toEqual(['person:nelson-mandela']);
  });

  it('reads the agent of overseeing and approving verbs after "by"', () => {
    expect(peopleIn('The operation was overseen by Ehud Barak from a navy ship offshore.')).toEqual(['person:ehud-barak']);
  });
});

describe('names that are no people', () => {
  it('reads a group or outlet named after its cue noun as an organisation, even with a first name in it', () => {
    expect(peopleIn('The gunmen attacked the satirical weekly Charlie Hebdo in Paris.')).toEqual([]);
    expect(peopleIn('The court said Afridi had ties to the militant group Lashkar-e-Islam.')).toEqual([]);
    expect(peopleIn('Members of the religious group Ananda Marga were suspected.')).toEqual([]);
  });

  it('reads names that open with an organisation word as organisations', () => {
    expect(peopleIn('Investigators blamed jihadists of Ansar al-Sharia, which denied it.')).toEqual([]);
  });

  it('reads events, awards, projects and flights as no people', () => {
    expect(peopleIn('The Iraqi programme, Project Babylon, planned a giant gun.')).toEqual([]);
    expect(peopleIn('He was held after the Kaohsiung Incident, the commission said.')).toEqual([]);
    expect(peopleIn('Sombath won the Ramon Magsaysay Award in 2005.')).toEqual([]);
    expect(peopleIn('General Zia was killed when his C-130 Hercules crashed.')).toEqual([]);
  });
});

describe('more evidence around a name', () => {
  it('reads a passive verb that befalls only people', () => {
    expect(peopleIn('The group unravelled after Savvas Xiros was injured by his own bomb.')).toEqual(['person:savvas-xiros']);
  });

  it('reads a plural apposition after two names and a critic or relative', () => {
    expect(peopleIn('Andrija Mandić and Milan Knežević, leaders of the opposition, were sentenced.')).toEqual([
      'person:andrija-mandic',
      'person:milan-knezevic',
    ]);
    expect(peopleIn('Chamorro was a leading critic of Anastasio Somoza Debayle.')).toEqual(['person:anastasio-somoza-debayle']);
    expect(peopleIn('Massoud Hendi, a relative of the cleric, got ten years.')).toEqual(['person:massoud-hendi']);
  });

  it('reads a contractor of a named body as a person and the office before "of Police" as a title', () => {
    expect(peopleIn('Former NSA contractor Reality Winner was sentenced.')).toEqual(['person:reality-winner']);
    expect(peopleIn('The defence contractor Booz Allen said nothing.')).toEqual([]);
    expect(peopleIn('Inspector General of Police Kale Kayihura said a vest was found.')).toEqual(['person:kale-kayihura']);
  });
});

describe('offices, agents and appositions closing a sentence', () => {
  it('strips an ombudsman title and reads the agent of a killing', () => {
    expect(peopleIn("Police Ombudsman Nuala O'Loan found that the police had failed.")).toEqual(['person:nuala-o-loan']);
    expect(peopleIn('Tjibaou was assassinated by Djubelly Wéa, a separatist opposed to the accords.')).toEqual(['person:djubelly-wea']);
  });

  it('reads a name that closes the sentence after a phrase about a person', () => {
    expect(peopleIn('Sadr founded the Amal movement, now led by the speaker of parliament, Nabih Berri.')).toEqual(['person:nabih-berri']);
  });

  it('keeps "y" between Spanish surnames, and "the case of" names a person', () => {
    expect(peopleIn('The Jesuits killed included the Salvadoran Joaquín López y López.')).toEqual(['person:joaquin-lopez-y-lopez']);
    expect(peopleIn('The court ordered their release, citing the case of A. G. Perarivalan, freed in May.')).toEqual(['person:a-g-perarivalan']);
  });

  it('does not take a describing word before an organisation for a person cue', () => {
    expect(peopleIn('Nnamdi Kanu, leader of the separatist Indigenous People of Biafra (IPOB), was held.')).toEqual(['person:nnamdi-kanu']);
  });
});

describe('notable figures of past decades in the reference data', () => {
  it('knows a full name with no cue, but not inside the name of a place or body named after the person', () => {
    expect(peopleIn('Shimon Peres lost the 1996 election.')).toEqual(['person:shimon-peres']);
    expect(peopleIn('Arar was detained at John F. Kennedy International Airport in New York.')).toEqual([]);
    expect(peopleIn('He was arrested at Paris-Charles de Gaulle airport in 2017.')).toEqual([]);
    expect(peopleIn('Yeo was a student at the Lee Kuan Yew School of Public Policy.')).toEqual([]);
  });
});

describe('places and other names of a person', () => {
  it('reads "the town of …" and "his <place> home" as places, and "who" after a locative as about someone else', () => {
    expect(peopleIn('They were returning to the town of Atalaia do Norte.')).toEqual([]);
    expect(peopleIn('Soldiers took him from his Rio de Janeiro home in 1971.')).toEqual([]);
    expect(peopleIn('Klingberg, the deputy director of the institute at Ness Ziona who spied for Moscow, has died.')).toEqual([]);
  });

  it('reads "took the name" as another name of the person', () => {
    const ids = recognizeEntities('Stig Bergling vanished in 1987. Bergling later took the name Eugén Sandberg and died in 2015.', {
      reference,
      date: '2025-06-01',
    }).mentions.map((m) => m.id);
    expect([...new Set(ids)]).toEqual(['person:stig-bergling']);
  });
});
