import fs from 'node:fs';
import path from 'node:path';
import { CardParseError } from '../../../src/ingest/parse/card-parser';
import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import { ClaimKind, SourceKind } from '../../../src/modules/shared/enums';
import { foldKey } from '../../../src/modules/shared/ids';
import { normalizeStory } from './story-equivalence';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/cards', name), 'utf8');
const sample = fs.readFileSync(path.join(__dirname, '../../../seeds/000_8478c13e5880c610.txt'), 'utf8');

describe('cardToStoryInput on other cards', () => {
  it('gives the same story for CRLF line endings', () => {
    expect(normalizeStory(cardToStoryInput(sample.replace(/\n/g, '\r\n')))).toEqual(normalizeStory(cardToStoryInput(sample)));
  });

  it('records "According to Reuters" and the 📰 Sources lines as what the story is based on', () => {
    const story = cardToStoryInput(fixture('odd-punctuation.txt'));
    expect(story.basedOn).toEqual([story.title, 'Iran arrests dual national over Mossad spying claims']);
    expect(story.sources.map((s) => `${s.publisher} ${s.kind}`)).toEqual([
      'Reuters NEWS_REPORT',
      'Iran Human Rights NEWS_REPORT',
      'War on the Rocks ANALYSIS',
      'The Economist NEWS_REPORT',
      'Reuters NEWS_REPORT',
    ]);
    expect(story.topics).toEqual(['Counterintelligence', 'Israel–Iran Conflict']);
  });

  it('cites the story source from key facts and every source line from its data point', () => {
    const story = cardToStoryInput(fixture('odd-punctuation.txt'));
    const keyFacts = story.claims.filter((c) => c.kind === ClaimKind.KEY_FACT);
    expect(keyFacts.map((c) => c.citations)).toEqual(keyFacts.map(() => [{ source: story.title }]));
    const mossad = story.claims.find((c) => c.text.startsWith('Israel’s Mossad'));
    expect(mossad?.citations).toEqual([{ source: "Mossad's shadow war" }, { source: 'A Secret History of the Mossad' }]);
    expect(mossad?.about).toEqual(['IL', 'Mossad', 'IR']);
  });

  it('resolves a role phrase in a wrapped key fact and attributes a counted group', () => {
    const story = cardToStoryInput(fixture('odd-punctuation.txt'));
    expect(story.claims.find((c) => c.text.includes('supreme leader'))?.about).toContain('Ali Khamenei');
    const evin = story.claims.find((c) => c.text.includes('Evin'));
    expect(evin?.attributedTo).toEqual(['two Iranian officials']);
    expect(story.entities.find((e) => e.name === 'two Iranian officials')).toEqual({
      type: 'GROUP',
      name: 'two Iranian officials',
      size: 2,
      countryCode: 'IR',
    });
  });

  it('dates data points by "As of" (year, month or day) and keeps an ambiguous "the CNI" as the story first meant it', () => {
    const story = cardToStoryInput(fixture('several-data-points.txt'));
    expect(story.claims.map((c) => c.asOf)).toEqual(['2023', '2024-03-05', undefined]);
    expect(story.claims[0].about).toEqual(['National Intelligence Centre']);
    // "Mexico's intelligence service" is Mexico's principal service, its CNI: the two CNIs keep their own ids.
    expect(story.entities.filter((e) => e.type === 'AGENCY').map((e) => e.id ?? entityIdOf(e))).toEqual(['agency:es-cni', 'agency:mx-cni']);
    expect(story.topics).toEqual(['Intelligence and Espionage', 'Organized Crime', 'Spain–Mexico Relations']);
  });

  it('canonicalises publishers and types their sources (government domain, analysis site, outlet domain)', () => {
    const story = cardToStoryInput(fixture('several-data-points.txt'));
    expect(story.sources.map((s) => [s.publisher, s.kind])).toEqual([
      ['El País', SourceKind.NEWS_REPORT],
      ['lamoncloa.gob.es', SourceKind.GOVERNMENT_RECORD],
      ['gob.mx', SourceKind.GOVERNMENT_RECORD],
      ['InSight Crime', SourceKind.ANALYSIS],
      ['El País', SourceKind.NEWS_REPORT],
    ]);
  });

  it('turns a card with only a summary into a story without claims or sources', () => {
    const story = cardToStoryInput(fixture('minimal.txt'));
    expect([story.claims, story.sources, story.basedOn, story.topics]).toEqual([[], [], [], []]);
    expect(story.entities.map(entityIdOf)).toEqual(['country:CN', 'org:taiwan-affairs-office', 'country:TW', 'person:lai-ching-te']);
  });

  it('reports an impossible "As of" date at the claim line, with the file name', () => {
    const card = 'May 2, 2024\nT\n\n📊 Relevant Data\n\nAs of February 30, 2024, x rose.\nReport — Reuters\n';
    expect(() => cardToStoryInput(card, { file: 'c.txt' })).toThrow(new CardParseError(6, 'impossible date in "As of February 30, 2024"', 'c.txt'));
    expect(() => cardToStoryInput(card, { file: 'c.txt' })).toThrow('c.txt:6: impossible date in "As of February 30, 2024"');
  });

  it('keeps one claim per text, with the citations of its repeats', () => {
    const story = cardToStoryInput(
      'May 2, 2024\nT\n\nReuters reported it.\n\n📌 Key Facts\n• Russia expelled 12 diplomats.\n\n📊 Relevant Data\nRussia expelled 12 diplomats.\nList of expulsions — gob.mx\n',
    );
    expect(story.claims).toHaveLength(1);
    expect(story.claims[0].citations).toEqual([{ source: 'T' }, { source: 'List of expulsions' }]);
  });

  it('cites sources that share a title by id', () => {
    const story = cardToStoryInput('May 2, 2024\nT\n\n📊 Relevant Data\nA rose.\nAnnual report — Reuters\n\nB fell.\nAnnual report — AP\n');
    expect(story.sources.map((s) => s.id)).toEqual(['source:reuters/annual-report', 'source:associated-press/annual-report']);
    expect(story.claims.map((c) => c.citations)).toEqual([[{ source: 'source:reuters/annual-report' }], [{ source: 'source:associated-press/annual-report' }]]);
  });

  it("keeps Mexico's and Spain's CNI apart in one story: no key names both, ids stay canonical", () => {
    const story = cardToStoryInput(
      "May 2, 2024\nT\n\nSpain's CNI and Mexico's CNI signed a memorandum.\n\n📌 Key Facts\n• Spain's CNI will train Mexico's CNI.\n",
    );
    const agencies = story.entities.filter((e) => e.type === 'AGENCY');
    expect(agencies.map((e) => e.id)).toEqual(['agency:es-cni', 'agency:mx-cni']);
    const keys = agencies.map((e) => [e.name, e.acronym, ...(e.aliases ?? [])].filter((k): k is string => !!k).map(foldKey));
    expect(keys[0].filter((k) => keys[1].includes(k))).toEqual([]);
    expect(new Set(story.claims[0].about)).toEqual(new Set(['ES', 'MX', agencies[0].name, agencies[1].name]));
  });
});
