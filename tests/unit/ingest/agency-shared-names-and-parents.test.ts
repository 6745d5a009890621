import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';
import { EntityType } from '../../../src/modules/shared/enums';

/** Classes read from the eleventh round's study of set 10, each on text of its own. */
const reference = loadReference();

function agencyIds(text: string, subject?: string[]): string[] {
  return recognizeEntities(text, {
    reference,
    date: '2025-12-08',
    subjectCountries: subject ? new Set(subject) : undefined,
    storyCountries: subject ? new Set(subject) : undefined,
  })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
}

describe('agencies named by shape', () => {
  it('reads a police unit named for terrorism work ("Anti-Terrorist Division") with its acronym', () => {
    expect(agencyIds('In Senegal, the National Anti-Terrorist Division (DNLT) questioned the suspects.')).toContain('agency:sn-dnlt');
  });

  it('reads a police station as a building, not a force', () => {
    expect(agencyIds('In Kenya, he was held at Nairobi Central Police Station for two days.')).toEqual([]);
  });
});

describe('names several countries hold', () => {
  it('gives "State Security Service", a name eight countries\' services hold, no country when none of them is in view', () => {
    expect(agencyIds('In Chile, the State Security Service was blamed for the leak.')).not.toContain('agency:be-vsse');
    expect(agencyIds('In Belgium, the State Security Service warned ministers.')).toEqual(['agency:be-vsse']);
  });

  it("reads Yugoslavia's SDB as the UDBA it was renamed from", () => {
    expect(agencyIds('In Yugoslavia, the State Security Service watched émigrés abroad.')).toEqual(['agency:rs-udba']);
  });

  it("takes the service named after the story's country over another country's of the same bare name", () => {
    const story = new StoryMemory();
    const inStory = (text: string) =>
      recognizeEntities(text, { reference, date: '2025-12-08', story, subjectCountries: new Set(['BY']), storyCountries: new Set(['BY', 'RU']) })
        .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
        .map((m) => m.id);
    expect(inStory("Belarus's Almaz unit stood by while a Russian channel filmed.")).toEqual(['agency:by-almaz']);
    const ids = inStory("The report named the commander of the interior ministry's Special Rapid Response Unit (SOBR).");
    expect(ids).toContain('agency:by-sobr');
    expect(ids).not.toContain('agency:ru-sobr');
  });
});

describe('parents named inside a unit', () => {
  it('reads the parent a reference unit is "of": the Special Cell and the Delhi Police', () => {
    expect(agencyIds('In India, the Special Cell of the Delhi Police arrested two men.')).toEqual([
      'agency:in-special-cell-of-the-delhi-police',
      'agency:in-delhi-police',
    ]);
  });

  it('reads no parent from a country after "of"', () => {
    expect(agencyIds('In Ecuador, the National Police of Ecuador arrested two men.')).toEqual(['agency:ec-national-police-of-ecuador']);
  });
});

describe('bodies inside an agency name', () => {
  it('reads no armed service before the unit it names ("the U.S. Army Counter Intelligence Corps")', () => {
    const found = recognizeEntities('In 1951 the U.S. Army Counter Intelligence Corps helped him flee to Bolivia.', { reference, date: '2025-12-08' });
    const ids = found.mentions.map((m) => m.id);
    expect(ids).toContain('agency:us-cic');
    expect(ids).not.toContain('org:united-states-army');
  });
});

// Reference names the second round of session 15 mended from sets 17 and 18.
describe('a name several countries hold, once no entry claims it unmarked', () => {
  it('reads "Criminal Investigation Department" in a Bangladeshi story as Bangladesh\'s, not India\'s', () => {
    const ids = agencyIds('In Bangladesh, the Criminal Investigation Department reopened the case in Sylhet.', ['BD']);
    expect(ids).toContain('agency:bd-criminal-investigation-department-of-bangladesh');
    expect(ids).not.toContain('agency:in-cid');
  });

  it("still reads Sri Lanka's CID in a Sri Lankan story", () => {
    expect(agencyIds('In Sri Lanka, the Criminal Investigation Department arrested two officers.', ['LK'])).toContain('agency:lk-cid');
  });
});

describe("a city force under the city's former name", () => {
  it('reads the Bombay Police as the Mumbai Police and the Calcutta Police as the Kolkata Police', () => {
    expect(agencyIds('In India, the Bombay Police named two suspects.', ['IN'])).toEqual(['agency:in-mumbai-police']);
    expect(agencyIds('In India, the Calcutta Police named two suspects.', ['IN'])).toEqual(['agency:in-kolkata-police']);
  });
});
