import type { CardDataPoint, CardSource, CardText, Fail, Line } from './parsed-card';
import { parseSourceLine, stripBullet } from './source-line';

const BULLET = /^(?:[•‣◦▪●·]\s*|[-*–—]\s+)\S/;
/** A topic line is a short run of title-cased words with no sentence punctuation at the end. */
const TOPIC_CONNECTORS = new Set(['and', 'of', 'the', 'in', 'on', 'for', '&', 'vs', 'vs.', 'with', 'to', 'at']);

function looksLikeTopicLine(text: string): boolean {
  if (text.length > 160 || /[.!?:;,"”)]$/.test(text)) return false;
  // "Côte d'Ivoire": an elided particle before a capital is part of a title-cased name.
  return text.split(/\s+/).every((w) => TOPIC_CONNECTORS.has(w.toLowerCase()) || /^(?:\p{Ll}{1,2}['’])?[\p{Lu}\p{N}]/u.test(w));
}

/** Paragraphs: runs of non-blank lines. */
function paragraphs(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [[]];
  for (const line of lines) {
    if (line.text === '') blocks.push([]);
    else blocks[blocks.length - 1].push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

function joined(block: readonly Line[]): CardText {
  return { text: block.map((l) => l.text).join(' '), line: block[0].number };
}

/** Between title and first section: summary paragraphs, then (if the last paragraph is one title-cased line) the topic line. */
export function readPreamble(lines: readonly Line[]): { summary: CardText; topicLine?: CardText } {
  const blocks = paragraphs(lines);
  const last = blocks[blocks.length - 1];
  const hasTopicLine = !!last && last.length === 1 && looksLikeTopicLine(last[0].text);
  const summaryBlocks = hasTopicLine ? blocks.slice(0, -1) : blocks;
  const summary = summaryBlocks.length
    ? { text: summaryBlocks.map((b) => joined(b).text).join('\n\n'), line: summaryBlocks[0][0].number }
    : { text: '', line: last?.[0].number ?? 1 };
  return { summary, topicLine: hasTopicLine ? joined(last) : undefined };
}

/** 📌 Key Facts: one bullet per fact; a line right under a bullet continues it. */
export function readKeyFacts(lines: readonly Line[], fail: Fail): CardText[] {
  const facts: CardText[] = [];
  let continuing = false;
  for (const line of lines) {
    if (line.text === '') {
      continuing = false;
    } else if (BULLET.test(line.text)) {
      facts.push({ text: stripBullet(line.text), line: line.number });
      continuing = true;
    } else if (continuing) {
      const fact = facts[facts.length - 1];
      fact.text = `${fact.text} ${line.text}`;
    } else {
      fail(line.number, 'expected a bulleted key fact (•, -, *, ‣ …)');
    }
  }
  return facts;
}

/** Each statement is followed (after an optional blank line) by its "Title — Publisher" line, or more than one. */
export function readRelevantData(lines: readonly Line[], fail: Fail): CardDataPoint[] {
  const points: CardDataPoint[] = [];
  let afterSource = false;
  let blankSinceSource = false;
  for (const line of lines) {
    if (line.text === '') {
      blankSinceSource = afterSource;
      continue;
    }
    const current = points[points.length - 1];
    const source = parseSourceLine(line.text);
    if (current && current.sources.length === 0) {
      if (!source) fail(current.line, `data point has no source line ("Title — Publisher") after it`);
      current.sources.push({ ...source, line: line.number });
      afterSource = true;
      blankSinceSource = false;
    } else if (afterSource && !blankSinceSource && source) {
      current.sources.push({ ...source, line: line.number });
    } else {
      points.push({ text: stripBullet(line.text), line: line.number, sources: [] });
      afterSource = false;
    }
  }
  const last = points[points.length - 1];
  if (last && last.sources.length === 0) fail(last.line, 'data point has no source line ("Title — Publisher") after it');
  return points;
}

/** 📰 Sources: "Title — Publisher" lines, bulleted or not. */
export function readSources(lines: readonly Line[], fail: Fail): CardSource[] {
  return lines
    .filter((l) => l.text !== '')
    .map((l) => {
      const source = parseSourceLine(l.text);
      if (!source) fail(l.number, `cannot read source line "${l.text}" (expected "Title — Publisher")`);
      return { ...source, line: l.number };
    });
}
