import worldCountries from 'world-countries';
import { countryOfPlaceIn } from '../../../src/ingest/recognise/agency-places';
import { canonicalPoliceDraft, withoutPoliceHead } from '../../../src/ingest/recognise/agency-short-forms';
import { capitalAt, capitalNamed } from '../../../src/ingest/recognise/capitals';
import { countryCodesIn, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';
import { formKey, tokenize } from '../../../src/ingest/recognise/text-tokens';
import { COUNTRIES } from '../../../src/modules/entity/countries';
import { EntityType } from '../../../src/modules/shared/enums';
import { agencyIdsOfCard, storyCard } from '../../support/story-cards';

/**
 * An agency named after a place takes the place's country, one police force keeps one id with and
 * without its generic head, and of two countries' services sharing a name the one of the country the
 * headline and topic line are about.
 */
const reference = loadReference();

function agencyIdsInText(text: string, date = '2019-11-24', story?: StoryMemory): string[] {
  return recognizeEntities(text, { reference, date, story })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
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

  it.each([['cleveland'], ['surrey'], ['halifax', 'regional'], ['newcastle'], ['cartagena'], ['concepcion'], ['salvador']])(
    'takes no country from a place several countries have: %s',
    (...place) => {
      expect(countryOfPlaceIn([...place, 'police'])).toBeUndefined();
    },
  );

  it('finds no other country\'s place inside a country\'s or a capital\'s name ("El Salvador", "San Salvador")', () => {
    const misread = worldCountries.flatMap((c) =>
      [c.name.common, c.name.official, ...c.altSpellings, ...(c.capital ?? [])]
        .map((name) => ({ name, code: c.cca2, place: countryOfPlaceIn(formKey(name).split(' ')) }))
        .filter((r) => r.place !== undefined && r.place !== r.code),
    );
    expect(misread).toEqual([]);
  });

  it('takes the place\'s country, not the country the sentence or story names ("Shanghai Public Security Bureau" in a story about Australia)', () => {
    expect(agencyIdsInText('Wang Liqiang sought asylum in Australia. The Shanghai Public Security Bureau said he was a convicted fraudster.')).toEqual([
      'agency:cn-shanghai-public-security-bureau',
    ]);
    expect(agencyIdsInText('A Canadian was detained in China after the Xinjiang Public Security Department accused him, Canada said.')).toEqual([
      'agency:cn-xinjiang-public-security-department',
    ]);
  });

  it('reads no reference name from inside a longer place name ("South Wales Police" in "the New South Wales Police")', () => {
    expect(agencyIdsInText('An inquiry criticised the investigation by the New South Wales Police.')).toEqual(['agency:au-new-south-wales-police-force']);
    expect(agencyIdsInText('The South Wales Police arrested him in Cardiff.')).toEqual(['agency:gb-south-wales-police']);
  });

  it('leaves a force named after a place several countries have to the country the text names', () => {
    expect(agencyIdsInText('In Britain, the Halifax Regional Police opened an inquiry.')).toEqual(['agency:gb-halifax-regional-police']);
    expect(agencyIdsInText('In Canada, the Halifax Regional Police opened an inquiry.')).toEqual(['agency:ca-halifax-regional-police']);
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
    ["Ghana's Police Service arrested him.", 'agency:gh-ghana-police-service'],
    ["South Africa's Police Service arrested him.", 'agency:za-saps'],
    ["Kenya's Police Service arrested him.", 'agency:ke-kenya-police-service'],
    ["Norway's Police Service arrested him.", 'agency:no-norwegian-police-service'],
    ["Uganda's Police Force arrested him.", 'agency:ug-upf'],
  ])("reads a force written after its country's possessive as the reference entry: %s", (text, id) => {
    expect(agencyIdsInText(text)).toEqual([id]);
  });

  it("reads every current reference force named '<country> Police <head>' after its country's possessive as that entry", () => {
    const forces = reference.entities.agencies.flatMap((e) => {
      const agency = e.agency;
      const country = agency && COUNTRIES.get(agency.countryCode)?.name;
      // Only where the country's name is read as a country ("Hong Kong" is read as no country).
      const read = country && countryCodesIn(country).has(agency.countryCode);
      const head = read && !agency.historical ? new RegExp(`^${country} (Police (?:Service|Force|Department))$`).exec(agency.name)?.[1] : undefined;
      return head ? [{ text: `${country}'s ${head} arrested him.`, id: e.id }] : [];
    });
    expect(forces.length).toBeGreaterThan(20);
    expect(forces.filter((f) => agencyIdsInText(f.text).join() !== f.id)).toEqual([]);
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

  it('names a force the reference does not hold without its generic head, the spelling written kept as an alias', () => {
    expect(canonicalPoliceDraft({ type: EntityType.AGENCY, name: 'Lilongwe Police Service', countryCode: 'MW' })).toEqual({
      type: EntityType.AGENCY,
      name: 'Lilongwe Police',
      aliases: ['Lilongwe Police Service'],
      countryCode: 'MW',
    });
    expect(canonicalPoliceDraft({ type: EntityType.AGENCY, name: 'Secret Service', countryCode: 'US' }).name).toBe('Secret Service');
  });

  it('gives a force the reference does not hold one id whichever spelling a story uses first, in one story and across stories', () => {
    expect(agencyIdsInText('The Lilongwe Police Service arrested him in Malawi, and the Lilongwe Police later released him.')).toEqual([
      'agency:mw-lilongwe-police',
      'agency:mw-lilongwe-police',
    ]);
    expect(agencyIdsInText('The Lilongwe Police arrested him in Malawi.', '2019-11-24', new StoryMemory())).toEqual(['agency:mw-lilongwe-police']);
    expect(agencyIdsInText('The Lilongwe Police Service arrested him in Malawi.', '2019-11-24', new StoryMemory())).toEqual(['agency:mw-lilongwe-police']);
  });

  it('reads a city force by the short name it shares with others, where its city is in view ("the District of Columbia\'s Metropolitan Police Department")', () => {
    expect(agencyIdsInText("The District of Columbia's Metropolitan Police Department ruled his death a suicide.")).toEqual([
      'agency:us-metropolitan-police-department-of-the-district-of-columbia',
    ]);
    expect(agencyIdsInText('The Metropolitan Police arrested him in London.')).toEqual(['agency:gb-metropolitan-police']);
  });

  it('keeps a renamed force that the reference holds on its own ("the South African Police" under apartheid is not the SAPS)', () => {
    expect(agencyIdsInText('The Security Branch was the political police of the South African Police under apartheid.')).toEqual([
      'agency:za-sb',
      'agency:za-south-african-police',
    ]);
  });
});

describe("a name two countries' services share", () => {
  // A neutral story: a Georgian citizen questioned by the services of Azerbaijan, the headline and topic line naming no country or Azerbaijan.
  const story = (topicLine: string) =>
    agencyIdsOfCard(
      storyCard({
        date: 'March 02, 2025',
        title: 'A trader was questioned',
        summary: 'A Georgian trader was questioned by the Ministry of National Security in 2010.',
        topicLine,
        facts: ['The State Security Service reopened his file last year.'],
        data: 'He has not been charged.',
      }),
      reference,
    );

  it('is the service of the country the topic line names, even when the texts name another country first', () => {
    expect(story('Espionage Azerbaijan')).toEqual(['agency:az-mtn', 'agency:az-dtx']);
  });

  it('is the service of the country the story names first when the headline and topic line name none', () => {
    expect(story('Espionage')).toContain('agency:ge-ssg');
  });

  it('gives an agency the reference does not hold, in a text naming no country, the country the topic line names', () => {
    const ids = (topicLine: string) =>
      agencyIdsOfCard(
        storyCard({
          title: 'A trader was questioned',
          summary: 'A Georgian trader was questioned, Georgia said.',
          topicLine,
          facts: ['The Anti-Corruption Directorate opened a case against him.'],
          data: 'He has not been charged.',
        }),
        reference,
      );
    expect(ids('Espionage Azerbaijan')).toEqual(['agency:az-anti-corruption-directorate']);
    expect(ids('Espionage')).toEqual(['agency:ge-anti-corruption-directorate']);
  });
});

describe('a capital as a cue', () => {
  it('is read in as many words as it has, by the same table everywhere', () => {
    const tokens = tokenize('He was held in Buenos Aires and in Baku.');
    expect(capitalAt(tokens, 4)).toEqual({ capital: { name: 'Buenos Aires', code: 'AR' }, length: 2 });
    expect(capitalAt(tokens, 8)).toEqual({ capital: { name: 'Baku', code: 'AZ' }, length: 1 });
    expect(capitalAt(tokens, 4, 5)).toBeUndefined();
    expect(capitalNamed('Washington, D.C.')?.code).toBe('US');
  });

  it('points a name several countries\' services share at the capital\'s country ("… arrested him in Baku", "… in New Delhi")', () => {
    expect(agencyIdsInText('The State Security Service arrested him in Baku.')).toEqual(['agency:az-dtx']);
    expect(agencyIdsInText('The State Security Service arrested him in Tbilisi.')).toEqual(['agency:ge-ssg']);
    expect(agencyIdsInText('The Intelligence Bureau arrested him in New Delhi.')).toEqual(['agency:in-ib']);
    expect(agencyIdsInText('The Intelligence Bureau arrested him in Islamabad.')).toEqual(['agency:pk-ib']);
  });

  it('gives an agency the reference does not hold the country of a capital in its name, in as many words as the capital has', () => {
    expect(agencyIdsInText('The Kuala Lumpur Narcotics Crime Investigation Department said so, Singapore reported.')).toEqual([
      'agency:my-kuala-lumpur-narcotics-crime-investigation-department',
    ]);
  });
});

describe("a country's possessive before another country's service name", () => {
  it('names the service of the possessing country ("Georgia\'s Ministry of State Security" is not China\'s MSS)', () => {
    expect(agencyIdsInText("Georgia's Ministry of State Security arrested him in Tbilisi in 1998.")).toEqual([
      'agency:ge-ministry-of-state-security-of-georgia',
    ]);
    expect(agencyIdsInText("China's Ministry of State Security detained him.")).toEqual(['agency:cn-mss']);
  });

  it.each([
    ["Mexico's DEA liaison office said so.", 'agency:us-dea'],
    ["Ukraine's MI6 contacts said so.", 'agency:gb-sis'],
    ["Pakistan's CIA station chief left.", 'agency:us-cia'],
    ["Kenya's FBI trained officers were there.", 'agency:us-fbi'],
    ["Russia's FBI-trained officers were there.", 'agency:us-fbi'],
  ])('keeps a foreign service the possessing country has none of that spelling of: %s', (text, id) => {
    expect(agencyIdsInText(text)).toEqual([id]);
  });

  it("leaves a name the possessing country's service shares to that service of the story's era (\"Iraq's Mukhabarat\" is no Palestinian service)", () => {
    expect(agencyIdsInText("Iraq's Mukhabarat arrested him in Baghdad in 2015.")).toEqual(['agency:iq-inis']);
    expect(agencyIdsInText("Iraq's Mukhabarat arrested him in Baghdad.", '1995-06-01')).toEqual(['agency:iq-mukhabarat']);
    expect(agencyIdsInText("Morocco's DST detained him in Rabat.")).toEqual(['agency:ma-dgst']);
    expect(agencyIdsInText("France's DST arrested him in Paris.")).toEqual(['agency:fr-dst']);
  });

  it('reads historical services by the acronym or short name their country shares with another ("Greece\'s KYP", "Taiwan\'s Garrison Command")', () => {
    expect(agencyIdsInText("Greece's KYP was accused of wiretapping in Athens.")).toEqual(['agency:gr-central-intelligence-service-of-greece']);
    expect(agencyIdsInText("Cyprus's KYP said it was investigating.")).toEqual(['agency:cy-kyp']);
    expect(agencyIdsInText("Taiwan's Garrison Command arrested him in Taipei.")).toEqual(['agency:tw-taiwan-garrison-command']);
  });
});
