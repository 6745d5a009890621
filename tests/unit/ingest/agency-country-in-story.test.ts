import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

/** Agencies whose names state no country take it from the story around them, never from a country the story does not name. */
const reference = loadReference();

function card(summary: string, facts: string[], data: string, topicLine = 'Espionage'): string {
  return [
    'May 17, 2019',
    'Back to all stories',
    '',
    'A story about a service',
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

function agencyIds(text: string): string[] {
  return cardToStoryInput(text, { reference })
    .entities.filter((e) => e.type === EntityType.AGENCY)
    .map((e) => entityIdOf(e));
}

describe('the country of an agency whose name states none', () => {
  it('is the country of the services the story named before it ("a former CIA officer … Customs and Border Protection")', () => {
    const ids = agencyIds(
      card(
        'Kevin Mallory, a former CIA case officer, was sentenced for selling documents to a Chinese intelligence officer.',
        ['Customs and Border Protection officers found undeclared cash in his luggage.'],
        'The National Counterintelligence and Security Center has warned about networking sites.',
      ),
    );
    expect(ids).toEqual(expect.arrayContaining(['agency:us-cbp', 'agency:us-national-counterintelligence-and-security-center']));
    expect(ids).not.toContain('agency:cn-security-center');
  });

  it('is never a country the story does not name, even for a name only one country uses', () => {
    const ids = agencyIds(
      card(
        'A Chinese businessman was detained by the Ministry of State Security.',
        ['Customs and Border Protection officers found undeclared cash in his luggage.'],
        'The case is the third this year.',
      ),
    );
    expect(ids).toEqual(['agency:cn-mss']);
  });

  it('keeps an acronym defined after a resolved name as that agency ("the National Information Center (CNI)" is Chile\'s, not Spain\'s)', () => {
    const ids = agencyIds(
      card(
        'Carmelo Soria, a Spanish diplomat working in Santiago, was abducted by agents of the DINA.',
        ['A Chilean court closed the case in 1996, drawing protests from Spain.'],
        'The DINA was dissolved in 1977 and replaced by the National Information Center (CNI).',
      ),
    );
    expect(ids).toContain('agency:cl-cni');
    expect(ids).not.toContain('agency:es-cni');
  });

  it('is the country of the topic line when the texts name none for it', () => {
    const story = (topicLine: string) =>
      agencyIds(
        card(
          'A former officer was sentenced to ten years in prison.',
          ['Customs and Border Protection officers found cash in his luggage.'],
          'He had flown back from Shanghai.',
          topicLine,
        ),
      );
    expect(story('Espionage United States')).toContain('agency:us-cbp');
    expect(story('Espionage')).not.toContain('agency:us-cbp');
  });
});
