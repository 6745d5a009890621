import { EntityType } from '../../modules/shared/enums';
import { entityIdOf, organizationDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { isAcronymLike, isCapitalised, Token } from './text-tokens';

/** Most words a faction's name in brackets has ("Shaheed Bhutto"); more is a sentence in brackets. */
const MOST_FACTION_WORDS = 3;

/**
 * "the banned Communist Party of India (Maoist)", "the Pakistan Peoples Party (Shaheed Bhutto)": capitalised words in brackets
 * right after a party's name name its faction, a party of its own, so the brackets belong to the name (`org:communist-party-of-india-maoist`).
 * Only a party's name ("Party"), as other bodies put their short names there ("the People's Movement of Ukraine (Rukh)"), and
 * never an acronym ("(PPP)"), which names the party itself.
 */
export function withFaction(text: string, tokens: readonly Token[], mention: EntityMention): EntityMention {
  const name = mention.entity.name ?? '';
  if (mention.entity.type !== EntityType.ORGANIZATION || !/\bParty\b/.test(name)) return mention;
  const open = tokens[mention.to];
  if (!open || text.slice(tokens[mention.to - 1].end, open.start).trim() !== '(') return mention;
  let end = mention.to;
  while (end < tokens.length && end - mention.to < MOST_FACTION_WORDS && (end === mention.to || !tokens[end].breakBefore)) end++;
  const closes = end < tokens.length ? text.slice(tokens[end - 1].end, tokens[end].start) : text.slice(tokens[end - 1].end);
  const words = tokens.slice(mention.to, end);
  if (!closes.trimStart().startsWith(')') || !words.every((t) => isCapitalised(t) && !isAcronymLike(t.text))) return mention;
  const entity = organizationDraft({ name: `${name} (${text.slice(open.start, tokens[end - 1].end)})`, aliases: [], ties: [] });
  return { id: entityIdOf(entity), entity, from: mention.from, to: end };
}
