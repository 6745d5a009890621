import { SourceKind } from '../../modules/shared/enums';
import { entityIdOf, organizationDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import type { PhraseMatch } from './phrase-matcher';
import { reportsFrom } from './publishers';
import type { GazetteerValue } from './reference-gazetteer';
import { isCapitalised, Token } from './text-tokens';

/** Outlets a story's text can name as a body; statements ("the Kremlin") and analyses ("Foreign Affairs") are read otherwise. */
const OUTLET_KINDS = new Set<SourceKind>([SourceKind.NEWS_REPORT, SourceKind.SOCIAL_MEDIA]);

/**
 * Words that name one of an outlet's services after its name ("the BBC World Service", "CNN
 * International", "BBC Arabic"); any other capitalised word starts another name ("told Reuters Vladimir
 * Putin …") or a date ("the BBC Sunday").
 */
const SERVICE_WORDS = new Set([
  'world',
  'service',
  'news',
  'english',
  'magazine',
  'international',
  'online',
  'radio',
  'television',
  'tv',
  'arabic',
  'persian',
  'russian',
  'africa',
  'weekly',
]);

/**
 * "a longtime contributor to The Guardian", "told The Wall Street Journal", "a channel on Telegram":
 * a news outlet or platform named in a claim is an organisation, under the spelling the text uses
 * without its article (`org:guardian`, `org:bbc`). Only a spelling written exactly as the reference
 * has it counts ("the hill" is no outlet), no one- or two-letter form ("X", "AP"), and no acronym of a body the
 * story named ("asked the AFP" after "the Australian Federal Police").
 */
export function outletMention(
  text: string,
  tokens: readonly Token[],
  match: PhraseMatch<GazetteerValue>,
  hasBodyWithInitials: (acronym: string) => boolean,
): EntityMention | undefined {
  // "asked the AFP to stop his son": a spelling an agency or another entity shares is left to them.
  if (match.values.some((v) => v.kind !== 'publisher')) return undefined;
  const written = text.slice(tokens[match.from].start, tokens[match.to - 1].end);
  const outlet = match.values.find(
    (v) => v.kind === 'publisher' && OUTLET_KINDS.has(v.publisher.kind) && [v.publisher.name, ...v.publisher.aliases].includes(written),
  );
  if (!outlet || written.length < 3 || hasBodyWithInitials(written) || reportsFrom(tokens, match.from, match.to)) return undefined;
  let to = match.to;
  while (tokens[to] && !tokens[to].breakBefore && !tokens[to - 1].possessive && isCapitalised(tokens[to]) && SERVICE_WORDS.has(tokens[to].key)) to++;
  const name = text.slice(tokens[match.from].start, tokens[to - 1].end).replace(/^The\s+/, '');
  const entity = organizationDraft({ name, aliases: [], ties: [] });
  return { id: entityIdOf(entity), entity, from: match.from, to };
}
