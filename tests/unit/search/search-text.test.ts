import { foldedTerms, hasSearchableText, snippet, toLuceneQuery } from '../../../src/modules/search/search.text';

describe('toLuceneQuery', () => {
  it('escapes every Lucene syntax character', () => {
    expect(toLuceneQuery('a+b -c && d || e! (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p')).toBe(
      'a\\+b \\-c \\&\\& d \\|\\| e\\! \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o \\/p',
    );
  });

  it('turns the operators AND, OR, NOT and TO into plain words', () => {
    expect(toLuceneQuery('Russia AND Mexico OR NOT x TO y')).toBe('Russia and Mexico or not x to y');
  });

  it('keeps accents and collapses whitespace (the index analyzer folds them)', () => {
    expect(toLuceneQuery('  López   Obrador ')).toBe('López Obrador');
  });
});

describe('hasSearchableText', () => {
  it('needs a letter or digit', () => {
    expect(hasSearchableText('?!*')).toBe(false);
    expect(hasSearchableText('é')).toBe(true);
    expect(hasSearchableText('2024')).toBe(true);
  });
});

describe('snippet', () => {
  const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Warnings went to then-President Andrés Manuel López Obrador. ${'Tail text here. '.repeat(10)}`;

  it('cuts an excerpt around the first matching word, ignoring case and accents', () => {
    const s = snippet(text, 'lopez obrador', 80)!;
    expect(s).toContain('López Obrador');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(82);
  });

  it('returns short text whole and the start of the text when nothing matches', () => {
    expect(snippet('Short text', 'x')).toBe('Short text');
    expect(snippet(text, 'zzz', 40)).toBe(`${text.slice(0, 40).trim()}…`);
    expect(snippet(null, 'x')).toBeNull();
  });

  it('folds query terms like the analyzer', () => {
    expect(foldedTerms('LÓPEZ, Obrador!')).toEqual(['lopez', 'obrador']);
  });

  it('folds letters NFKD leaves alone (ø, ł), as the standard-folding analyzer does', () => {
    const danish = `${'Filler words for the start. '.repeat(10)}Danish intelligence chief met Ørsted officials in Łódź. ${'More filler. '.repeat(10)}`;
    expect(snippet(danish, 'orsted lodz', 60)).toContain('Ørsted');
    expect(foldedTerms('Ørsted Łódź')).toEqual(['orsted', 'lodz']);
  });
});
