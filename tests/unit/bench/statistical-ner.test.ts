import 'reflect-metadata';
import type { ScoredType } from '../../../src/ingest/assemble';
import { entityIdOf, EntityDraft, loadReference } from '../../../src/ingest/recognise';
import { EntityType } from '../../../src/modules/shared/enums';
import type { ModelSpan } from '../../../bench/statistical-ner/model-span';
import { keepReading } from '../../../bench/statistical-ner/span-filters';
import { readSpans, SpanReading } from '../../../bench/statistical-ner/span-ids';
import { variantIds } from '../../../bench/statistical-ner/variants';

// Invented text and names: what the model would return is given by hand, so no JVM runs here.
const reference = loadReference();

function spans(text: string, found: Array<[string, string]>): { text: string; spans: ModelSpan[] } {
  let from = 0;
  return {
    text,
    spans: found.map(([type, phrase]) => {
      const start = text.indexOf(phrase, from);
      from = start + phrase.length;
      return { type, text: phrase, start, end: start + phrase.length };
    }),
  };
}

const agency: EntityDraft = { type: EntityType.AGENCY, name: 'Ruritanian National Police', acronym: 'RNP', countryCode: 'FR' };
const text =
  'President Marjorie Musa met Savvas Xiros of the Daily Clarion and the RNP at Vorsk Square. Later Xiros, known as Pilar Tovar, left; the National Police and the PRX said nothing.';
const read = (rules: EntityDraft[] = [agency]) =>
  readSpans(
    [
      spans(text, [
        ['PERSON', 'President Marjorie Musa'],
        ['PERSON', 'Savvas Xiros'],
        ['ORGANIZATION', 'the Daily Clarion'],
        ['ORGANIZATION', 'RNP'],
        ['PERSON', 'Vorsk Square'],
        ['PERSON', 'Xiros'],
        ['PERSON', 'Pilar Tovar'],
        ['ORGANIZATION', 'National Police'],
        ['ORGANIZATION', 'PRX'],
        ['LOCATION', 'Vorsk'],
      ]),
    ],
    rules,
    reference,
  );
const byText = (readings: SpanReading[]) => new Map(readings.map((r) => [r.span.text, r]));

describe('model spans read as the product would store them', () => {
  it('strips titles and "the", links a lone surname to the full name read earlier, and skips types it does not map', () => {
    const r = byText(read());
    expect(r.get('President Marjorie Musa')).toMatchObject({ type: EntityType.PERSON, id: 'person:marjorie-musa', words: ['Marjorie', 'Musa'], via: 'words' });
    expect(r.get('Xiros')).toMatchObject({ type: EntityType.PERSON, id: 'person:savvas-xiros', via: 'linked' });
    expect(r.get('the Daily Clarion')).toMatchObject({ type: EntityType.ORGANIZATION, id: 'org:daily-clarion', via: 'words' });
    expect(r.has('Vorsk')).toBe(false);
  });

  it('reads an ORGANIZATION span the rules read as an agency as that agency, and marks a piece of a longer rules name', () => {
    const r = byText(read());
    expect(r.get('RNP')).toMatchObject({ type: EntityType.AGENCY, id: entityIdOf(agency), via: 'rules' });
    expect(r.get('National Police')).toMatchObject({ type: EntityType.ORGANIZATION, partOfRulesName: true });
    // Without the rules' agency the same words are a new organisation.
    expect(byText(read([])).get('National Police')).toMatchObject({ id: 'org:national-police', partOfRulesName: false });
  });

  it('keeps the words before a span, for the alias filter', () => {
    expect(byText(read()).get('Pilar Tovar')?.wordsBefore).toEqual(['xiros', 'known', 'as']);
  });
});

describe('the filtered variant', () => {
  const kept = (readings: SpanReading[]) => readings.filter(keepReading).map((r) => r.id);

  it('adds new two-word people and named organisations, not aliases, places, acronyms, linked words or pieces of rules names', () => {
    expect(kept(read())).toEqual(['person:marjorie-musa', 'person:savvas-xiros', 'org:daily-clarion']);
  });

  it('combines with the rules per variant: the model alone keeps the rules countries only', () => {
    const rules = {
      ids: new Map<ScoredType, Set<string>>([
        [EntityType.COUNTRY, new Set(['country:FR'])],
        [EntityType.AGENCY, new Set([entityIdOf(agency)])],
        [EntityType.PERSON, new Set(['person:someone-else'])],
        [EntityType.ORGANIZATION, new Set<string>()],
      ]),
      topics: [],
      stated: new Map<string, string>(),
    };
    const readings = read();
    const ids = (v: Parameters<typeof variantIds>[0], type: ScoredType) => [...(variantIds(v, rules, readings).ids.get(type) ?? [])].sort();
    expect(ids('rules', EntityType.PERSON)).toEqual(['person:someone-else']);
    expect(ids('model', EntityType.COUNTRY)).toEqual(['country:FR']);
    expect(ids('model', EntityType.PERSON)).toEqual(['person:marjorie-musa', 'person:pilar-tovar', 'person:savvas-xiros', 'person:vorsk-square']);
    expect(ids('union', EntityType.ORGANIZATION)).toEqual(['org:daily-clarion', 'org:national-police', 'org:prx']);
    expect(ids('filtered', EntityType.PERSON)).toEqual(['person:marjorie-musa', 'person:savvas-xiros', 'person:someone-else']);
    expect(ids('filtered', EntityType.ORGANIZATION)).toEqual(['org:daily-clarion']);
  });
});
