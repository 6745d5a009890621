import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

function idsIn(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions);
}

const organisations = (text: string) => idsIn(text).filter((id) => id.startsWith('org:'));

describe('organisation names the reference does not know', () => {
  it('reads a country name ending with an organisation word as the country, not an organisation', () => {
    expect(idsIn('He sold cipher secrets to the Soviet Union for 17 years.')).toEqual(['country:RU']);
    expect(organisations('Envoys of the Soviet Union and the Republic of China met.')).toEqual([]);
  });
});
