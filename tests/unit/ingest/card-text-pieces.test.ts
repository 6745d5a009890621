import { asOfIn, parseCardDate } from '../../../src/ingest/parse/card-dates';
import { parseSourceLine } from '../../../src/ingest/parse/source-line';

describe('parseCardDate', () => {
  it.each([
    ['December 08, 2025', '2025-12-08'],
    ['December 8 2025', '2025-12-08'],
    ['Dec. 8, 2025', '2025-12-08'],
    ['Sept 30, 2024', '2024-09-30'],
    ['8 December 2025', '2025-12-08'],
    ['Monday, December 8, 2025', '2025-12-08'],
    ['2025-12-08', '2025-12-08'],
    ['February 29, 2024', '2024-02-29'],
  ])('reads %s', (line, iso) => expect(parseCardDate(line)).toBe(iso));

  it.each(['Decembre 8, 2025', 'February 29, 2025', '2025-13-01', 'December 2025', 'yesterday', ''])('rejects %j', (line) =>
    expect(parseCardDate(line)).toBeUndefined(),
  );
});

describe('asOfIn', () => {
  it.each([
    ['As of March 2024, there are 85 diplomats.', { asOf: '2024-03' }],
    ['As of 2023, the CNI employed 3,500 people.', { asOf: '2023' }],
    ['As of March 5, 2024, Mexico had extradited 12.', { asOf: '2024-03-05' }],
    ['Trade grew, as of Sept. 2024, by 4%.', { asOf: '2024-09' }],
    ['Trade reached $2.7 billion in 2024.', {}],
    ['As of late 2024, trade slowed.', {}],
  ])('dates %j', (text, expected) => expect(asOfIn(text)).toEqual(expected));

  it('flags an impossible explicit day instead of guessing', () => {
    expect(asOfIn('As of February 30, 2024, x.')).toEqual({ invalid: 'As of February 30, 2024' });
  });
});

describe('parseSourceLine', () => {
  it.each([
    [
      'Personnel accredited to the Embassy of the Russian Federation in Mexico — gob.mx',
      'Personnel accredited to the Embassy of the Russian Federation in Mexico',
      'gob.mx',
    ],
    ['Why is Mexico Offering Russia a Safe Haven for Its Spies? — SpyTalk', 'Why is Mexico Offering Russia a Safe Haven for Its Spies?', 'SpyTalk'],
    [
      'Russia, Mexico 2025 Bilateral Trade & Investment Relations: Update — russiaspivottoasia.com',
      'Russia, Mexico 2025 Bilateral Trade & Investment Relations: Update',
      'russiaspivottoasia.com',
    ],
    ['U.S.–Mexico talks stall – Associated Press', 'U.S.–Mexico talks stall', 'Associated Press'],
    ['Russia-Ukraine war: day 1000 - Reuters', 'Russia-Ukraine war: day 1000', 'Reuters'],
    ['A Secret History of the Mossad—The Economist', 'A Secret History of the Mossad', 'The Economist'],
    ['Part one — part two — Le Monde', 'Part one — part two', 'Le Monde'],
    ['• Bulleted report — BBC News', 'Bulleted report', 'BBC News'],
    [
      'Annual report on the human rights situation — Office of the United Nations High Commissioner for Human Rights',
      'Annual report on the human rights situation',
      'Office of the United Nations High Commissioner for Human Rights',
    ],
  ])('splits %j', (line, title, publisher) => expect(parseSourceLine(line)).toEqual({ title, publisher }));

  it.each([
    'Russia is Mexico’s second-largest partner — a position it has held since 2019, officials said.',
    'U.S.–Mexico relations worsened in 2024.',
    'No separator here',
    '— Reuters',
    'Talks stalled - a sign that the two sides remain far apart on the border question',
  ])('does not mistake %j for a source line', (line) => expect(parseSourceLine(line)).toBeUndefined());
});
