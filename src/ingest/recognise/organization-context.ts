import { CONNECTORS } from './name-cue-words';
import { range } from './phrase-matcher';
import { isCapitalised, Token } from './text-tokens';

/**
 * Names with no organisation word of their own that a reader still takes for a body, from the words around them:
 * an apposition whose head is a kind of body ("17 Black, a Dubai company owned by …", "Frelimo, the ruling party,")
 * or the kind of body written right after the name ("the Babbar Khalsa group", "his Apple Daily newspaper").
 */

/** Head nouns of an apposition that say the name before it is a body. */
const BODY_KINDS = new Set([
  'company',
  'firm',
  'group',
  'gang',
  'party',
  'organisation',
  'organization',
  'network',
  'movement',
  'militia',
  'cartel',
  'syndicate',
  'newspaper',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'broadcaster',
  'channel',
  'station',
  'bank',
  'lender',
  'insurer',
  'airline',
  'charity',
  'watchdog',
  'coalition',
  'wing',
  'squad',
  'faction',
  'outlet',
  'website',
  'platform',
  'consultancy',
  'manufacturer',
  'conglomerate',
  'subsidiary',
]);

/**
 * Kinds of bodies written in lower case right after a name ("the Los Choneros gang"); "alliance", "clan" and "cartel"
 * belong to the name as labellers write it ("March 14 alliance", "Zemun clan", "Sinaloa cartel").
 */
const KINDS_AFTER_NAME = new Set(['party', 'movement', 'group', 'gang', 'newspaper', 'channel', 'syndicate', 'faction', 'militia', 'rebels']);

/** Words that end a noun phrase: the head noun came right before ("a company that …", "a hacking group opposing …"). */
const PHRASE_ENDS = new Set([
  'that',
  'which',
  'whose',
  'of',
  'in',
  'at',
  'on',
  'for',
  'from',
  'with',
  'to',
  'and',
  'or',
  'by',
  'based',
  'founded',
  'owned',
  'run',
  'led',
  'used',
  'linked',
  'opposing',
  'known',
  'accused',
  'set',
  'behind',
]);

const ARTICLES = new Set(['a', 'an', 'the']);
/** What may stand before a name followed by its kind: "the", a possessive pronoun, or another name's possessive. */
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their']);

/** ", a Dubai company owned by …": the first body word within four words after the article, ending the phrase. */
export function describedAsBodyAfter(text: string, tokens: readonly Token[], to: number): boolean {
  const article = tokens[to];
  if (!article || !ARTICLES.has(article.key) || !/^,\s*$/.test(text.slice(tokens[to - 1].end, article.start))) return false;
  // "a member of the party": the phrase has ended before any body word, so its head is no body.
  for (let k = to + 1; k <= to + 4 && k < tokens.length && !tokens[k].breakBefore && !PHRASE_ENDS.has(tokens[k].key); k++) {
    if (!BODY_KINDS.has(tokens[k].key) || isCapitalised(tokens[k])) continue;
    const next = tokens[k + 1];
    return !next || next.breakBefore || PHRASE_ENDS.has(next.key);
  }
  return false;
}

/** "the Babbar Khalsa group", "Shor's Evrazia movement": a determiner, the name, then its kind in lower case and no name after it. */
export function kindAfterName(tokens: readonly Token[], from: number, to: number): boolean {
  const kind = tokens[to];
  const before = tokens[from - 1];
  if (!kind || kind.breakBefore || isCapitalised(kind) || !KINDS_AFTER_NAME.has(kind.key)) return false;
  const determined = !!before && !tokens[from].breakBefore && (DETERMINERS.has(before.key) || before.possessive);
  // "the Permesta and PRRI rebels": the kind is shared by two names, and the run holding both is neither.
  if (range(from, to).some((k) => CONNECTORS.has(tokens[k].text))) return false;
  const after = tokens[to + 1];
  return determined && !(after && !after.breakBefore && isCapitalised(after));
}
