export type SectionKind = 'keyFacts' | 'relevantData' | 'sources';

export type HeaderLine = { kind: SectionKind; title: string } | { unknown: string };

const SECTION_NAMES: Array<[RegExp, SectionKind]> = [
  [/^key facts$/i, 'keyFacts'],
  [/^relevant data$/i, 'relevantData'],
  [/^sources(?:\s*\(\s*\d+\s*\))?$/i, 'sources'],
];

/** Emoji, flags, keycaps and their joiners/variation selectors, at the start of a line. */
// eslint-disable-next-line no-misleading-character-class -- joiners and selectors are matched on their own on purpose
const LEADING_EMOJI = /^((?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0f\u20e3])+)\s*(.*)$/u;

function sectionNamed(name: string): SectionKind | undefined {
  const clean = name.trim().replace(/:$/, '').trim();
  return SECTION_NAMES.find(([pattern]) => pattern.test(clean))?.[1];
}

/**
 * "📌 Key Facts", "📊 Relevant Data", "📰 Sources (1)" (or the bare names) open sections. Any other line
 * starting with an emoji is a section we do not know: reported, not skipped, since its content would
 * otherwise land in the wrong place.
 */
export function headerOf(line: string): HeaderLine | undefined {
  const text = line.trim();
  const emoji = LEADING_EMOJI.exec(text);
  const kind = sectionNamed(emoji ? emoji[2] : text);
  if (kind) return { kind, title: text };
  return emoji ? { unknown: text } : undefined;
}
