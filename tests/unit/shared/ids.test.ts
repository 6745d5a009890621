import { compositeParts, foldKey, ids, slug, viewIds } from '../../../src/modules/shared/ids';
import { VIEW_KINDS } from '../../../src/modules/shared/kinds';

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
    expect(ids.agencyOf({ countryCode: 'VE', name: 'Technical Judicial Police', acronym: 'PTJ' })).toBe('agency:ve-ptj');
    expect(ids.agencyOf({ countryCode: 'IN', name: 'Delhi Police' })).toBe('agency:in-delhi-police');
    expect(ids.claim('story:a', 'Text.')).toBe(ids.claim('story:a', 'text'));
    expect(ids.claim('story:a', 'Text')).not.toBe(ids.claim('story:b', 'Text'));
  });
});

describe('composite ids of relationships and views', () => {
  it('joins the ids they are made of and splits them back, even when a part holds "|" or "%"', () => {
    const id = viewIds.citation({ claimId: 'claim:a|b', sourceId: 'source:100%' });
    expect(id).toBe('citation:claim:a%7Cb|source:100%25');
    expect(compositeParts(VIEW_KINDS.citation, id)).toEqual(['claim:a|b', 'source:100%']);
  });

  it('refuses ids of another kind or with the wrong number of parts', () => {
    expect(compositeParts(VIEW_KINDS.citation, 'claim:a')).toBeNull();
    expect(compositeParts(VIEW_KINDS.citation, 'citation:claim:a')).toBeNull();
    expect(compositeParts(VIEW_KINDS.role, viewIds.role('person:x', 'President', null, null))).toEqual(['person:x', 'President', '', '']);
  });
});
