import { agencyDraft, entityIdOf, personDraft } from '../../../src/ingest/recognise/entity-drafts';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { formKey } from '../../../src/ingest/recognise/text-tokens';
import { COUNTRIES } from '../../../src/modules/entity/countries';
import worldCountries from 'world-countries';

const reference = loadReference();
const { agencies: AGENCIES, people: PEOPLE, organizations: ORGANIZATIONS, publishers: PUBLISHERS, topics: TOPICS } = reference.records;
const ROLE_INDEX = reference.roles;

describe('seeds/reference/agencies.json', () => {
  it('has a service for every UN member state', () => {
    const covered = new Set(AGENCIES.map((a) => a.countryCode));
    const members = worldCountries.filter((c) => c.unMember).map((c) => c.cca2);
    expect(members.length).toBeGreaterThanOrEqual(190);
    expect(members.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('has notable historical services, marked historical, with what came before or after', () => {
    const find = (cc: string, acronym: string) => AGENCIES.find((a) => a.countryCode === cc && a.acronym === acronym);
    for (const [cc, acronym] of [
      ['RU', 'KGB'],
      ['DE', 'Stasi'],
      ['CL', 'DINA'],
      ['IR', 'SAVAK'],
      ['FR', 'SDECE'],
      ['VE', 'DISIP'],
      ['PE', 'SIN'],
      ['CO', 'DAS'],
      ['RO', 'Securitate'],
      ['DO', 'SIM'],
      ['PT', 'DGS'],
      ['NI', 'OSN'],
      ['CD', 'CND'],
    ]) {
      expect({ cc, acronym, historical: find(cc, acronym)?.historical, note: !!find(cc, acronym)?.note }).toEqual({
        cc,
        acronym,
        historical: true,
        note: true,
      });
    }
  });

  it('recognises official names (they are aliases) and states its provenance and licence', () => {
    expect(AGENCIES.filter((a) => a.officialName && !a.aliases.includes(a.officialName)).map((a) => a.name)).toEqual([]);
    expect(AGENCIES.every((a) => COUNTRIES.has(a.countryCode))).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const comment = (require('../../../seeds/reference/agencies.json') as { $comment: string[] }).$comment.join(' ');
    expect(comment).toMatch(/Provenance: .*Licence: CC0-1\.0/);
  });

  it('needs the country nearby for acronyms several countries use', () => {
    const sis = AGENCIES.filter((a) => a.acronym === 'SIS' || a.aliases.includes('SIS'));
    expect(sis.map((a) => a.countryCode).sort()).toEqual(expect.arrayContaining(['GB', 'LK', 'MD', 'PT', 'SK']));
    expect(sis.filter((a) => a.countryCode !== 'GB').every((a) => a.ambiguousForms.includes('SIS'))).toBe(true);
  });

  it('needs the country in view for a spelling services of several countries share, in all of them but one', () => {
    // "FIU", "Financial Intelligence Unit", "Federal Penitentiary Service": one country's service may keep a shared spelling plain
    // (the NSA is the American one unless Egypt or Bahrain is in view); a second plain owner would make the spelling mean nothing.
    const plainOwners = new Map<string, Set<string>>();
    const owners = new Map<string, Set<string>>();
    for (const a of AGENCIES) {
      const ambiguous = new Set(a.ambiguousForms.map(formKey));
      for (const form of [a.name, a.acronym, ...a.aliases]) {
        if (!form) continue;
        const key = formKey(form);
        owners.set(key, (owners.get(key) ?? new Set()).add(a.countryCode));
        if (!ambiguous.has(key)) plainOwners.set(key, (plainOwners.get(key) ?? new Set()).add(a.countryCode));
      }
    }
    const sharedAndPlain = [...plainOwners].filter(([key, plain]) => (owners.get(key)?.size ?? 0) > 1 && plain.size > 1).map(([key]) => key);
    expect(sharedAndPlain).toEqual([]);
  });

  it('has customs, prison, coast-guard, financial-intelligence and cyber services, their shared names needing the country', () => {
    const named = (countryCode: string, name: string) => AGENCIES.find((a) => a.countryCode === countryCode && a.name === name);
    const expected: Array<[string, string]> = [
      ['PH', 'Bureau of Corrections'],
      ['GB', 'HM Revenue and Customs'],
      ['CN', 'China Coast Guard'],
      ['IT', 'Financial Intelligence Unit for Italy'],
      ['SG', 'Cyber Security Agency of Singapore'],
      ['NE', 'Presidential Guard'],
    ];
    expect(expected.filter(([countryCode, name]) => !named(countryCode, name))).toEqual([]);
    expect(named('PH', 'Bureau of Corrections')?.ambiguousForms).toContain('Bureau of Corrections');
    expect(named('NE', 'Presidential Guard')?.ambiguousForms).toContain('Presidential Guard');
    expect(AGENCIES.filter((a) => a.acronym === 'FIU').every((a) => a.ambiguousForms.includes('FIU'))).toBe(true);
  });

  it('lists at least 750 agencies from at least 190 countries', () => {
    expect(AGENCIES.length).toBeGreaterThanOrEqual(750);
    expect(new Set(AGENCIES.map((a) => a.countryCode)).size).toBeGreaterThanOrEqual(190);
  });

  it('has the agencies the brief names, in the right country', () => {
    const byAcronymOrName = (countryCode: string, key: string) =>
      AGENCIES.some((a) => a.countryCode === countryCode && (a.acronym === key || a.name === key || a.aliases.includes(key)));
    const required: Array<[string, string]> = [
      ['US', 'CIA'],
      ['US', 'NSA'],
      ['US', 'FBI'],
      ['US', 'DIA'],
      ['US', 'NRO'],
      ['GB', 'MI6'],
      ['GB', 'MI5'],
      ['GB', 'GCHQ'],
      ['FR', 'DGSE'],
      ['FR', 'DGSI'],
      ['DE', 'BND'],
      ['DE', 'BfV'],
      ['IL', 'Mossad'],
      ['IL', 'Shin Bet'],
      ['RU', 'SVR'],
      ['RU', 'FSB'],
      ['RU', 'GRU'],
      ['CN', 'MSS'],
      ['IN', 'RAW'],
      ['PK', 'ISI'],
      ['AU', 'ASIS'],
      ['AU', 'ASIO'],
      ['CA', 'CSIS'],
      ['CA', 'CSE'],
      ['IT', 'AISE'],
      ['ES', 'CNI'],
      ['MX', 'CNI'],
      ['TR', 'MIT'],
      ['KR', 'NIS'],
      ['KP', 'RGB'],
      ['IR', 'MOIS'],
      ['IR', 'IRGC Intelligence Organization'],
      ['SA', 'GID'],
    ];
    expect(required.filter(([cc, key]) => !byAcronymOrName(cc, key))).toEqual([]);
  });

  it("has every UN member state's police or gendarmerie, and emirate and city forces that stories name", () => {
    const police = /police|gendarmerie|constabulary|carabin|garda|militsiya|public (force|security)|guard|mounted/i;
    const policed = new Set(
      AGENCIES.filter((a) => a.kind === 'law enforcement' && [a.name, ...a.aliases].some((n) => police.test(n))).map((a) => a.countryCode),
    );
    const unpoliced = worldCountries.filter((c) => c.unMember && !policed.has(c.cca2)).map((c) => c.cca2);
    // Small states whose police the file does not hold yet; the list may only shrink.
    expect(unpoliced.length).toBeLessThanOrEqual(12);
    for (const name of ['Sharjah Police', 'Ras Al Khaimah Police', 'Wiltshire Police', 'Istanbul Police Department', 'Slovak Police Force']) {
      expect(AGENCIES.some((a) => a.name === name)).toBe(true);
    }
  });

  it('gives every agency its own id', () => {
    const ids = AGENCIES.map((a) => entityIdOf(agencyDraft(a)));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['agency:us-cia', 'agency:mx-cni', 'agency:es-cni', 'agency:tr-mit']));
  });
});

describe('seeds/reference/people.json', () => {
  it('covers heads of state/government and intelligence chiefs for about 30 countries', () => {
    expect(new Set(PEOPLE.map((p) => p.countryCode)).size).toBeGreaterThanOrEqual(30);
    expect(PEOPLE.filter((p) => p.roles.some((r) => /^(Director|Chief|Director[- ]General)\b/.test(r.title))).length).toBeGreaterThanOrEqual(15);
  });

  it('has dated roles the API can place: a country, from before to, and one holder of an office at a time', () => {
    const roles = PEOPLE.flatMap((p) => p.roles.map((r) => ({ person: p.name, ...r })));
    expect(roles.filter((r) => !r.countryCode).map((r) => `${r.person}: ${r.title}`)).toEqual([]);
    expect(roles.filter((r) => r.from && r.to && r.from > r.to).map((r) => r.person)).toEqual([]);
    const overlaps = roles.flatMap((a) =>
      roles
        .filter((b) => a.person < b.person && a.title === b.title && (a.from ?? '0000') < (b.to ?? '9999') && (b.from ?? '0000') < (a.to ?? '9999'))
        .map((b) => `${a.title}: ${a.person} / ${b.person}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('gives every person its own id and keeps the sample-story people exactly as the seed has them', () => {
    const ids = PEOPLE.map((p) => entityIdOf(personDraft(p)));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(personDraft(PEOPLE.find((p) => p.name === 'Claudia Sheinbaum')!)).toEqual({
      type: 'PERSON',
      name: 'Claudia Sheinbaum',
      aliases: ['Claudia Sheinbaum Pardo', 'Sheinbaum'],
      countryCode: 'MX',
      roles: [{ title: 'President of Mexico', countryCode: 'MX', from: '2024-10-01' }],
    });
  });

  it('parses every role title into a keyword and, where it names one, its country or organisation', () => {
    const untargeted = ROLE_INDEX.filter((r) => 'none' in r.target).map((r) => r.role.title);
    expect(untargeted.sort()).toEqual(['Director of National Intelligence', 'Director of National Intelligence', 'Director of National Intelligence']);
    // The party has an entry of its own since the thirteenth round, so its general secretary's title names it.
    const xi = ROLE_INDEX.find((r) => r.role.title === 'General Secretary of the Chinese Communist Party');
    expect(xi?.target).not.toHaveProperty('none');
    const cia = ROLE_INDEX.find((r) => r.person.draft.name === 'William Burns');
    expect(cia && { keyword: cia.keyword, target: cia.target }).toEqual({ keyword: ['director'], target: { entityId: 'agency:us-cia' } });
  });
});

describe('seeds/reference/organizations.json, publishers.json, topics.json', () => {
  it('has the international bodies and the sample embassy with its ties', () => {
    const names = ORGANIZATIONS.map((o) => o.acronym ?? o.name);
    expect(names).toEqual(expect.arrayContaining(['NATO', 'UN', 'EU']));
    expect(ORGANIZATIONS.find((o) => o.name === 'Russian Embassy in Mexico')?.ties).toEqual([
      { relation: 'REPRESENTS', countryCode: 'RU' },
      { relation: 'LOCATED_IN', countryCode: 'MX' },
    ]);
  });

  it('has publishers with kinds and the sample topics', () => {
    expect(PUBLISHERS.find((p) => p.name === 'SpyTalk')?.kind).toBe('NEWS_REPORT');
    expect(new Set(PUBLISHERS.map((p) => p.kind))).toEqual(
      new Set(['NEWS_REPORT', 'ANALYSIS', 'DATASET', 'OFFICIAL_STATEMENT', 'GOVERNMENT_RECORD', 'SOCIAL_MEDIA']),
    );
    expect(TOPICS.topics).toEqual(expect.arrayContaining(['Intelligence and Espionage', 'U.S.–Mexico Relations']));
  });
});
