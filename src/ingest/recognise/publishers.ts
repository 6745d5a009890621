import { SourceKind } from '../../modules/shared/enums';
import type { Reference } from './reference';
import { Token, tokenize } from './text-tokens';

const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
/** gob.mx, state.gov, gov.uk, gouv.fr, canada.gc.ca, army.mil, nato.int, europa.eu … */
const GOVERNMENT_DOMAIN = /(?:^|\.)(?:gob|gov|gouv|govt|go|gv)\.[a-z]{2}$|\.(?:gov|mil|int)$|^(?:gov|mil)$|(?:^|\.)gc\.ca$|(?:^|\.)europa\.eu$/i;

/** The reference spelling ("NYT" → "The New York Times"), else the publisher as written. */
export function canonicalPublisher(publisher: string, reference: Reference): string {
  return reference.publisher(publisher)?.name ?? publisher.trim();
}

/**
 * The kind of document a publisher's source is: its entry in seeds/reference/publishers.json; else a
 * government domain → GOVERNMENT_RECORD; else another domain-like name (a site with no known
 * masthead, e.g. russiaspivottoasia.com) → ANALYSIS; else a named outlet → NEWS_REPORT.
 */
export function sourceKindOf(publisher: string, reference: Reference): SourceKind {
  const known = reference.publisher(publisher);
  if (known) return known.kind;
  const name = publisher.trim();
  if (DOMAIN.test(name)) return GOVERNMENT_DOMAIN.test(name) ? SourceKind.GOVERNMENT_RECORD : SourceKind.ANALYSIS;
  return SourceKind.NEWS_REPORT;
}

const REPORT_VERBS = new Set([
  'reports',
  'reported',
  'reporting',
  'revealed',
  'reveals',
  'writes',
  'wrote',
  'says',
  'said',
  'found',
  'finds',
  'disclosed',
  'learned',
]);
const BEFORE_OUTLET = [['according', 'to'], ['reported', 'by'], ['per']];

/**
 * Whether a text reports from the outlet named at tokens [from, to): "The New York Times has reported
 * that …", "Reuters found that …", "According to Reuters, …". Such an outlet is the story's source, not
 * a body the story is about.
 */
export function reportsFrom(tokens: readonly Token[], from: number, to: number): boolean {
  const next = ['has', 'have'].includes(tokens[to]?.key ?? '') ? tokens[to + 1] : tokens[to];
  if (next && REPORT_VERBS.has(next.key)) return true;
  const start = tokens[from - 1]?.key === 'the' ? from - 1 : from;
  return BEFORE_OUTLET.some((cue) => cue.every((w, k) => tokens[start - cue.length + k]?.key === w));
}

/** Outlets missing from the reference data still look like mastheads: "The Wall Street Journal reports". */
const UNKNOWN_OUTLET =
  /\b((?:The\s+)?(?:[A-Z][\w&'’-]*\s+){0,4}(?:Times|Post|News|Journal|Herald|Guardian|Telegraph|Tribune|Gazette|Press|Wire|Review|Monitor|Observer|Chronicle|Independent|Daily|Radio|Television|Network))\s+(?:has\s+|have\s+)?(?:reports?|reported|revealed|wrote|writes)\b/;

/**
 * The outlet a summary says the story comes from: "The New York Times reports …", "According to
 * Reuters, …", "… Politico reported". Returns its canonical name.
 */
export function findStorySource(summary: string, reference: Reference): string | undefined {
  const tokens = tokenize(summary);
  for (const match of reference.gazetteer.findAll(tokens)) {
    const outlet = match.values.find((v) => v.kind === 'publisher');
    if (!outlet || outlet.kind !== 'publisher') continue;
    // "told Reuters": an interview makes the outlet the story's source too (it is still a body the text names).
    const from = tokens[match.from - 1]?.key === 'the' ? match.from - 1 : match.from;
    if (reportsFrom(tokens, match.from, match.to) || tokens[from - 1]?.key === 'told') return outlet.publisher.name;
  }
  const unknown = UNKNOWN_OUTLET.exec(summary);
  return unknown ? unknown[1].trim() : undefined;
}
