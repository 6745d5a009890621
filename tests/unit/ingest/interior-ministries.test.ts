import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

/** Classes read from the eleventh round's study of set 11, each on text of its own. */
const reference = loadReference();

function agencyIds(text: string, subject: string[] = []): string[] {
  return recognizeEntities(text, { reference, date: '2024-05-04', subjectCountries: new Set(subject), storyCountries: new Set(subject) })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
}

describe("a country's interior ministry the reference holds as an agency", () => {
  it("reads the ministry after the country's possessive", () => {
    expect(agencyIds("The lawyer accused officers of Russia's Interior Ministry of taking bribes.")).toEqual(['agency:ru-mvd']);
  });

  it('reads "the Interior Ministry" as the ministry of the one country the story is about', () => {
    expect(agencyIds('The Interior Ministry said the protest was unlawful.', ['RU'])).toEqual(['agency:ru-mvd']);
    // With two countries in the headline, which ministry is meant is not said.
    expect(agencyIds('The Interior Ministry said the protest was unlawful.', ['RU', 'UA'])).toEqual([]);
  });

  it('reads no agency for a country whose ministry the reference does not hold as one', () => {
    expect(agencyIds("Protesters gathered outside Venezuela's Interior Ministry.")).toEqual([]);
    expect(agencyIds('The Interior Ministry appointed a working group.', ['IS'])).toEqual([]);
  });
});

describe('an interior ministry described, not named', () => {
  it('reads no agency in lower case ("a unit of the Soviet interior ministry")', () => {
    expect(agencyIds('Members of a riot police unit of the Soviet interior ministry opened fire.', ['RU'])).toEqual([]);
  });
});
