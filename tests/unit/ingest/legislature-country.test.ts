import type { CountryMention } from '../../../src/ingest/recognise/country-recognizer';
import { bareLegislatureIds, countriesInSentence, legislatureCountry } from '../../../src/ingest/recognise/legislature-country';
import { tokenize } from '../../../src/ingest/recognise/text-tokens';

describe("a legislature named alone belongs to the story's one country", () => {
  it('takes the one country the headline and topic line name, else the one the story names, else none', () => {
    expect(legislatureCountry('Parliament', new Set(), new Set(['FJ']), new Set(['FJ', 'AU']))).toBe('Fiji');
    expect(legislatureCountry('Congress', new Set(), new Set(), new Set(['US']))).toBe('United States');
    expect(legislatureCountry('Parliament', new Set(), new Set(['AU', 'RU']), new Set(['AU', 'RU']))).toBeUndefined();
    expect(legislatureCountry('Senate', new Set(), undefined, new Set())).toBeUndefined();
  });

  it('prefers the one country its own sentence names', () => {
    expect(legislatureCountry('Parliament', new Set(['PG']), new Set(['PG', 'GB', 'ZA']), new Set(['PG', 'GB', 'ZA']))).toBe('Papua New Guinea');
  });

  it('reads "Congress" as a legislature only where the legislature is called so', () => {
    expect(legislatureCountry('Congress', new Set(), new Set(['PE']), new Set(['PE']))).toBe('Peru');
    expect(legislatureCountry('Congress', new Set(), new Set(['IN']), new Set(['IN']))).toBeUndefined();
  });

  it("scores every country's legislature as the labellers' bare form, and nothing else", () => {
    const bare = bareLegislatureIds();
    expect(bare.get('org:fiji-parliament')).toBe('org:parliament');
    expect(bare.get('org:united-states-senate')).toBe('org:senate');
    expect(bare.get('org:peru-congress')).toBe('org:congress');
    expect(bare.get('org:senate-of-the-philippines')).toBe('org:senate');
    expect(bare.has('org:european-parliament')).toBe(false);
    expect(bare.has('org:african-national-congress')).toBe(false);
  });
});

describe('the countries a sentence names', () => {
  const at = (text: string, word: string) => tokenize(text).findIndex((t) => t.text === word);

  it('reads a capital in as many words as it has, only in the sentence of the word', () => {
    const text = 'Protesters besieged Parliament in Kuala Lumpur. Talks followed in Canberra.';
    expect([...countriesInSentence(tokenize(text), [], at(text, 'Parliament'))]).toEqual(['MY']);
    expect([...countriesInSentence(tokenize(text), [], at(text, 'Talks'))]).toEqual(['AU']);
  });

  it('keeps the countries recognised in the sentence beside its capitals', () => {
    const text = 'Fiji MPs flew from Suva to Port Moresby, where Parliament sat.';
    const fiji: CountryMention = { code: 'FJ', via: 'name', from: 0, to: 1 };
    expect([...countriesInSentence(tokenize(text), [fiji], at(text, 'Parliament'))].sort()).toEqual(['FJ', 'PG']);
  });
});
