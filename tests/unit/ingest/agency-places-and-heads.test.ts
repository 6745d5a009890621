import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { countryOfPlaceIn } from '../../../src/ingest/recognise/agency-places';
import { otherPoliceSpellings, withoutPoliceHead } from '../../../src/ingest/recognise/agency-short-forms';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

/**
 * An agency named after a place takes the place's country, one police force keeps one id with and
 * without its generic head, and of two countries' services sharing a name the one of the country the
 * headline and topic line are about.
 */
const reference = loadReference();

function agencyIdsInText(text: string): string[] {
  return recognizeEntities(text, { reference, date: '2019-11-24' })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
}

function card(title: string, summary: string, topicLine: string, facts: string[], data: string): string {
  return [
    'March 02, 2025',
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

function agencyIdsOfCard(text: string): string[] {
  return cardToStoryInput(text, { reference })
    .entities.filter((e) => e.type === EntityType.AGENCY)
    .map((e) => entityIdOf(e));
}

describe('an agency named after a place', () => {
  it('finds a state, province or city inside a name, and nothing in a name without one', () => {
    expect(countryOfPlaceIn(['shanghai', 'public', 'security', 'bureau'])).toBe('CN');
    expect(countryOfPlaceIn(['baden', 'wurttemberg', 'police'])).toBe('DE');
    expect(countryOfPlaceIn(['west', 'virginia', 'state', 'police'])).toBe('US');
    expect(countryOfPlaceIn(['national', 'security', 'bureau'])).toBeUndefined();
    // A place several countries have decides nothing.
    expect(countryOfPlaceIn(['punjab', 'police'])).toBeUndefined();
  });

  it('takes the place\'s country, not the country the sentence or story names ("Shanghai Public Security Bureau" in a story about Australia)', () => {
    expect(agencyIdsInText('Wang Liqiang sought asylum in Australia. The Shanghai Public Security Bureau said he was a convicted fraudster.')).toContain(
      'agency:cn-shanghai-public-security-bureau',
    );
    expect(agencyIdsInText('A Canadian was detained in China after the Xinjiang Public Security Department accused him, Canada said.')).toContain(
      'agency:cn-xinjiang-public-security-department',
    );
  });
});

describe('one police force, one id', () => {
  it('drops a generic head after "Police" and nothing else', () => {
    expect(withoutPoliceHead('Malawi Police Service')).toBe('Malawi Police');
    expect(withoutPoliceHead('Western Australia Police Force')).toBe('Western Australia Police');
    expect(withoutPoliceHead('Secret Service')).toBe('Secret Service');
  });

  it('reads a force without its generic head as the reference entry that has it ("the Malawi Police", "the Queensland Police")', () => {
    expect(agencyIdsInText('A commission of inquiry in Malawi concluded that the four had been killed by officers of the Malawi Police.')).toEqual([
      'agency:mw-malawi-police-service',
    ]);
    expect(agencyIdsInText('The Fitzgerald Inquiry in Australia exposed bribery inside the Queensland Police.')).toEqual([
      'agency:au-queensland-police-service',
    ]);
  });

  it.each([
    ['He was arrested by the Danish Police in Copenhagen.', 'agency:dk-danish-national-police'],
    ['He was arrested by the Kenyan Police in Nairobi.', 'agency:ke-kenya-police-service'],
    ['He was arrested by the Ukrainian Police in Kyiv.', 'agency:ua-national-police-of-ukraine'],
    ['He was arrested by the Italian Police in Rome.', 'agency:it-italian-state-police'],
    ['He was arrested by the Thai Police in Bangkok.', 'agency:th-rtp'],
  ])('reads a country word and "Police" as the country\'s own police: %s', (text, id) => {
    expect(agencyIdsInText(text)).toEqual([id]);
  });

  it('keeps one id for a force the reference does not hold, written with and without its head', () => {
    expect(agencyIdsInText('The Lilongwe Police Service arrested him in Malawi, and the Lilongwe Police later released him.')).toEqual([
      'agency:mw-lilongwe-police-service',
      'agency:mw-lilongwe-police-service',
    ]);
    expect(otherPoliceSpellings('Lilongwe Police')).toEqual(['Lilongwe Police Service', 'Lilongwe Police Force', 'Lilongwe Police Department']);
    expect(otherPoliceSpellings('Secret Service')).toEqual([]);
  });

  it('keeps a renamed force that the reference holds on its own ("the South African Police" under apartheid is not the SAPS)', () => {
    expect(agencyIdsInText('The Security Branch was the political police of the South African Police under apartheid.')).toContain(
      'agency:za-south-african-police',
    );
  });
});

describe("a name two countries' services share", () => {
  const story = (topicLine: string, title: string) =>
    card(
      title,
      'Elmar Huseynov was shot dead in his apartment on 2 March 2005. The Ministry of National Security named two Georgian citizens as suspects, but Georgia refused to extradite them.',
      topicLine,
      ['The killing was linked to his reporting on corruption.'],
      'The ministry was replaced by the State Security Service in 2015.',
    );

  it('is the service of the country the topic line names, even when the texts name another country first', () => {
    const ids = agencyIdsOfCard(story('Press Freedom Azerbaijan', 'Twenty years since an editor was shot'));
    expect(ids).toEqual(expect.arrayContaining(['agency:az-mtn', 'agency:az-dtx']));
    expect(ids).not.toContain('agency:ge-ssg');
  });

  it('gives an agency the reference does not hold, in a text naming no country, the country the topic line names', () => {
    const ids = (topicLine: string) =>
      agencyIdsOfCard(
        card(
          'An editor was shot',
          'Two Georgian citizens were named as suspects, but Georgia refused to extradite them.',
          topicLine,
          ['The Anti-Corruption Directorate opened a case against the editor.'],
          'No one has been tried.',
        ),
      );
    expect(ids('Press Freedom Azerbaijan')).toEqual(['agency:az-anti-corruption-directorate']);
    expect(ids('Press Freedom')).toEqual(['agency:ge-anti-corruption-directorate']);
  });

  it('is the service of the country the story names first when the headline and topic line name none', () => {
    expect(agencyIdsOfCard(story('Press Freedom', 'Twenty years since an editor was shot'))).toContain('agency:ge-ssg');
  });
});

describe('a capital as a cue', () => {
  it('points a name several countries\' services share at the capital\'s country ("… arrested him in Baku")', () => {
    expect(agencyIdsInText('The State Security Service arrested him in Baku.')).toEqual(['agency:az-dtx']);
    expect(agencyIdsInText('The State Security Service arrested him in Tbilisi.')).toEqual(['agency:ge-ssg']);
  });
});

describe("a country's possessive before another country's service name", () => {
  it('names the service of the possessing country ("Georgia\'s Ministry of State Security" is not China\'s MSS)', () => {
    expect(agencyIdsInText("Georgia's Ministry of State Security arrested him in Tbilisi in 1998.")).toEqual([
      'agency:ge-ministry-of-state-security-of-georgia',
    ]);
    expect(agencyIdsInText("China's Ministry of State Security detained him.")).toEqual(['agency:cn-mss']);
  });

  it('keeps a service named in a modifier glued to a word ("Russia\'s FBI-trained officers")', () => {
    expect(agencyIdsInText("Russia's FBI-trained officers were there.")).toEqual(['agency:us-fbi']);
  });

  it('leaves a name the possessing country\'s service shares to that service, or to none ("Iraq\'s Mukhabarat" is no Palestinian service)', () => {
    expect(agencyIdsInText("Iraq's Mukhabarat killed him in 2001.")).toEqual(['agency:iq-inis']);
    expect(agencyIdsInText("Morocco's DST detained him in Rabat.")).toEqual(['agency:ma-dgst']);
    expect(agencyIdsInText("France's DST arrested him in Paris.")).toEqual(['agency:fr-dst']);
  });

  it('reads historical services by the acronym or short name their country shares with another ("Greece\'s KYP", "Taiwan\'s Garrison Command")', () => {
    expect(agencyIdsInText("Greece's KYP was accused of wiretapping in Athens.")).toEqual(['agency:gr-central-intelligence-service-of-greece']);
    expect(agencyIdsInText("Cyprus's KYP said it was investigating.")).toEqual(['agency:cy-kyp']);
    expect(agencyIdsInText("Taiwan's Garrison Command arrested him in Taipei.")).toEqual(['agency:tw-taiwan-garrison-command']);
  });
});
