import { CONNECTORS } from './name-cue-words';
import { Token } from './text-tokens';

/**
 * Military units named by a number after their kind ("Unit 124", "Force 17", "Task Group 3.3.2"): the labelling conventions
 * count armies and their units as organisations, and the number is the only name such a unit has.
 */
const NUMBERED_KINDS = new Set(['unit', 'force', 'group', 'squadron', 'brigade', 'battalion', 'regiment', 'division', 'flotilla', 'wing']);

/** The end of a capitalised run that takes the unit's number after its kind word ("Unit" + "124"), else the run's own end. */
export function withUnitNumber(text: string, tokens: readonly Token[], end: number): number {
  const kind = tokens[end - 1];
  const number = tokens[end];
  if (!kind || !number || number.breakBefore || !NUMBERED_KINDS.has(kind.key) || !/^\d{1,4}$/.test(number.text)) return end;
  // "Task Group 3.3.2": the dotted parts of one number.
  let last = end;
  while (/^\.$/.test(text.slice(tokens[last].end, tokens[last + 1]?.start ?? 0)) && /^\d{1,4}$/.test(tokens[last + 1]?.text ?? '')) last++;
  return last + 1;
}

/**
 * Where a unit's name starts in a run ending with its number, or undefined when the run names no unit: after the last
 * connector, as "on"/"of" joined the words before it ("Larnaca on Force 17", "Officers of Task Group 3.3.2").
 */
export function numberedUnitStart(tokens: readonly Token[], from: number, to: number): number | undefined {
  let k = to - 1;
  while (k > from && /^\d{1,4}$/.test(tokens[k].text)) k--;
  if (k === to - 1 || !NUMBERED_KINDS.has(tokens[k].key)) return undefined;
  while (k > from && !CONNECTORS.has(tokens[k - 1].text) && !tokens[k].breakBefore) k--;
  return k;
}
