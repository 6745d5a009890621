import { cardToStoryInput } from '../../src/ingest/assemble/card-to-story';
import { entityIdOf } from '../../src/ingest/recognise/entity-drafts';
import type { Reference } from '../../src/ingest/recognise/reference';
import { EntityType } from '../../src/modules/shared/enums';

/** The parts of a story card a recognition test varies; the rest (outlet, sources) is the same small frame every time. */
export interface CardParts {
  /** As a card writes it: "May 17, 2019". */
  date?: string;
  title?: string;
  summary: string;
  topicLine?: string;
  facts: string[];
  data: string;
}

/** A story card in the real card format, from its parts. */
export function storyCard({ date = 'May 17, 2019', title = 'A story about a service', summary, topicLine = 'Espionage', facts, data }: CardParts): string {
  return [
    date,
    'Back to all stories',
    '',
    title,
    '',
    summary,
    '',
    topicLine,
    '',
    '📌 Key Facts',
    '',
    ...facts.map((f) => `  • ${f}`),
    '',
    '📊 Relevant Data',
    '',
    data,
    '',
    'A report — Reuters',
    '',
    '📰 Sources (1)',
    '',
    'The story — Reuters',
    '',
  ].join('\n');
}

/** The ids of the agencies a card's story holds, in the order the story lists them. */
export function agencyIdsOfCard(text: string, reference: Reference): string[] {
  return cardToStoryInput(text, { reference })
    .entities.filter((e) => e.type === EntityType.AGENCY)
    .map((e) => entityIdOf(e));
}
