import { SENTENCE_OPENERS } from './name-cue-words';
import { isCapitalised, Token } from './text-tokens';

/** What a sheriff serves: "Harris County", "Orleans Parish" (Louisiana's counties). */
const SHERIFF_AREAS = new Set(['county', 'parish']);

/** The names a sheriff's force goes by after "Sheriff's". */
const SHERIFF_HEADS = new Set(['office', 'department']);

/**
 * "the Harris County Sheriff's Office", "Orleans Parish Sheriff's Department": an American county's police, written with a
 * possessive inside the name that ends every other name the shape rules read. Tokens [from, to) of each, the county's name
 * (up to three capitalised words) included.
 */
export function findSheriffOffices(tokens: readonly Token[], isFree: (i: number) => boolean): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  for (let i = 2; i + 1 < tokens.length; i++) {
    const sheriff = tokens[i];
    const head = tokens[i + 1];
    if (sheriff.key !== 'sheriff' || !sheriff.possessive || !isCapitalised(sheriff) || sheriff.breakBefore) continue;
    if (!SHERIFF_HEADS.has(head.key) || !isCapitalised(head) || head.breakBefore || !SHERIFF_AREAS.has(tokens[i - 1].key)) continue;
    let from = i - 1;
    const glued = (k: number) => k >= 0 && i - 1 - k <= 3 && isFree(k) && isCapitalised(tokens[k]) && !tokens[k].possessive && !tokens[k + 1].breakBefore;
    while (glued(from - 1)) from--;
    while (from < i - 1 && (tokens[from].key === 'the' || SENTENCE_OPENERS.has(tokens[from].key))) from++;
    if (from === i - 1 || !isFree(i - 1) || !isFree(i) || !isFree(i + 1)) continue;
    found.push({ from, to: i + 2 });
  }
  return found;
}
