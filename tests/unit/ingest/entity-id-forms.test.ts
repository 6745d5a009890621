import { uniqueFormIds } from '../../../src/ingest/recognise/entity-id-forms';

describe('id forms with one owner', () => {
  it("maps each spelling's id to the one entry that owns it, and a shared one to neither", () => {
    const forms = uniqueFormIds([
      ['org:a', 'org:a'],
      ['org:x', 'org:a'],
      ['org:shared', 'org:a'],
      ['org:b', 'org:b'],
      ['org:shared', 'org:b'],
      ['org:b', 'org:b'],
    ]);
    expect(Object.fromEntries(forms)).toEqual({ 'org:a': 'org:a', 'org:x': 'org:a', 'org:b': 'org:b' });
  });
});
