import { parseCardDate } from './card-dates';
import { CardParseError } from './card-parse-error';
import { readKeyFacts, readPreamble, readRelevantData, readSources } from './card-section-readers';
import { headerOf, SectionKind } from './card-sections';
import type { Fail, Line, ParsedCard } from './parsed-card';
import { parseTlp, Tlp, tlpLabel, TLP_LEVELS } from '../../modules/shared/tlp';

export { CardParseError } from './card-parse-error';
export type { CardDataPoint, CardSource, CardText, ParsedCard } from './parsed-card';

export interface ParseOptions {
  /** Named in error messages: "cards/000.txt:12: …". */
  file?: string;
}

const BACK_LINK = /^back to all stories$/i;
/** An optional first line giving the card's TLP marking, e.g. "Marking: TLP:AMBER+STRICT" (the "TLP:" is optional). */
const MARKING_LINE = /^marking:\s*(.*)$/i;

function markingOf(line: Line, fail: Fail): Tlp {
  return (
    parseTlp(MARKING_LINE.exec(line.text)![1]) ??
    fail(line.number, `unknown marking "${line.text}" (expected e.g. "Marking: TLP:AMBER"; one of ${TLP_LEVELS.map(tlpLabel).join(', ')})`)
  );
}

/** Walks the card's lines; section headers stop a section's content. */
class LineReader {
  private index = 0;
  constructor(
    private readonly lines: readonly Line[],
    private readonly fail: Fail,
  ) {}

  nextNonBlank(): Line | undefined {
    while (this.index < this.lines.length && this.lines[this.index].text === '') this.index++;
    return this.lines[this.index++];
  }

  /** Lines up to (not including) the next section header; throws on an unknown one. */
  untilHeader(): Line[] {
    const taken: Line[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index];
      const header = line.text ? headerOf(line.text) : undefined;
      if (header && 'unknown' in header) this.fail(line.number, `unknown section header "${header.unknown}"`);
      if (header) break;
      taken.push(line);
      this.index++;
    }
    return taken;
  }

  get lastLineNumber(): number {
    return this.lines.length === 0 ? 1 : this.lines[this.lines.length - 1].number;
  }
}

/**
 * Reads a story card: an optional "Marking: TLP:…" line, date line, optional "Back to all stories", title, summary, topic line, then the
 * "📌 Key Facts", "📊 Relevant Data" and "📰 Sources (N)" sections (each optional, in any order, once).
 * Strict: whatever it cannot place raises a CardParseError naming the line.
 */
export function parseCard(text: string, options: ParseOptions = {}): ParsedCard {
  const fail = (line: number, reason: string): never => {
    throw new CardParseError(line, reason, options.file);
  };
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: raw.trim(), number: i + 1 }));
  const reader = new LineReader(lines, fail);

  let dateLine = reader.nextNonBlank() ?? fail(1, 'empty card');
  let marking: Tlp | undefined;
  if (MARKING_LINE.test(dateLine.text)) {
    marking = markingOf(dateLine, fail);
    dateLine = reader.nextNonBlank() ?? fail(dateLine.number, 'card has no date after its marking');
  }
  const publishedAt = parseCardDate(dateLine.text) ?? fail(dateLine.number, `cannot read date "${dateLine.text}" (expected e.g. "December 08, 2025")`);

  let titleLine = reader.nextNonBlank();
  if (titleLine && BACK_LINK.test(titleLine.text)) titleLine = reader.nextNonBlank();
  if (!titleLine) return fail(reader.lastLineNumber, 'card has no title');
  const titleHeader = headerOf(titleLine.text);
  if (titleHeader)
    fail(titleLine.number, 'unknown' in titleHeader ? `unknown section header "${titleHeader.unknown}"` : 'card has no title before its sections');

  const { summary, topicLine } = readPreamble(reader.untilHeader());
  const card: ParsedCard = {
    publishedAt,
    title: { text: titleLine.text, line: titleLine.number },
    summary,
    topicLine,
    keyFacts: [],
    dataPoints: [],
    sources: [],
    ...(marking ? { marking } : {}),
  };

  const seen = new Set<SectionKind>();
  for (let header = reader.nextNonBlank(); header; header = reader.nextNonBlank()) {
    const section = headerOf(header.text);
    if (!section || 'unknown' in section) return fail(header.number, `unexpected line "${header.text}"`);
    if (seen.has(section.kind)) fail(header.number, `section "${section.title}" appears twice`);
    seen.add(section.kind);
    const body = reader.untilHeader();
    if (section.kind === 'keyFacts') card.keyFacts = readKeyFacts(body, fail);
    if (section.kind === 'relevantData') card.dataPoints = readRelevantData(body, fail);
    if (section.kind === 'sources') card.sources = readSources(body, fail);
  }
  return card;
}
