import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

/** Reference names the second round of session 15 mended from sets 17 and 18, each on text of its own. */
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
