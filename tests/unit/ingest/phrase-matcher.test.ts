import { PhraseMatcher, range } from '../../../src/ingest/recognise/phrase-matcher';
import { tokenize } from '../../../src/ingest/recognise/text-tokens';

/** Forms looked up by first word, then second: the lookup must keep leftmost-longest matching and the order values were added. */
describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add('National Security Agency', 'nsa');
  matcher.add('National Security', 'security');
  matcher.add('National', 'national');
  matcher.add('CIA', 'cia');
  matcher.add('Central Intelligence Agency', 'cia');
  matcher.add('Mexico', 'mexico');
  matcher.add('Mexico', 'mexico-2');
  matcher.add('Mexico City', 'city');

  const read = (text: string) => matcher.findAll(tokenize(text)).map((m) => `${m.from}-${m.to}:${m.values.join('+')}`);

  it('takes the longest form at each word, then moves past it', () => {
    expect(read('The National Security Agency and the CIA')).toEqual(['1-4:nsa', '6-7:cia']);
    expect(read('a National Security adviser')).toEqual(['1-3:security']);
    expect(read('National Guard')).toEqual(['0-1:national']);
  });

  it('merges the values of one form in the order they were added, and tells a longer form of the same first word apart', () => {
    expect(read('Mexico and Mexico City')).toEqual(['0-1:mexico+mexico-2', '2-4:city']);
  });

  it('lists every form starting at a word, longest first, and honours excluded words', () => {
    expect(matcher.matchesAt(tokenize('National Security Agency'), 0).map((m) => m.values[0])).toEqual(['nsa', 'security', 'national']);
    expect(matcher.findAll(tokenize('National Security Agency'), (i) => i === 2).map((m) => m.values[0])).toEqual(['security']);
    expect(read('nothing known here')).toEqual([]);
  });

  it('range lists the indices [from, to)', () => {
    expect(range(2, 5)).toEqual([2, 3, 4]);
    expect(range(3, 3)).toEqual([]);
    expect(range(4, 2)).toEqual([]);
  });
});
