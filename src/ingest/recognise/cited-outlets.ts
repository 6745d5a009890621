import { entityIdOf, organizationDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { reportsFrom } from './publishers';
import { PLACE_HEADS } from './name-cue-words';
import { isCapitalised, Token, tokenize } from './text-tokens';

/** A publisher's name as the text may write it: its words after an opening article, case kept. */
interface CitedName {
  name: string;
  words: string[];
  /** Written with its article ("The Age"): a text names it with "The" too, or means a common word ("the Hindu hardline group"). */
  article: boolean;
}

/** "The Age" → "Age": outlets are named without their article, as reference outlets are. */
function withoutArticle(publisher: string): string {
  return publisher.trim().replace(/^The\s+/, '');
}

/**
 * "The Age" → "Age". No name a text writes as a body: a domain ("gob.mx"), a lower-case name, an acronym (the story defines it
 * beside the full name the labels give: "the Tunisian General Labour Union (UGTT)") or a building ("Westminster Abbey").
 */
function citedName(publisher: string): CitedName | undefined {
  const written = publisher.trim();
  const name = withoutArticle(written);
  const tokens = tokenize(name);
  const last = tokens[tokens.length - 1];
  if (!last || /^[\w-]+(?:\.[\w-]+)+$/.test(name) || !/^\p{Lu}/u.test(name) || name.length < 3) return undefined;
  if ((tokens.length === 1 && /^[\p{Lu}\d&-]+$/u.test(name)) || PLACE_HEADS.has(last.key)) return undefined;
  return { name, words: tokens.map((t) => t.text), article: name !== written };
}

/**
 * The publishers a story cites that may name bodies in its texts: not one the story names as an operation ("Operation Kenova
 * report", cited as "— Kenova"), as operations are no bodies (LABELLING.md, Organisations).
 */
export function citedBodies(publishers: readonly string[], texts: readonly string[]): string[] {
  const operations = new Set(texts.flatMap((t) => [...t.matchAll(/\bOperation\s+((?:\p{Lu}[\p{L}\d'’-]*\s*)+)/gu)].map((m) => m[1].trim())));
  return [...new Set(publishers)].filter((p) => !operations.has(withoutArticle(p)));
}

/** "appeared in The Age": the article written as part of the name, inside a sentence (at its start every "The" is capitalised). */
function articleWritten(tokens: readonly Token[], from: number): boolean {
  const the = tokens[from - 1];
  return !!the && the.text === 'The' && !the.sentenceStart && !tokens[from].breakBefore;
}

/**
 * "The reports appeared in The Age" in a card that cites "Appeal dismissed — The Age", "the licences of The Star" beside
 * "Ops Lalang arrests — The Star": a publisher the story cites in its source lines is a body, and its name written in the
 * story's text, whole and as the source line spells it, names that body acting (LABELLING.md, Organisations: newspapers,
 * broadcasters and publishers that act in the text). The evidence is the card's own citation, so outlets the reference
 * lacks are read too; the name is kept without its article, as reference outlets are (`org:age`). Only words no other
 * recogniser claimed are read (an agency citing itself stays the agency), never inside a longer capitalised name ("Star
 * Alliance"), and never the outlet a text reports from ("The Age reported …").
 */
export function findCitedOutlets(text: string, tokens: readonly Token[], publishers: readonly string[], isFree: (i: number) => boolean): EntityMention[] {
  const names = publishers.map(citedName).filter((n): n is CitedName => !!n);
  const found: EntityMention[] = [];
  for (const cited of names) {
    for (let from = 0; from + cited.words.length <= tokens.length; from++) {
      const to = from + cited.words.length;
      if (!cited.words.every((w, k) => tokens[from + k].text === w && isFree(from + k) && (k === 0 || !tokens[from + k].breakBefore))) continue;
      if (cited.article && !articleWritten(tokens, from)) continue;
      if (found.some((m) => m.from < to && from < m.to) || insideLongerName(tokens, from, to) || reportsFrom(tokens, from, to)) continue;
      const entity = organizationDraft({ name: cited.name, aliases: [], ties: [] });
      found.push({ id: entityIdOf(entity), entity, from, to });
    }
  }
  return found;
}

/** A capitalised word glued before or after the name makes it part of another name ("Star Alliance", "Morning Star"); "The" before it does not. */
function insideLongerName(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const gluedBefore = !!before && !tokens[from].breakBefore && isCapitalised(before) && before.key !== 'the' && !before.possessive;
  const gluedAfter = !!after && !after.breakBefore && !tokens[to - 1].possessive && isCapitalised(after);
  return gluedBefore || gluedAfter;
}
