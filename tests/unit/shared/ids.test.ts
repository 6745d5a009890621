import { foldKey, ids, slug } from '../../../src/modules/shared/ids';

describe('ids', () => {
  it('folds accents, case, dashes and a leading article', () => {
    expect(foldKey('López Obrador')).toBe('lopez obrador');
    expect(foldKey('The CIA')).toBe('cia');
    expect(foldKey('U.S.–Mexico Relations')).toBe(foldKey('U.S.-Mexico relations'));
    expect(slug('CIA‑flagged Russian spies')).toBe('cia-flagged-russian-spies');
    expect(ids.person('İbrahim Kalın')).toBe('person:ibrahim-kalin');
    expect(foldKey('Łódź Søren Straße')).toBe('lodz soren strasse');
  });

  it('cuts long slugs at a word boundary', () => {
    const s = slug('word '.repeat(40), 20);
    expect(s.length).toBeLessThanOrEqual(20);
    expect(s.endsWith('-')).toBe(false);
  });

  it('makes ids from stable parts only', () => {
    expect(ids.country('mx')).toBe('country:MX');
    expect(ids.agency('US', 'CIA')).toBe('agency:us-cia');
    expect(ids.claim('story:a', 'Text.')).toBe(ids.claim('story:a', 'text'));
    expect(ids.claim('story:a', 'Text')).not.toBe(ids.claim('story:b', 'Text'));
  });
});
