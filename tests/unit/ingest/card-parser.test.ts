import fs from 'node:fs';
import path from 'node:path';
import { CardParseError, parseCard } from '../../../src/ingest/parse/card-parser';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/cards', name), 'utf8');
const sample = fs.readFileSync(path.join(__dirname, '../../../seeds/000_8478c13e5880c610.txt'), 'utf8');

/** The 1-based line of the first line containing the snippet: an independent way to know the right answer. */
function lineOf(text: string, snippet: string): number {
  return text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(snippet)) + 1;
}

function parseError(text: string, file?: string): CardParseError {
  try {
    parseCard(text, { file });
  } catch (err) {
    if (err instanceof CardParseError) return err;
    throw err;
  }
  throw new Error('expected a CardParseError');
}

describe('parseCard on the sample card', () => {
  const card = parseCard(sample);

  it('reads date, title, summary and topic line with their lines', () => {
    expect(card.publishedAt).toBe('2025-12-08');
    expect(card.title).toEqual({ text: 'Mexico refused to expel CIA‑flagged Russian spies', line: 4 });
    expect(card.summary.line).toBe(6);
    expect(card.summary.text).toMatch(/^The New York Times reports .* U\.S\. and Mexican officials\.$/);
    expect(card.topicLine).toEqual({ text: 'Intelligence and Espionage U.S.–Mexico Relations', line: 8 });
  });

  it('reads the bulleted key facts without their bullets', () => {
    expect(card.keyFacts.map((f) => f.line)).toEqual([12, 13, 14]);
    expect(card.keyFacts[0].text).toBe('CIA compiled a list of 20+ Russian spies in Mexico posing as diplomats, per nine current/former officials cited.');
  });

  it('pairs each data point with its "Title — Publisher" line', () => {
    expect(card.dataPoints.map((p) => [p.line, p.sources.map((s) => [s.publisher, s.line])])).toEqual([
      [lineOf(sample, 'As of March 2024'), [['gob.mx', lineOf(sample, '— gob.mx')]]],
      [lineOf(sample, 'Russian intelligence services are'), [['NBC News', lineOf(sample, '— NBC News')]]],
      [lineOf(sample, 'More than 600'), [['SpyTalk', lineOf(sample, '— SpyTalk')]]],
      [lineOf(sample, 'Bilateral trade'), [['russiaspivottoasia.com', lineOf(sample, '— russiaspivottoasia.com')]]],
    ]);
    expect(card.dataPoints[3].sources[0].title).toBe('Russia, Mexico 2025 Bilateral Trade & Investment Relations: Update');
  });

  it('accepts an empty "📰 Sources (1)" section', () => {
    expect(card.sources).toEqual([]);
  });
});

describe('parseCard tolerance', () => {
  it('reads CRLF and CR line endings exactly like LF', () => {
    expect(parseCard(sample.replace(/\n/g, '\r\n'))).toEqual(parseCard(sample));
    expect(parseCard(sample.replace(/\n/g, '\r'))).toEqual(parseCard(sample));
  });

  it('ignores a byte-order mark, leading blank lines and doubled blank lines', () => {
    const padded = `\uFEFF\n\n${sample.replace(/\n\n/g, '\n\n\n')}`;
    const card = parseCard(padded);
    expect(card.title.text).toBe('Mexico refused to expel CIA‑flagged Russian spies');
    expect(card.keyFacts).toHaveLength(3);
    expect(card.dataPoints).toHaveLength(4);
  });

  it('reads a card with no sections, no topic line and no blank lines', () => {
    const card = parseCard(fixture('minimal.txt'));
    expect(card.publishedAt).toBe('2024-06-01');
    expect(card.title.text).toBe('Taiwan braces for drills after Lai inauguration');
    expect(card.summary).toEqual({ text: "China's Taiwan Affairs Office warned of consequences after Lai Ching-te took office.", line: 3 });
    expect(card.topicLine).toBeUndefined();
    expect([card.keyFacts, card.dataPoints, card.sources]).toEqual([[], [], []]);
  });

  it("reads a topic line holding a name with an elided particle (Côte d'Ivoire)", () => {
    const card = parseCard("June 01, 2024\nJournalist vanished in Abidjan\n\nA journalist disappeared in 2004.\n\nPress Freedom Côte d'Ivoire France\n");
    expect(card.summary.text).toBe('A journalist disappeared in 2004.');
    expect(card.topicLine).toEqual({ text: "Press Freedom Côte d'Ivoire France", line: 6 });
  });

  it('reads -, * and ‣ bullets, and joins a wrapped bullet line', () => {
    const card = parseCard(fixture('odd-punctuation.txt'));
    expect(card.keyFacts.map((f) => f.text)).toEqual([
      'The detainee was held in Evin prison, according to two Iranian officials.',
      'British diplomats requested consular access.',
      'The arrest came as Iran’s supreme leader vowed retaliation against Israel.',
    ]);
  });

  it('reads en-dash, spaced-hyphen and unspaced em-dash source lines, several per data point', () => {
    const text = fixture('odd-punctuation.txt');
    const card = parseCard(text);
    expect(card.dataPoints.map((p) => p.sources.map((s) => `${s.title} | ${s.publisher}`))).toEqual([
      ['Iran Human Rights annual report | Iran Human Rights'],
      ["Mossad's shadow war | War on the Rocks", 'A Secret History of the Mossad | The Economist'],
    ]);
    expect(card.sources).toEqual([
      { title: 'Iran arrests dual national over Mossad spying claims', publisher: 'Reuters', line: lineOf(text, '• Iran arrests') },
    ]);
    expect(card.topicLine?.text).toBe('Counterintelligence, Israel–Iran Conflict');
  });

  it('reads a card without key facts whose data points have sources on the next line or after a blank one', () => {
    const card = parseCard(fixture('several-data-points.txt'));
    expect(card.keyFacts).toEqual([]);
    expect(card.dataPoints.map((p) => p.sources.length)).toEqual([1, 2, 1]);
  });

  it('starts a new data point when a statement follows a source line directly', () => {
    const card = parseCard('May 2, 2024\nT\n\n📊 Relevant Data\nStatement A.\nReport A — Reuters\nStatement B.\nReport B — AP\n');
    expect(card.dataPoints.map((p) => [p.text, p.sources[0].publisher])).toEqual([
      ['Statement A.', 'Reuters'],
      ['Statement B.', 'AP'],
    ]);
  });
});

describe('parseCard strictness', () => {
  it('rejects an unknown emoji section with its line and the file name', () => {
    const text = fixture('unknown-section.txt');
    const err = parseError(text, 'cards/unknown-section.txt');
    expect(err.line).toBe(lineOf(text, '🔥 Hot Takes'));
    expect(err.reason).toBe('unknown section header "🔥 Hot Takes"');
    expect(err.message).toBe(`cards/unknown-section.txt:${err.line}: unknown section header "🔥 Hot Takes"`);
  });

  it('rejects a data point without its source line, at the data point', () => {
    const text = fixture('missing-source-line.txt');
    const err = parseError(text);
    expect(err.line).toBe(lineOf(text, 'Second statement'));
    expect(err.reason).toMatch(/data point has no source line/);
    expect(err.message).toBe(`line ${err.line}: ${err.reason}`);
  });

  it('rejects a last data point that has no source line', () => {
    const err = parseError('May 2, 2024\nT\n\n📊 Relevant Data\n\nA statement.\n\nReport — Reuters\n\nA dangling statement.\n');
    expect(err.line).toBe(10);
  });

  it('rejects a date it cannot read, or one that does not exist', () => {
    expect(parseError(fixture('bad-date.txt')).line).toBe(1);
    expect(parseError('\n\nFebruary 30, 2025\nTitle\n').line).toBe(3);
    expect(parseError('February 30, 2025\nTitle\n').reason).toMatch(/cannot read date "February 30, 2025"/);
  });

  it('rejects an unbulleted key fact, a repeated section, an unreadable source and a missing title', () => {
    expect(parseError('May 2, 2024\nT\n\n📌 Key Facts\n\nNot a bullet.\n').line).toBe(6);
    expect(parseError('May 2, 2024\nT\n\n📌 Key Facts\n• A\n📌 Key Facts\n• B\n').reason).toMatch(/appears twice/);
    expect(parseError('May 2, 2024\nT\n\n📰 Sources (1)\n\nhttps://example.com/a\n').line).toBe(6);
    expect(parseError('May 2, 2024\n\n📌 Key Facts\n• A\n').reason).toBe('card has no title before its sections');
    expect(parseError('').reason).toBe('empty card');
  });

  it('reports an unknown emoji line inside the summary too', () => {
    const err = parseError('May 2, 2024\nT\n\nSummary.\n🧨 Breaking\n');
    expect([err.line, err.reason]).toEqual([5, 'unknown section header "🧨 Breaking"']);
  });
});

describe('the optional marking line', () => {
  it('reads "Marking: TLP:…" before the date; a card without one has no marking', () => {
    expect(parseCard(`Marking: TLP:AMBER+STRICT\n${sample}`).marking).toBe('AMBER_STRICT');
    expect(parseCard(`marking: green\n\n${sample}`).marking).toBe('GREEN');
    expect(parseCard(`Marking: TLP:RED\n${sample}`).publishedAt).toBe(parseCard(sample).publishedAt);
    expect(parseCard(sample).marking).toBeUndefined();
  });

  it('refuses an unknown marking, naming the line', () => {
    const err = parseError(`Marking: TLP:PURPLE\n${sample}`, 'cards/x.txt');
    expect(err.message).toBe(
      'cards/x.txt:1: unknown marking "Marking: TLP:PURPLE" (expected e.g. "Marking: TLP:AMBER"; one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)',
    );
  });
});
