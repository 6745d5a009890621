import { isCapitalised, sentenceStartOf, Token } from './text-tokens';

/** Verbs before "as" that give the name someone lived or travelled under: "lived in La Paz as Klaus Altmann", "posed as …". */
const COVER_VERBS = new Set([
  'lived',
  'living',
  'live',
  'lives',
  'posed',
  'posing',
  'poses',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'masqueraded',
  'masquerading',
]);

/** "under the name …", "used the names …": the words before "name(s)". */
const NAME_USES = new Set(['under', 'used', 'using', 'uses']);

const PRONOUNS = new Set(['he', 'she', 'they']);

/** How far back in its sentence a cover verb may stand before "as" ("had lived in Cambridge, Massachusetts, as …"). */
const VERB_REACH = 10;

/**
 * The token where the phrase giving a cover name opens, when the name at `from` is one: after "<verb> … as" (with a
 * describing phrase between, "as the businessman Klaus Altmann"), "under/used the name(s)", and further names listed
 * with it ("as Donald Heathfield and Tracey Foley").
 */
function coverPhraseAt(tokens: readonly Token[], from: number): number | undefined {
  const sentence = sentenceStartOf(tokens, from);
  let k = from - 1;
  while (k > sentence && (isCapitalised(tokens[k]) || tokens[k].key === 'and' || tokens[k].key === 'or')) k--;
  // "as the businessman Klaus Altmann": up to three lower-case words of a description between.
  for (let n = 0; n < 3 && k > sentence && !isCoverWord(tokens[k].key) && !isCapitalised(tokens[k]) && !tokens[k + 1].breakBefore; n++) k--;
  const word = tokens[k];
  if (!word || k < sentence) return undefined;
  if ((word.key === 'name' || word.key === 'names') && tokens[k - 1]?.key === 'the' && NAME_USES.has(tokens[k - 2]?.key ?? '')) return k - 2;
  if (word.key !== 'as') return undefined;
  for (let v = k - 1; v >= Math.max(sentence, k - VERB_REACH); v--) if (COVER_VERBS.has(tokens[v].key)) return v;
  return undefined;
}

function isCoverWord(key: string): boolean {
  return key === 'as' || key === 'name' || key === 'names';
}

/**
 * "Cohen … posed as Kamel Amin Thaabet", "he lived as Ricardo Klement", "In Israel he had used the names Ben Alon and Ben
 * Allen": a name someone lived or travelled under is no other person when the sentence names that someone before (a person
 * or "he"/"she"/"they", or "who" after a name); "two men travelling as Alexander Petrov and Ruslan Boshirov", "a couple living as Ian and Laurie
 * Lambert" give the only names the people have and stay people.
 */
export function isCoverName(tokens: readonly Token[], from: number, personBefore: (from: number, to: number) => boolean): boolean {
  const phrase = coverPhraseAt(tokens, from);
  if (phrase === undefined) return false;
  const sentence = sentenceStartOf(tokens, phrase);
  return personBefore(sentence, phrase) || tokens.slice(sentence, phrase).some((t) => PRONOUNS.has(t.key) || namedWho(tokens, t.index));
}

/** "Clark, who also used the name Alexander Sinclair": "who" right after a capitalised name (a lone surname) is that person. */
function namedWho(tokens: readonly Token[], i: number): boolean {
  return tokens[i].key === 'who' && tokens[i].breakBefore && !!tokens[i - 1] && isCapitalised(tokens[i - 1]);
}
