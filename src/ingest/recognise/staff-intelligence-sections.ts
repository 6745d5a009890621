import { inServiceSentence, Token } from './text-tokens';

/** Letters of the staff whose second section is intelligence: G (army), J (joint), S (battalion or brigade), N (navy), A (air force). */
const STAFF_SECTION = /^([GJSNA])-?2$/;

/** Words that put such a section in a sentence about intelligence ("the G-2, the National Guard's intelligence service"). */
const INTELLIGENCE_WORDS = new Set(['intelligence', 'counterintelligence', 'spy', 'spies', 'espionage']);

export interface StaffSection {
  /** As written: "G-2", "J2". */
  name: string;
  from: number;
  to: number;
}

/** "G-2" is tokenised as "G" and "2" joined by a hyphen, "J2" as one token: the section's tokens starting at i, or 0. */
function sectionLength(text: string, tokens: readonly Token[], i: number): number {
  if (STAFF_SECTION.test(tokens[i].text)) return 1;
  const next = tokens[i + 1];
  if (!next || next.text !== '2' || !/^[GJSNA]$/.test(tokens[i].text)) return 0;
  return text.slice(tokens[i].end, next.start) === '-' ? 2 : 0;
}

/**
 * "Noriega had headed the G-2, the National Guard's intelligence service": a military staff's
 * intelligence section (G-2, J-2, S-2…) after "the", in a sentence about intelligence, is a service of
 * its own; a "G2" with no such word around it (a road, a summit, a model) is not.
 */
export function findStaffIntelligenceSections(text: string, tokens: readonly Token[], isFree: (i: number) => boolean): StaffSection[] {
  const found: StaffSection[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const length = sectionLength(text, tokens, i);
    if (length === 0 || tokens[i - 1].key !== 'the' || !isFree(i) || !isFree(i + length - 1)) continue;
    if (!inServiceSentence(tokens, i, i + length, INTELLIGENCE_WORDS)) continue;
    found.push({ name: text.slice(tokens[i].start, tokens[i + length - 1].end), from: i, to: i + length });
    i += length - 1;
  }
  return found;
}
