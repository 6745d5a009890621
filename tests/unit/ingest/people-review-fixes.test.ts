import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

function peopleIn(text: string): string[] {
  const found = recognizeEntities(text, { reference, date: '2025-06-01' });
  return distinctIds(found.mentions).filter((id) => id.startsWith('person:'));
}

describe('followers after a possessive', () => {
  it('are no evidence that a group is a person', () => {
    expect(peopleIn("Golden Dawn's supporters clashed with the police in Athens.")).toEqual([]);
    expect(peopleIn("Hezbollah's followers marched through the southern suburbs.")).toEqual([]);
  });
});
