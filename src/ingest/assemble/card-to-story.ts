import { ClaimKind } from '../../modules/shared/enums';
import { foldKey } from '../../modules/shared/ids';
import { asOfIn } from '../parse';
import { CardParseError } from '../parse';
import { CardText, parseCard } from '../parse';
import { countryCodesIn, countryMentionsIn, distinctIds, recognizeEntities } from '../recognise';
import { findStorySource, loadReference, Reference, sharedCountryReadings } from '../recognise';
import type { ClaimDraft, SourceDraft, StoryDraft } from './story-draft';
import { StoryEntities } from './story-entities';
import { StoryMemory } from '../recognise';
import { StorySources } from './story-sources';
import { citedBodies, splitTopics } from '../recognise';

export type { StoryDraft } from './story-draft';

export interface CardToStoryOptions {
  /** Named in CardParseError messages. */
  file?: string;
  /** What recognition knows; seeds/reference unless given. */
  reference?: Reference;
}

interface ClaimSource extends CardText {
  kind: ClaimKind;
  cites: SourceDraft[];
}

function asOfOf(claim: ClaimSource, file: string | undefined): string | undefined {
  const found = asOfIn(claim.text);
  if ('invalid' in found) throw new CardParseError(claim.line, `impossible date in "${found.invalid}"`, file);
  return found.asOf;
}

/**
 * A story card's text → the StoryInput-shaped object the API ingests.
 * - The outlet the summary names ("The New York Times reports …") becomes a NEWS_REPORT source titled
 *   like the story; the story is basedOn it (and on the "📰 Sources" lines), and key facts cite it.
 * - Each data point cites its "Title — Publisher" line; kinds come from seeds/reference/publishers.json.
 * - Entities are recognised in the summary and in every claim (countries also in the headline); a claim is `about` every entity its
 *   text mentions and `attributedTo` the counted groups it cites.
 * Throws CardParseError (with the line) for anything it cannot read.
 */
export function cardToStoryInput(text: string, options: CardToStoryOptions = {}): StoryDraft {
  const card = parseCard(text, options);
  const reference = options.reference ?? loadReference();
  const sources = new StorySources(reference);
  const outlet = findStorySource(card.summary.text, reference);
  const storySource = outlet ? sources.add(card.title.text, outlet) : undefined;

  const claimSources: ClaimSource[] = [
    ...card.keyFacts.map((f) => ({ ...f, kind: ClaimKind.KEY_FACT, cites: storySource ? [storySource] : [] })),
    ...card.dataPoints.map((p) => ({ text: p.text, line: p.line, kind: ClaimKind.DATA_POINT, cites: p.sources.map((s) => sources.add(s.title, s.publisher)) })),
  ];
  const listed = card.sources.map((s) => sources.add(s.title, s.publisher));
  const asOfs = claimSources.map((c) => asOfOf(c, options.file));

  // The headline and topic line come last: what the story is about when its texts name no country for an agency ("Espionage United States China");
  // of two services sharing a name, the one of the country they name (subjectCountries).
  const subjectTexts = [card.title.text, card.topicLine?.text ?? ''];
  const bodyTexts = [card.summary.text, ...claimSources.map((c) => c.text)];
  // "Congo" in a story that names Congo-Brazzaville and not the DRC is Congo-Brazzaville, in every text, the headline too.
  const countryReadings = sharedCountryReadings([...subjectTexts, ...bodyTexts]);
  const subjectCountries = new Set(subjectTexts.flatMap((t) => [...countryCodesIn(t, countryReadings)]));
  const storyCountries = new Set([...bodyTexts.flatMap((t) => [...countryCodesIn(t, countryReadings)]), ...subjectCountries]);
  const storyResolutions = new Map<string, string>();
  const story = new StoryMemory(bodyTexts);
  const entities = new StoryEntities();
  const citedPublishers = citedBodies(
    [...card.sources, ...card.dataPoints.flatMap((p) => p.sources)].map((s) => s.publisher),
    bodyTexts,
  );
  const inStory = { reference, date: card.publishedAt, storyCountries, subjectCountries, storyResolutions, story, countryReadings, citedPublishers };
  const inSummary = recognizeEntities(card.summary.text, inStory);
  entities.addAll([...inSummary.mentions, ...inSummary.attributions]);
  const inClaims = claimSources.map((c, i) => recognizeEntities(c.text, { ...inStory, asOf: asOfs[i] }));
  inClaims.forEach((r) => entities.addAll([...r.mentions, ...r.attributions]));
  // A country only the headline names is still what the story is about.
  entities.addAll(countryMentionsIn(card.title.text, countryReadings));

  const claims: ClaimDraft[] = claimSources.map((c, i) => {
    const about = distinctIds(inClaims[i].mentions).map((id) => entities.ref(id));
    const attributedTo = distinctIds(inClaims[i].attributions).map((id) => entities.ref(id));
    const claim: ClaimDraft = { kind: c.kind, text: c.text };
    if (asOfs[i]) claim.asOf = asOfs[i];
    if (about.length) claim.about = about;
    if (attributedTo.length) claim.attributedTo = attributedTo;
    if (c.cites.length) claim.citations = c.cites.map((s) => ({ source: sources.ref(s) }));
    return claim;
  });

  return {
    title: card.title.text,
    summary: card.summary.text,
    publishedAt: card.publishedAt,
    topics: splitTopics(card.topicLine?.text, reference.topics),
    sources: sources.all(),
    basedOn: [...new Set([storySource, ...listed].filter((s): s is SourceDraft => !!s).map((s) => sources.ref(s)))],
    entities: entities.all(),
    claims: withoutRepeats(claims),
    ...(card.marking ? { marking: card.marking } : {}),
  };
}

/** The API rejects a story that states one claim twice (a key fact repeated as a data point): keep the first, with every citation. */
function withoutRepeats(claims: ClaimDraft[]): ClaimDraft[] {
  const byText = new Map<string, ClaimDraft>();
  for (const claim of claims) {
    const key = foldKey(claim.text);
    const first = byText.get(key);
    if (!first) {
      byText.set(key, claim);
      continue;
    }
    const citations = [...(first.citations ?? []), ...(claim.citations ?? [])];
    const unique = citations.filter((c, i) => citations.findIndex((d) => d.source === c.source) === i);
    if (unique.length) first.citations = unique;
  }
  return [...byText.values()];
}
