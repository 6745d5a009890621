import { countryCodesIn, distinctIds, recognizeEntities, RecognitionContext } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';
import { EntityType, TieRelation } from '../../../src/modules/shared/enums';

const DATE = '2025-12-08';
const reference = loadReference();

function idsIn(text: string, ctx: Partial<RecognitionContext> = {}): string[] {
  const found = recognizeEntities(text, { reference, date: DATE, ...ctx });
  return distinctIds([...found.mentions, ...found.attributions]);
}

function entityIn(text: string, id: string, ctx: Partial<RecognitionContext> = {}) {
  const found = recognizeEntities(text, { reference, date: DATE, ...ctx });
  return [...found.mentions, ...found.attributions].find((m) => m.id === id)?.entity;
}

describe('countries', () => {
  it('reads names, official names, abbreviations, demonyms and possessives', () => {
    expect(idsIn("Mexico's envoy met Russian and U.S. envoys; the Russian Federation, the USA and Ukraine objected.")).toEqual([
      'country:MX',
      'country:RU',
      'country:US',
      'country:UA',
    ]);
    expect(idsIn('The US and the UK briefed Israelis, Americans and the DPRK.')).toEqual(['country:US', 'country:GB', 'country:IL', 'country:KP']);
  });

  it('keeps acronyms case-sensitive: "us" and "turkey" are words, not countries', () => {
    expect(idsIn('Let us be clear: the turkey was served.')).toEqual([]);
    expect(idsIn('Turkey and Türkiye are one country; so is the Republic of Turkey.')).toEqual(['country:TR']);
  });

  it('does not see countries in places or names that only contain them', () => {
    expect(idsIn('Officials in Atlanta, Georgia, and in New Mexico said Latin American and British Columbia delegates met in Mexico City.')).toEqual([]);
    expect(idsIn('Former secretary Chad Wolf and Jordan Peterson spoke.')).not.toEqual(expect.arrayContaining(['country:TD', 'country:JO']));
    // A sentence's opening word glued to a country that is also a first name is no person's name.
    expect(idsIn('In India, the police arrived. After Jordan, they flew home.')).toEqual(['country:IN', 'country:JO']);
    expect(idsIn('Papua New Guinea and Equatorial Guinea sent observers, but not Guinea-Bissau.')).toEqual(['country:PG', 'country:GQ', 'country:GW']);
  });

  it('reads the Soviet Union as Russia and former colonial names as the country they became', () => {
    expect(idsIn('Soviet agents and the USSR; the Soviets denied it.')).toEqual(['country:RU']);
    expect(idsIn('Journalists killed in Portuguese Timor; mercenaries in the Belgian Congo and Rhodesia.')).toEqual(['country:TL', 'country:CD', 'country:ZW']);
    expect(idsIn('Two Maldivian women, a Kazakh banker, an Azeri official and Nepali guards.')).toEqual([
      'country:MV',
      'country:KZ',
      'country:AZ',
      'country:NP',
    ]);
  });

  it('reads defunct federations as their successor and "-man" forms as demonyms', () => {
    expect(idsIn("Yugoslavia's secret police killed Yugoslav émigrés; a Czechoslovak diplomat left.")).toEqual(['country:RS', 'country:CZ']);
    expect(idsIn('He met an Irishman and two Englishmen in prison.')).toEqual(['country:IE', 'country:GB']);
    expect(idsIn('Guevara fought in the Congo; Congo-Brazzaville and the Republic of the Congo stayed out.')).toEqual(['country:CD', 'country:CG']);
  });

  it('reads no country in a language, a capital named after one, or a dependent territory', () => {
    expect(idsIn('Zakharanka, spelled Zakharenko in Russian, was seized.')).toEqual([]);
    expect(idsIn('He died in Russian custody.')).toEqual(['country:RU']);
    expect(idsIn('Looters took Port of Spain; the police of New Caledonia, Puerto Rico and Greenland were told.')).toEqual([]);
  });

  it('does not read regions, rivers, courts, banks or given names as countries', () => {
    expect(idsIn('He fled to Hong Kong and Macau, then the Soviet bloc.')).toEqual([]);
    // The bank is an organisation of the reference, no mention of Switzerland.
    expect(idsIn('Pollution in the Niger Delta reached the Inter-American Court; Credit Suisse arranged the loans.')).toEqual(['org:credit-suisse']);
    expect(idsIn('The agents Alain Mafart and Dominique Prieur were arrested.')).not.toContain('country:DM');
  });

  it('still reads the ambiguous names as countries in country context', () => {
    expect(idsIn('Georgia, Jordan and Chad signed the accord.')).toEqual(['country:GE', 'country:JO', 'country:TD']);
    expect(idsIn('Tbilisi, Georgia hosted the talks.')).toEqual(['country:GE']);
  });

  it('counts countries named inside organisation names', () => {
    expect(idsIn('The Israel Defense Forces said so.')).toEqual(['org:israel-defense-forces', 'country:IL']);
  });

  it('finds the story-wide country context cheaply', () => {
    expect([...countryCodesIn('Spain and the Mexican government')].sort()).toEqual(['ES', 'MX']);
  });
});

describe('agencies', () => {
  it('resolves aliases and acronyms to one canonical agency', () => {
    expect(idsIn('The CIA said')).toEqual(['agency:us-cia']);
    expect(idsIn('The Central Intelligence Agency said')).toEqual(['agency:us-cia']);
    expect(idsIn('MI6, also called the Secret Intelligence Service, said')).toEqual(['agency:gb-sis']);
    expect(entityIn('The CIA said', 'agency:us-cia')).toEqual({
      type: EntityType.AGENCY,
      name: 'Central Intelligence Agency',
      acronym: 'CIA',
      aliases: ['CIA'],
      countryCode: 'US',
    });
  });

  it('settles CNI (Mexico or Spain) by the nearest country, then the story (the country it names first), else not at all', () => {
    expect(idsIn("Mexico's CNI warned")).toContain('agency:mx-cni');
    expect(idsIn("Spain's CNI warned")).toContain('agency:es-cni');
    expect(idsIn('The CNI warned', { storyCountries: new Set(['ES']) })).toEqual(['agency:es-cni']);
    expect(idsIn('The CNI warned')).toEqual([]);
    expect(idsIn('The CNI warned', { storyCountries: new Set(['ES', 'MX']) })).toEqual(['agency:es-cni']);
    expect(idsIn('The CNI warned', { storyCountries: new Set(['MX', 'ES']) })).toEqual(['agency:mx-cni']);
  });

  it('settles a name several countries use by the country the story names first, when both are in view', () => {
    expect(idsIn('He said Intelligence Bureau officers tortured him.', { storyCountries: new Set(['IN', 'PK']) })).toEqual(['agency:in-ib']);
    expect(idsIn('He said Intelligence Bureau officers tortured him.', { storyCountries: new Set(['PK', 'IN']) })).toEqual(['agency:pk-ib']);
  });

  it('reads a bare "Military Intelligence Directorate" as the military intelligence of the country in view', () => {
    expect(idsIn('The lawyer argued the Military Intelligence Directorate had no power.', { storyCountries: new Set(['PK', 'IN']) })).toEqual(['agency:pk-mi']);
  });

  it('remembers what an ambiguous acronym meant earlier in the story', () => {
    const storyResolutions = new Map<string, string>();
    const storyCountries = new Set(['ES', 'MX']);
    expect(idsIn("Spain's CNI and Mexico's government met.", { storyCountries, storyResolutions })).toContain('agency:es-cni');
    expect(idsIn('The CNI employs 3,500 people.', { storyCountries, storyResolutions })).toEqual(['agency:es-cni']);
  });

  it('tells Turkish MIT from the Massachusetts Institute of Technology', () => {
    expect(idsIn("Turkey's MIT intelligence agency said")).toEqual(['country:TR', 'agency:tr-mit']);
    expect(idsIn('Researchers at MIT in Cambridge, Massachusetts, said Ankara would not comment.')).toEqual(['org:massachusetts-institute-of-technology']);
  });

  it('maps "<Demonym> intelligence …" to the collective agency, and military intelligence to the military agency', () => {
    expect(entityIn('Russian intelligence services posed as diplomats.', 'agency:ru-russian-intelligence-services')).toEqual({
      type: EntityType.AGENCY,
      name: 'Russian intelligence services',
      aliases: ['Russian intelligence'],
      countryCode: 'RU',
    });
    expect(idsIn('U.S. intelligence agencies assessed')).toEqual(['agency:us-american-intelligence-services', 'country:US']);
    expect(idsIn("Russia's military intelligence ran the plot")).toEqual(['agency:ru-gru', 'country:RU']);
    expect(idsIn("Cuba's intelligence directorate trained them")).toEqual(['agency:cu-di', 'country:CU']);
    expect(idsIn('Western intelligence agencies and artificial intelligence')).toEqual([]);
  });

  it("reads a name two eras share as the service of the story's year", () => {
    expect(idsIn('Missiles hit the Iraqi Intelligence Service.', { date: '1993-06-27' })).toEqual(['agency:iq-mukhabarat', 'country:IQ']);
    expect(idsIn('Missiles hit the Iraqi Intelligence Service.', { date: '2021-03-01' })).toEqual(['agency:iq-inis', 'country:IQ']);
  });

  it('reads "<Demonym> intelligence" as the service of that name the story named, not the collective', () => {
    const story = new StoryMemory();
    recognizeEntities('U.S. missiles hit the Iraqi Intelligence Service.', { reference, date: '1993-06-27', story });
    expect(idsIn('Clinton said Iraqi intelligence directed the plot.', { date: '1993-06-27', story })).toEqual(['agency:iq-mukhabarat', 'country:IQ']);
    expect(idsIn('Clinton said Iraqi intelligence directed the plot.', { date: '1993-06-27' })).toEqual([
      'agency:iq-iraqi-intelligence-services',
      'country:IQ',
    ]);
  });
});

describe('people and roles', () => {
  it('resolves full names, surnames and accent-free spellings to one person', () => {
    expect(idsIn('Andres Manuel Lopez Obrador, known as AMLO, said López Obrador would not')).toEqual(['person:andres-manuel-lopez-obrador']);
    expect(idsIn('İbrahim Kalın and Ibrahim Kalin')).toEqual(['person:ibrahim-kalin']);
  });

  it('resolves role phrases with the dated roles at the story date', () => {
    expect(idsIn('the Mexican president said')).toContain('person:claudia-sheinbaum');
    expect(idsIn('the Mexican president said', { date: '2021-06-01' })).toContain('person:andres-manuel-lopez-obrador');
    expect(idsIn("Iran's supreme leader warned", { date: '2024-04-14' })).toContain('person:ali-khamenei');
    expect(idsIn('the CIA director said', { date: '2023-05-01' })).toContain('person:william-burns');
    expect(idsIn('the head of the CIA said', { date: '2025-06-01' })).toContain('person:john-ratcliffe');
    expect(idsIn("Russia's foreign minister said", { date: '2024-05-01' })).toContain('person:sergei-lavrov');
  });

  it("prefers the claim's As-of date and the incoming holder on a handover day", () => {
    expect(idsIn('the Mexican president said', { asOf: '2024-03' })).toContain('person:andres-manuel-lopez-obrador');
    expect(idsIn('the Mexican president said', { asOf: '2024' })).not.toEqual(expect.arrayContaining(['person:claudia-sheinbaum']));
    expect(idsIn("Taiwan's president spoke", { date: '2024-05-20' })).toContain('person:lai-ching-te');
  });

  it('leaves "former" and undated "then-" roles alone, and dates "then-" by the sentence', () => {
    expect(idsIn('a former Mexican president said')).toEqual(['country:MX']);
    expect(idsIn('the then-Mexican president said')).toEqual(['country:MX']);
    expect(idsIn('In 2021 the then-Mexican president said')).toContain('person:andres-manuel-lopez-obrador');
  });

  it('lets a following name win over the role phrase', () => {
    expect(idsIn('Venezuelan President Nicolás Maduro said', { date: '2025-09-15' })).toEqual(['country:VE', 'person:nicolas-maduro']);
    expect(idsIn('former U.S. President Barack Obama said')).toEqual(['country:US', 'person:barack-obama']);
  });

  it('finds people missing from the reference data by title, cue words or compromise tags', () => {
    expect(idsIn('Interior Minister Nancy Faeser said')).toEqual(['person:nancy-faeser']);
    // The outlet he works for is an organisation of its own.
    expect(idsIn('Wall Street Journal reporter Evan Gershkovich was freed.')).toEqual(['org:wall-street-journal', 'person:evan-gershkovich']);
    expect(idsIn('Security Secretary Omar García Harfuch said')).toEqual(['person:omar-garcia-harfuch']);
    expect(idsIn('the aliases Alexander Petrov and Ruslan Boshirov')).toEqual(['person:alexander-petrov', 'person:ruslan-boshirov']);
    expect(idsIn('brothers Peyman and Payam Kia')).toEqual(['person:peyman-kia', 'person:payam-kia']);
    expect(entityIn('Interior Minister Nancy Faeser said', 'person:nancy-faeser')).toEqual({ type: EntityType.PERSON, name: 'Nancy Faeser' });
  });

  it('does not turn outlets, events or cities into people', () => {
    expect(idsIn('The New York Times reports the Cold War-era tactics returned before the Paris Olympics in New Delhi.')).toEqual([]);
  });
});

describe('organisations and groups', () => {
  it('builds embassies from "<Demonym> Embassy in <place>" and "Embassy of the <official name> in <place>", as one entity', () => {
    expect(idsIn('85 diplomats are accredited to the Russian Embassy in Mexico.')).toEqual(['org:russian-embassy-in-mexico', 'country:RU', 'country:MX']);
    expect(idsIn('the Embassy of the Russian Federation in Mexico')).toContain('org:russian-embassy-in-mexico');
    const embassy = entityIn('the British Embassy in Moscow', 'org:british-embassy-in-moscow');
    expect(embassy).toEqual({
      type: EntityType.ORGANIZATION,
      name: 'British Embassy in Moscow',
      aliases: ['Embassy of the United Kingdom of Great Britain and Northern Ireland in Moscow'],
      ties: [
        { relation: TieRelation.REPRESENTS, countryCode: 'GB' },
        { relation: TieRelation.LOCATED_IN, countryCode: 'RU' },
      ],
    });
    expect(idsIn("Iran's consulate in Damascus was hit")).toContain('org:iranian-consulate-in-damascus');
    expect(idsIn('Russian embassies across Europe')).toEqual(['country:RU']);
  });

  it('reads only "embassy" and "consulate" as missions, not a word that names a built-in property', () => {
    expect(idsIn('The Russian constructor in Mexico said so.')).toEqual(['country:RU', 'country:MX']);
    expect(idsIn('The Constructor of the Russian Federation in Mexico spoke.')).toEqual(['country:RU', 'country:MX']);
  });

  it('turns counted attributions into groups, with size and country', () => {
    const found = recognizeEntities('Spies were listed, per nine current/former officials cited.', { reference, date: DATE });
    expect(found.attributions.map((a) => a.entity)).toEqual([{ type: EntityType.GROUP, name: 'nine current and former officials', size: 9 }]);
    expect(entityIn('according to three senior Taiwanese security officials', 'group:three-senior-taiwanese-security-officials')).toEqual({
      type: EntityType.GROUP,
      name: 'three senior Taiwanese security officials',
      size: 3,
      countryCode: 'TW',
    });
    expect(
      recognizeEntities('Officials say 12 diplomats left, according to multiple current and former officials.', { reference, date: DATE }).attributions,
    ).toEqual([]);
  });
});
