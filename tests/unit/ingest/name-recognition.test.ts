import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

const DATE = '2025-06-01';

function idsIn(text: string): string[] {
  const found = recognizeEntities(text, { reference: loadReference(), date: DATE });
  return distinctIds(found.mentions).filter((id) => id.startsWith('person:') || id.startsWith('org:') || id.startsWith('agency:'));
}

/** The people a whole card ends up with: story-wide linking happens across its texts. */
function peopleOfCard(summary: string, facts: string[]): string[] {
  const card = ['June 1, 2025', 'A test card', '', summary, '', 'Intelligence and Espionage', '', '📌 Key Facts', '', ...facts.map((f) => `  • ${f}`)].join(
    '\n',
  );
  return (cardToStoryInput(card).entities ?? []).filter((e) => e.type === EntityType.PERSON).map((e) => entityIdOf(e));
}

describe('people the reference data does not know', () => {
  it('keeps hyphenated and apostrophe names whole', () => {
    expect(idsIn('Prosecutors questioned Park Ji-hoon about the leak.')).toEqual(['person:park-ji-hoon']);
    expect(idsIn("Foreign affairs official Korir Sing'oei said the talks went well.")).toEqual(['person:korir-sing-oei']);
  });

  it('strips titles glued to the name, also after "of"', () => {
    expect(idsIn('Conservative MP Michael Chong was targeted.')).toEqual(['person:michael-chong']);
    expect(idsIn('Chief Adviser Muhammad Yunus met Secretary of State John Kerry.')).toEqual(['person:muhammad-yunus', 'person:john-kerry']);
    expect(idsIn('Emir Sheikh Hamad bin Khalifa Al Thani received the envoy.')).toEqual(['person:hamad-bin-khalifa-al-thani']);
  });

  it('keeps an honorific that is the only other word of the name ("Sheikh Hasina")', () => {
    expect(idsIn('Protesters forced Sheikh Hasina to flee.')).toEqual(['person:sheikh-hasina']);
  });

  it('reads names with particles and diacritics', () => {
    expect(idsIn('Prosecutors said Fethullah Gülen, a cleric, directed the network.')).toEqual(['person:fethullah-gulen']);
    expect(idsIn('The court heard that Ana María de la Cruz, a lawyer, had fled.')).toEqual(['person:ana-maria-de-la-cruz']);
  });

  it('finds names without cue words from an apposition or a verb that takes a person', () => {
    expect(idsIn('Police detained Tomas Rask, a Danish arms dealer, in Aarhus.')).toEqual(['person:tomas-rask']);
    expect(idsIn('The junta executed Ko Jimmy and three others.')).toEqual(['person:ko-jimmy']);
  });

  it('does not take an apposition that describes a firm for a person', () => {
    expect(idsIn('Payments went through Blue Harbor Partners, a consulting firm in Cyprus.')).toEqual(['org:blue-harbor-partners']);
  });

  it('does not take places for people', () => {
    expect(idsIn('The bomb exploded at Sheridan Circle on Tuesday.')).toEqual([]);
    expect(idsIn('Drones struck the Ain al-Asad air base.')).toEqual([]);
    expect(idsIn('He lived in a guesthouse near Port-au-Prince.')).toEqual([]);
  });
});

describe('one person, several names, across a story', () => {
  it('links a surname alone to the full name read earlier, even when a known person has that surname', () => {
    // "Munir" alone is an alias of Pakistan's army chief Asim Munir in seeds/reference/people.json.
    const people = peopleOfCard('Activists say Munir Said Thalib, a lawyer, was poisoned on a flight.', ['Munir had investigated abuses by the army.']);
    expect(people).toEqual(['person:munir-said-thalib']);
  });

  it('links a surname with particles, and spellings that differ in hyphens or spaces', () => {
    expect(peopleOfCard('The court summoned Cristina Fernández de Kirchner, the former president.', ['Fernández de Kirchner denied it.'])).toEqual([
      'person:cristina-fernandez-de-kirchner',
    ]);
    expect(peopleOfCard('The suit names Saad Aljabri, a former official.', ['Al-Jabri worked with Western services.'])).toEqual(['person:saad-aljabri']);
  });

  it('links a name introduced as another name of someone just named', () => {
    expect(peopleOfCard('The founder, Kim Dotcom, was born Kim Schmitz in Kiel.', [])).toEqual(['person:kim-dotcom']);
    expect(peopleOfCard('Jun Wei Yeo, also known as Dickson Yeo, pleaded guilty.', [])).toEqual(['person:jun-wei-yeo']);
    expect(peopleOfCard('Investigators said Aleksandr Volkov, a GRU officer, travelled as Pavel Sidorov.', [])).toEqual(['person:aleksandr-volkov']);
  });

  it('takes a full name for a person when its surname is used alone elsewhere in the story', () => {
    expect(
      peopleOfCard('A drone strike killed Qasem Soleimani near the airport.', [
        'Soleimani, whose name is also transliterated Qassem Suleimani, led the force.',
      ]),
    ).toEqual(['person:qasem-soleimani']);
  });

  it('reads a firm seen once the same way later, even after a title word', () => {
    const card = [
      'June 1, 2025',
      'A test card',
      '',
      'The security firm UC Global recorded the meetings.',
      '',
      '📌 Key Facts',
      '',
      '  • Former UC Global employees testified.',
    ].join('\n');
    expect((cardToStoryInput(card).entities ?? []).map((e) => entityIdOf(e))).toEqual(['org:uc-global']);
  });
});

describe('agencies that share a spelling', () => {
  it('take the country in view, and otherwise the one agency for which the spelling is unambiguous', () => {
    expect(idsIn("Egypt's NSA detained the researcher.")).toEqual(['agency:eg-nsa']);
    expect(idsIn('Snowden leaked NSA documents.')).toEqual(['agency:us-nsa']);
    expect(idsIn('Sri Lanka said the SIS had been warned.')).toEqual(['agency:lk-sis']);
    // Korea's and Norway's NIS are both ambiguous: with neither country in view, no agency.
    expect(idsIn('The NIS declined to comment.')).toEqual([]);
  });

  it('knows historical services by their own names', () => {
    expect(idsIn('Files of the Stasi and the KGB, and SAVAK and DINA archives, were opened.')).toEqual([
      'agency:de-stasi',
      'agency:ru-kgb',
      'agency:ir-savak',
      'agency:cl-dina',
    ]);
  });
});
