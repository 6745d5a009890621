import type { Tlp } from '../../modules/shared/tlp';
import type { SourceLine } from './source-line';

/** Text from the card with the 1-based line it starts on. */
export interface CardText {
  text: string;
  line: number;
}

export interface CardSource extends SourceLine {
  line: number;
}

export interface CardDataPoint extends CardText {
  sources: CardSource[];
  /** From the optional "Marking: TLP:…" first line; absent, the importer's default applies. */
  marking?: Tlp;
}

export interface ParsedCard {
  publishedAt: string;
  title: CardText;
  /** Paragraphs joined with a blank line; empty when the card has none. */
  summary: CardText;
  /** The line running the topics together ("Intelligence and Espionage U.S.–Mexico Relations"). */
  topicLine?: CardText;
  keyFacts: CardText[];
  dataPoints: CardDataPoint[];
  /** Lines of the "📰 Sources" section. */
  sources: CardSource[];
  /** From the optional "Marking: TLP:…" first line; absent, the importer's default applies. */
  marking?: Tlp;
}

/** One raw line of the card, trimmed, with its 1-based number. */
export interface Line {
  text: string;
  number: number;
}

export type Fail = (line: number, reason: string) => never;
