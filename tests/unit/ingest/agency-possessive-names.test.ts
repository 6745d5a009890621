import { placePossessiveForm } from '../../../src/ingest/recognise/agency-places';
import { PhraseMatcher } from '../../../src/ingest/recognise/phrase-matcher';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { tokenize } from '../../../src/ingest/recognise/text-tokens';
import { agencyIdsOfCard, storyCard } from '../../support/story-cards';

/**
 * Names written with a possessive inside ("Cook County Sheriff's Office", "Thuringia's Office for the Protection of the
 * Constitution") and a country's one gendarmerie named by its demonym: round 10's classes of missed agencies.
 */
const reference = loadReference();

function idsOf(summary: string, facts: string[] = ['No one was charged.']): string[] {
  return agencyIdsOfCard(storyCard({ summary, facts, data: 'Nothing more.' }), reference);
}

describe('a possessive inside a name', () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add("Cook County Sheriff's Office", 'sheriff');
  matcher.add('Mexico City', 'city');

  it('matches where the form has it, and ends a name where the form has none', () => {
    const matched = (text: string) => matcher.findAll(tokenize(text)).flatMap((m) => m.values);
    expect(matched("Deputies of the Cook County Sheriff's Office came.")).toEqual(['sheriff']);
    expect(matched('Deputies of the Cook County Sheriff Office came.')).toEqual([]);
    expect(matched("He left Mexico's City Hall.")).toEqual([]);
    expect(matched('He left Mexico City.')).toEqual(['city']);
  });

  it("reads a name that opens on a state after the state's possessive, and no other name so", () => {
    expect(placePossessiveForm('Thuringia Office for the Protection of the Constitution')).toBe("Thuringia's Office for the Protection of the Constitution");
    expect(placePossessiveForm('North Rhine-Westphalia Police')).toBe("North Rhine-Westphalia's Police");
    expect(placePossessiveForm('Federal Office for the Protection of the Constitution')).toBeUndefined();
  });

  it('finds reference agencies written so in a card', () => {
    expect(idsOf("Thuringia's Office for the Protection of the Constitution had paid informers close to the trio.")).toEqual([
      'agency:de-thuringia-office-for-the-protection-of-the-constitution',
    ]);
    expect(idsOf("The Cook County Sheriff's Office in Chicago said the deputy had been suspended.")).toEqual(['agency:us-cook-county-sheriff-s-office']);
  });
});

describe("a county sheriff's office the reference does not hold", () => {
  it('is an American agency by its whole name, and a sheriff named alone is none', () => {
    expect(idsOf("Deputies of the Harris County Sheriff's Office in Houston arrested the man.")).toEqual(['agency:us-harris-county-sheriff-s-office']);
    expect(idsOf("The Orleans Parish Sheriff's Office ran the jail; the sheriff's office declined to comment.")).toEqual([
      'agency:us-orleans-parish-sheriff-s-office',
    ]);
  });
});

describe("a country's gendarmerie by its demonym or possessive", () => {
  it('is the reference gendarmerie of that country', () => {
    expect(idsOf('The Ivorian gendarmerie was accused of reprisals in Abidjan after the mutiny.')).toEqual(['agency:ci-national-gendarmerie-of-cote-d-ivoire']);
    expect(idsOf("Senegal's gendarmerie detained the activist in Dakar.")).toEqual(['agency:sn-national-gendarmerie-of-senegal']);
  });

  it('reads "<demonym> police" acting as a force as the country\'s principal national police (LABELLING.md, convention 1)', () => {
    expect(idsOf('Kenyan police at a roadblock near Nairobi shot the journalist.')).toEqual(['agency:ke-kenya-police-service']);
  });
});

describe('wartime and state services the reference holds', () => {
  it('reads MI9 and a Land office for the protection of the constitution by name', () => {
    expect(idsOf('Airey Neave joined MI9 in London after escaping from Colditz in 1942.')).toEqual(['agency:gb-mi9']);
    expect(idsOf('The Hessian Office for the Protection of the Constitution had watched the suspect until 2009.')).toEqual([
      'agency:de-hesse-office-for-the-protection-of-the-constitution',
    ]);
  });
});
