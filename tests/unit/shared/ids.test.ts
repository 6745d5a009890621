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

  it('never lets two long or non-Latin texts share an id', () => {
    const long = 'A very long title about intelligence services that goes on beyond sixty characters';
    expect(ids.story('2025-12-08', `${long}, part one`)).not.toBe(ids.story('2025-12-08', `${long}, part two`));
    expect(ids.story('2025-12-08', `${long}, part one`).length).toBeLessThanOrEqual('story:2025-12-08-'.length + 60);
    expect(ids.story('2025-12-08', 'Шпионы в Мексике')).toMatch(/^story:2025-12-08-[0-9a-f]{8}$/);
    expect(ids.story('2025-12-08', 'Шпионы в Мексике')).not.toBe(ids.story('2025-12-08', '墨西哥的间谍'));
    expect(ids.person('Владимир Путин')).not.toBe(ids.person('Сергей Лавров'));
    expect(ids.person('Jean-Yves Le Drian')).toBe('person:jean-yves-le-drian');
    expect(ids.organization('The New York Times')).toBe('org:new-york-times');
  });

  it('makes ids from stable parts only', () => {
    expect(ids.country('mx')).toBe('country:MX');
    expect(ids.agency('US', 'CIA')).toBe('agency:us-cia');
    expect(ids.claim('story:a', 'Text.')).toBe(ids.claim('story:a', 'text'));
    expect(ids.claim('story:a', 'Text')).not.toBe(ids.claim('story:b', 'Text'));
  });
});
