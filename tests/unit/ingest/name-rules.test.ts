import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

const reference = loadReference();

function idsIn(text: string, prefixes = ['person:', 'org:']): string[] {
  const found = recognizeEntities(text, { reference, date: '2025-06-01' });
  return distinctIds(found.mentions).filter((id) => prefixes.some((p) => id.startsWith(p)));
}

/** The people a whole card ends up with: story-wide linking happens across its texts. */
function peopleOfCard(summary: string, facts: string[]): string[] {
  const card = ['June 1, 2025', 'A test card', '', summary, '', 'Intelligence and Espionage', '', '📌 Key Facts', '', ...facts.map((f) => `  • ${f}`)].join(
    '\n',
  );
  return (cardToStoryInput(card, { reference }).entities ?? []).filter((e) => e.type === EntityType.PERSON).map((e) => entityIdOf(e));
}

describe('names with initials', () => {
  it('keeps initials inside the name', () => {
    expect(idsIn('Investigators interviewed J. Edgar Hoover about the files.')).toEqual(['person:j-edgar-hoover']);
    expect(idsIn('The treaty was signed by George H. W. Bush in 1990.')).toEqual(['person:george-h-w-bush']);
  });

  it('still ends a sentence after a lone capital before "The"', () => {
    expect(idsIn('They drafted Plan B. The minister said no.')).toEqual([]);
  });
});

describe("a sentence's first word glued to a name", () => {
  it('drops a cue noun, also in the plural, and a preposition', () => {
    expect(idsIn('Historian Timothy Snyder wrote about it.')).toEqual(['person:timothy-snyder']);
    expect(idsIn('Journalists Maria Ressa and Dmitry Muratov won the prize.')).toEqual(['person:maria-ressa', 'person:dmitry-muratov']);
    expect(idsIn('Under Enver Hoxha, the secret police watched everyone.')).toEqual(['person:enver-hoxha']);
  });
});

describe('evidence for names without a cue word', () => {
  it('counts name words, not particles, against the length limit', () => {
    expect(idsIn('Sheikh Mohammed bin Rashid bin Saeed Al Maktoum, the ruler of Dubai, spoke.')).toEqual(['person:mohammed-bin-rashid-bin-saeed-al-maktoum']);
  });

  it("reads an apposition by its head noun (the last describing one): 'the hotel manager' is a person", () => {
    expect(idsIn('The guests were let in by Omar Haddad, the hotel manager, at dawn.')).toEqual(['person:omar-haddad']);
    expect(idsIn('The money reached Tarik Selmani, a retired army officer, in May.')).toEqual(['person:tarik-selmani']);
  });

  it('takes a nationality and a describing noun before a name', () => {
    expect(idsIn('The Kenyan runner Eliud Kipchoge crossed the line.')).toEqual(['person:eliud-kipchoge']);
  });

  it('takes a name joined by "and" to a person on either side', () => {
    expect(idsIn('Qurban Mamut and Senator Tom Cotton discussed the bill.')).toEqual(['person:qurban-mamut', 'person:tom-cotton']);
  });

  it('does not take a street or a title before a known name for a person', () => {
    expect(idsIn('Crowds filled Boulevard Saint-Germain in Paris.')).toEqual([]);
    expect(idsIn('Home Secretary Theresa May spoke.')).toEqual(['person:theresa-may']);
  });

  it('reads more particles and titles inside long names', () => {
    expect(idsIn('Police say his wife María de los Ángeles Pineda handled the money.')).toEqual(['person:maria-de-los-angeles-pineda']);
    expect(idsIn('Princess Haya bint Hussein, his sixth wife, fled to London.')).toEqual(['person:haya-bint-hussein']);
  });

  it('strips a religious title unless it is the only other word', () => {
    expect(idsIn('The boy was found by Sister Agnese Ferri.')).toEqual(['person:agnese-ferri']);
    expect(idsIn('The prize went to Mother Teresa in 1979.')).toEqual(['person:mother-teresa']);
  });
});

describe('one person across spellings in a story', () => {
  it('gives a surname shared by relatives to the person named first', () => {
    expect(peopleOfCard('Lawyer Amal Abu Zayd was detained. Her brother Karim Abu Zayd fled.', ['Police said Abu Zayd had left the country.'])).toEqual([
      'person:amal-abu-zayd',
      'person:karim-abu-zayd',
    ]);
  });

  it('links transliteration variants and the other name order, not merely similar names', () => {
    expect(peopleOfCard('Opposition leader Aleksandr Kozlov was jailed.', ['A spokesman said Alexander Kozlov was a criminal.'])).toEqual([
      'person:aleksandr-kozlov',
    ]);
    expect(peopleOfCard('Chinese officer Zhou Haoran was charged.', ['Haoran Zhou, as the indictment names him, denied it.'])).toEqual(['person:zhou-haoran']);
    expect(peopleOfCard('Judge Jan Larsen heard the case.', ['The complaint was brought by lawyer Jon Larsen.'])).toEqual([
      'person:jan-larsen',
      'person:jon-larsen',
    ]);
  });

  it("does not take a father's name inside a patronymic for the child", () => {
    expect(
      peopleOfCard('Guards returned Sheikha Noura bint Khalid bin Hamad Al Nahyan, a daughter of the ruler, to the palace.', [
        'Her father, Sheikh Khalid bin Hamad Al Nahyan, did not comment.',
      ]),
    ).toEqual(['person:noura-bint-khalid-bin-hamad-al-nahyan', 'person:khalid-bin-hamad-al-nahyan']);
  });

  it('reads a passport name as another name of the person', () => {
    expect(peopleOfCard('Officer Dmitri Orlov was arrested in Vienna.', ['Orlov had entered Austria on a passport in the name of Dmitri Sokolov.'])).toEqual([
      'person:dmitri-orlov',
    ]);
  });

  it('gives aliases to the person the sentence is about', () => {
    expect(peopleOfCard('Businessman Tan Boon Kiat was charged in Singapore.', ['Tan used the aliases Lim Wei and Goh Seng.'])).toEqual([
      'person:tan-boon-kiat',
    ]);
  });
});

describe('role phrases and organisations', () => {
  it('reads "the only U.S. president to …" as a kind, not as the president of the day', () => {
    expect(idsIn('Nixon was the only U.S. president to resign.')).toEqual(['person:richard-nixon']);
  });

  it('finds organisations from membership and from an employee noun, not the Kremlin', () => {
    expect(idsIn('He had been a member of the Black Hand since 1911.')).toEqual(['org:black-hand']);
    expect(idsIn('He edited the bilingual weekly Zhamanak for a decade.')).toEqual(['org:zhamanak']);
    expect(idsIn('Soldiers of the 14th Mountain Battalion watched the road.')).toEqual(['org:14th-mountain-battalion']);
    expect(idsIn('He joined the Democratic Front for the Liberation of Palestine in 1970.')).toEqual(['org:democratic-front-for-the-liberation-of-palestine']);
    expect(idsIn('He worked for Wadie Haddad of the Popular Front.')).not.toContain('org:wadie-haddad-of-the-popular-front');
    expect(idsIn('On Monday Vostok executive Pavel Orlov was arrested.')).toEqual(['org:vostok', 'person:pavel-orlov']);
    expect(idsIn('On Monday Kremlin spokesman Dmitry Peskov said no.')).toEqual(['person:dmitry-peskov']);
    expect(idsIn('Senior analyst Dana Whitfield said the leak was small.')).toEqual(['person:dana-whitfield']);
  });
});

describe('people by their place in the sentence', () => {
  it('reads a name between commas after a phrase about a person as that person', () => {
    expect(idsIn('The chief of the Maharashtra Anti-Terrorism Squad (ATS), Hemant Karkare, was killed.', ['person:'])).toEqual(['person:hemant-karkare']);
    expect(idsIn('The only gunman captured alive, Ajmal Kasab, was hanged in 2012.', ['person:'])).toEqual(['person:ajmal-kasab']);
  });

  it('reads the object of "tried" or "deported" as a person, and no group before its gunmen', () => {
    expect(idsIn('India has tried Tahawwur Rana for the plot.', ['person:'])).toEqual(['person:tahawwur-rana']);
    expect(idsIn('Ten Lashkar-e-Taiba gunmen attacked the city.', ['person:'])).toEqual([]);
  });
});

describe('siblings and the bodies people serve', () => {
  it('reads both siblings after a family word, the first taking the surname', () => {
    expect(idsIn('The court is trying the brothers Domingos and Chiquinho Brazão on charges.', ['person:'])).toEqual([
      'person:domingos-brazao',
      'person:chiquinho-brazao',
    ]);
  });

  it('reads no person in the place a councillor serves', () => {
    const summary =
      'Eight years after the Rio de Janeiro councillor Marielle Franco and her driver Anderson Gomes were shot dead, the court is trying the killers.';
    expect(peopleOfCard(summary, ['Franco was a councillor for eight years.'])).toEqual(['person:marielle-franco', 'person:anderson-gomes']);
  });
});

describe('names without cue words', () => {
  it('reads names after plural cues, kin and agent phrases, "under" a title, and before a personal possession', () => {
    expect(idsIn('Capt. Jan Nowak and lieutenants Piotr Zielinski and Marek Wrona were convicted.', ['person:'])).toEqual([
      'person:jan-nowak',
      'person:piotr-zielinski',
      'person:marek-wrona',
    ]);
    expect(idsIn('A committee chaired by Odhiambo Kerubo reopened the case; the widow of Dorian Balde sued.', ['person:'])).toEqual([
      'person:odhiambo-kerubo',
      'person:dorian-balde',
    ]);
    expect(idsIn('He was prime minister under Tolegen Baimukhan. The roof of Azamat Serikov’s residence burned.', ['person:'])).toEqual([
      'person:tolegen-baimukhan',
      'person:azamat-serikov',
    ]);
    expect(idsIn('Her tutor was identified as Yaeko Taguchi.', ['person:'])).toEqual(['person:yaeko-taguchi']);
  });

  it('reads hyphenated given names, an age apposition and names after an abbreviated title', () => {
    expect(idsIn('The order came from Pak Hyon-chol, to disrupt the games.', ['person:'])).toEqual(['person:pak-hyon-chol']);
    expect(idsIn('Forty-five years ago Mirei Tanabe, then 13, was seized.', ['person:'])).toEqual(['person:mirei-tanabe']);
    expect(idsIn('Police chief Lt. Gen. Rashed Khalfan Obaid released footage.', ['person:'])).toEqual(['person:rashed-khalfan-obaid']);
    expect(idsIn('Retired Col. Byron Lima Estrada was sentenced.', ['person:'])).toEqual(['person:byron-lima-estrada']);
  });

  it('strips quoted nicknames, affiliations and ranks from names, and keeps particles such as "arap" and "dela"', () => {
    expect(idsIn('DEA agent Enrique "Kiki" Camarena was abducted.', ['person:'])).toEqual(['person:enrique-camarena']);
    expect(idsIn('Loyalist Ken Barrett pleaded guilty. WPC Yvonne Fletcher was shot.', ['person:'])).toEqual(['person:ken-barrett', 'person:yvonne-fletcher']);
    expect(idsIn('The base was named after Sgt. 1st Class Nathan Chapman.', ['person:'])).toEqual(['person:nathan-chapman']);
    expect(idsIn('President Daniel arap Moi met Senator Ronald dela Rosa.', ['person:'])).toEqual(['person:daniel-arap-moi', 'person:ronald-dela-rosa']);
  });

  it('reads a known first name after an organisation cue as a person, and a leader after "<Army> of"', () => {
    expect(idsIn('Cuba released U.S. contractor Alan Gross and a jailed source.', ['person:', 'org:'])).toEqual(['person:alan-gross']);
    expect(idsIn('Fighting between the Bougainville Revolutionary Army of Francis Ona and government forces went on.', ['person:'])).toEqual([
      'person:francis-ona',
    ]);
  });

  it('reads no person in events, outlets, stadiums, ships, suburbs or offices', () => {
    expect(
      idsIn(
        'During the Cold War, Ukrainska Pravda wrote about the Estadio Víctor Jara, the USS Cole and the Glen View suburb; the Federal Prosecutor, who said little, and Presidente Gonzalo.',
        ['person:'],
      ),
    ).toEqual([]);
  });
});

describe('quoted nicknames', () => {
  it('take a name with a nickname inside for a person even after a locative', () => {
    expect(idsIn('Money came from Joaquín "El Chapo" Guzmán and from the "Los Zetas" gang.', ['person:'])).toEqual(['person:joaquin-guzman']);
  });
});
