import { loadReference } from '../../../src/ingest/recognise/reference';
import { agencyIdsOfCard, storyCard } from '../../support/story-cards';

/** Agencies whose names state no country take it from the story around them, never from a country the story does not name. */
const reference = loadReference();

const card = (summary: string, facts: string[], data: string, topicLine?: string) => storyCard({ summary, facts, data, topicLine });
const agencyIds = (text: string) => agencyIdsOfCard(text, reference);

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

describe('"State Security" and the interior ministry in a story about Cuba', () => {
  it("reads Cuba's DSE and MININT, and still the StB in a story about Prague", () => {
    const cuba = agencyIds(
      card(
        'In Havana, dissidents said a car of State Security had followed them for weeks.',
        ["Three officers of Cuba's Ministry of the Interior were arrested."],
        'Exiles in Miami asked for an inquiry.',
        'Human Rights Cuba',
      ),
    );
    expect(cuba).toEqual(expect.arrayContaining(['agency:cu-dse', 'agency:cu-minint']));
    expect(cuba).not.toContain('agency:cz-stb');
    const prague = agencyIds(card('In Prague, dissidents said State Security had followed them.', ['Two.'], 'Three.', 'Human Rights Czechoslovakia'));
    expect(prague).toContain('agency:cz-stb');
  });
});
