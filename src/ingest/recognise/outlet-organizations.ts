import { SourceKind } from '../../modules/shared/enums';
import { entityIdOf, organizationDraft } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import type { PhraseMatch } from './phrase-matcher';
import type { GazetteerValue } from './reference-gazetteer';
import { isCapitalised, Token } from './text-tokens';

/** Outlets a story's text can name as a body; statements ("the Kremlin") and analyses ("Foreign Affairs") are read otherwise. */
const OUTLET_KINDS = new Set<SourceKind>([SourceKind.NEWS_REPORT, SourceKind.SOCIAL_MEDIA]);

/** "The New York Times reports that …": the outlet a text reports from is the story's source (a Source node), not what it is about. */
const REPORTING_VERBS = new Set(['reports', 'reported', 'says', 'said', 'writes', 'wrote', 'revealed', 'reveals']);

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
  if (!outlet || written.length < 3 || hasBodyWithInitials(written) || REPORTING_VERBS.has(tokens[match.to]?.key ?? '')) return undefined;
  // "the BBC World Service": capitalised words after the outlet name one of its services.
  let to = match.to;
  while (tokens[to] && !tokens[to].breakBefore && !tokens[to - 1].possessive && isCapitalised(tokens[to])) to++;
  const name = text.slice(tokens[match.from].start, tokens[to - 1].end).replace(/^The\s+/, '');
  const entity = organizationDraft({ name, aliases: [], ties: [] });
  return { id: entityIdOf(entity), entity, from: match.from, to };
}
