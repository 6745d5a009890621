import { COUNTRIES } from '../../src/modules/entity/countries';
import { EntityType } from '../../src/modules/shared/enums';
import { foldKey, ids } from '../../src/modules/shared/ids';
import { EntityRow, entityKeys, WritePlan } from '../../src/modules/story/story.plan';
import { AGENCIES, ORGANIZATIONS, PEOPLE, PUBLISHERS, TOPICS } from './names';
import { Random, Zipf } from './random';

/**
 * The entities every story draws from: ~250 countries, hundreds of agencies, thousands of people
 * and organisations, publishers and topics. Real names come first (so "agency:us-cia"
 * and "org:russian-embassy-in-mexico" exist and rank high; bench/graph/names.ts), generated ones fill up the counts.
 * Rows have exactly the shape the ingest writes (src/modules/story/story.plan.ts).
 */
export interface Reference {
  countries: EntityRow[];
  agencies: EntityRow[];
  people: EntityRow[];
  organizations: EntityRow[];
  groups: EntityRow[];
  publishers: (EntityRow & { sourceKind: string })[];
  topics: WritePlan['topics'];
  ties: WritePlan['ties'];
  roles: WritePlan['roles'];
  /** Ranked for Zipf draws: the first countries dominate the news. */
  countryRank: Zipf<string>;
  /** Entity ids tied to each country code (what "about a country" reaches through). */
  byCountry: Map<string, { agencies: string[]; people: string[]; organizations: string[]; groups: string[] }>;
}

/** The countries that dominate the news, in order; every other ISO code follows. */
const LEADERS = [
  'US',
  'RU',
  'CN',
  'MX',
  'UA',
  'IR',
  'GB',
  'DE',
  'FR',
  'IL',
  'IN',
  'KP',
  'TR',
  'PK',
  'SA',
  'PL',
  'JP',
  'KR',
  'TW',
  'BR',
  'CA',
  'SY',
  'EG',
  'VE',
  'CU',
];
const AGENCY_KINDS = [
  'Intelligence Service',
  'Security Service',
  'Military Intelligence Directorate',
  'Foreign Intelligence Agency',
  'Counterintelligence Bureau',
];
const FIRST = [
  'Ana',
  'Boris',
  'Carlos',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiro',
  'Ivan',
  'Julia',
  'Kenji',
  'Lucia',
  'Mikhail',
  'Nadia',
  'Omar',
  'Pavel',
  'Qin',
  'Rosa',
  'Sergei',
  'Tomas',
  'Ursula',
  'Viktor',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Ahmed',
  'Beatriz',
  'Chen',
  'Diego',
  'Emma',
  'Felipe',
  'Galina',
  'Hassan',
  'Ines',
  'Jorge',
  'Katarzyna',
  'Leon',
  'Maria',
  'Nikolai',
  'Olga',
  'Pedro',
  'Rania',
  'Stefan',
  'Tatiana',
  'Uma',
  'Vera',
  'Walter',
  'Yara',
  'Zhang',
];
const LAST = [
  'Alvarez',
  'Baranov',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gonzalez',
  'Haddad',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lopez',
  'Morozov',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Romero',
  'Sokolov',
  'Tanaka',
  'Ulyanov',
  'Vasquez',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhou',
  'Abbasi',
  'Becker',
  'Cruz',
  'Demir',
  'Esposito',
  'Fedorov',
  'Garcia',
  'Horvat',
  'Ibrahim',
  'Jovanovic',
  'Kim',
  'Lebedev',
  'Mendoza',
  'Novak',
  'Orlov',
  'Park',
  'Reyes',
  'Schmidt',
  'Torres',
  'Usmani',
  'Volkov',
  'Wang',
  'Yamamoto',
  'Zaitsev',
  'Arslan',
  'Bianchi',
  'Costa',
  'Dvorak',
  'Engel',
  'Flores',
  'Grigoryan',
  'Herrera',
  'Iqbal',
  'Karimov',
];
const ROLE_TITLES = [
  'Minister of Foreign Affairs',
  'Minister of Defence',
  'Ambassador',
  'Director of National Intelligence',
  'President',
  'Prime Minister',
  'Interior Minister',
  'Security Adviser',
];
const ORG_KINDS = ['Holdings', 'Institute', 'Foundation', 'Logistics', 'Energy', 'Trading Company', 'Bank', 'Shipping Line', 'Press Agency', 'Defence Systems'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen'];

function row(type: EntityType, id: string, name: string, extra: Partial<EntityRow> = {}): EntityRow {
  const aliases = [...new Set([...(extra.aliases ?? []), ...(extra.acronym ? [extra.acronym] : [])])].filter((a) => a !== name);
  return {
    id,
    type,
    name,
    nameKey: foldKey(name),
    aliasKeys: entityKeys({ name, aliases, acronym: extra.acronym, code: extra.code }),
    code: null,
    acronym: null,
    size: null,
    demonym: null,
    ...extra,
    aliases,
  };
}

/** Real ones first, generated ones after; an id already taken is skipped (ids are unique across entity kinds). */
class Rows {
  readonly list: EntityRow[] = [];
  constructor(private readonly taken: Set<string>) {}
  add(r: EntityRow): boolean {
    if (this.taken.has(r.id)) return false;
    this.taken.add(r.id);
    this.list.push(r);
    return true;
  }
}

export function buildReference(random: Random): Reference {
  const codes = [...LEADERS.filter((c) => COUNTRIES.has(c)), ...[...COUNTRIES.keys()].filter((c) => !LEADERS.includes(c)).sort()];
  const countries = codes.map((code) => {
    const c = COUNTRIES.get(code)!;
    const aliases = c.aliases.filter((a) => a !== c.name);
    return row(EntityType.COUNTRY, ids.country(code), c.name, {
      aliases,
      code,
      demonym: c.demonym ?? null,
      aliasKeys: entityKeys({ name: c.name, aliases, code }),
    });
  });
  const demonym = (code: string) => COUNTRIES.get(code)!.demonym ?? COUNTRIES.get(code)!.name;
  const taken = new Set(countries.map((c) => c.id));
  const ties: WritePlan['ties'] = [];
  const roles: WritePlan['roles'] = [];
  const tie = (entityId: string, relation: string, code: string) => ties.push({ entityId, relation, countryId: ids.country(code) });
  const top = codes.slice(0, 120);

  const agencies = new Rows(taken);
  for (const a of AGENCIES) {
    const id = ids.agency(a.countryCode, a.acronym);
    if (agencies.add(row(EntityType.AGENCY, id, a.name, { aliases: [a.acronym], acronym: a.acronym }))) tie(id, 'OF_COUNTRY', a.countryCode);
  }
  for (const code of top) {
    for (let k = 0; k < 1 + (codes.indexOf(code) < 40 ? 2 : 1); k++) {
      const kind = AGENCY_KINDS[(codes.indexOf(code) + k) % AGENCY_KINDS.length];
      const name = `${COUNTRIES.get(code)!.name} ${kind}`;
      const acronym = `${code}${kind
        .split(' ')
        .map((w) => w[0])
        .join('')}`;
      const id = ids.agency(code, acronym);
      if (agencies.add(row(EntityType.AGENCY, id, name, { acronym }))) tie(id, 'OF_COUNTRY', code);
    }
  }

  const people = new Rows(taken);
  for (const p of PEOPLE) {
    const id = ids.person(p.name);
    if (!people.add(row(EntityType.PERSON, id, p.name, { aliases: p.aliases ?? [] }))) continue;
    tie(id, 'OF_COUNTRY', p.countryCode);
    for (const r of p.roles ?? [])
      roles.push({ personId: id, key: `${foldKey(r.title)}|${r.from}`, title: r.title, countryId: ids.country(p.countryCode), from: r.from, to: r.to ?? null });
  }
  const countryZipf = new Zipf(codes, 1);
  for (let i = 0; people.list.length < 4000; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`;
    const code = countryZipf.draw(random);
    const id = ids.person(name);
    if (!people.add(row(EntityType.PERSON, id, name))) continue;
    tie(id, 'OF_COUNTRY', code);
    if (random.chance(0.2)) {
      const title = `${random.pick(ROLE_TITLES)} of ${COUNTRIES.get(code)!.name}`;
      const fromYear = random.int(2008, 2024);
      const from = `${fromYear}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
      const to = random.chance(0.5) ? `${Math.min(2025, fromYear + random.int(1, 5))}-06-30` : null;
      roles.push({ personId: id, key: `${foldKey(title)}|${from}`, title, countryId: ids.country(code), from, to });
    }
  }

  const organizations = new Rows(taken);
  for (const o of ORGANIZATIONS) {
    const id = ids.organization(o.name);
    if (organizations.add(row(EntityType.ORGANIZATION, id, o.name, { aliases: o.aliases ?? [] }))) for (const t of o.ties) tie(id, t.relation, t.countryCode);
  }
  // Embassies tie two countries at once: "about the Russian Embassy in Mexico" is about Russia and Mexico.
  for (const a of codes.slice(0, 40)) {
    for (const b of codes.slice(0, 30)) {
      if (a === b) continue;
      const id = ids.organization(`${demonym(a)} Embassy in ${COUNTRIES.get(b)!.name}`);
      if (organizations.add(row(EntityType.ORGANIZATION, id, `${demonym(a)} Embassy in ${COUNTRIES.get(b)!.name}`))) {
        tie(id, 'REPRESENTS', a);
        tie(id, 'LOCATED_IN', b);
      }
    }
  }
  for (let i = 0; organizations.list.length < 2500; i++) {
    const code = countryZipf.draw(random);
    const name = `${LAST[i % LAST.length]} ${ORG_KINDS[Math.floor(i / LAST.length) % ORG_KINDS.length]} of ${COUNTRIES.get(code)!.name}`;
    const id = ids.organization(name);
    if (organizations.add(row(EntityType.ORGANIZATION, id, name))) tie(id, random.chance(0.7) ? 'LOCATED_IN' : 'AFFILIATED_WITH', code);
  }

  const groups = new Rows(taken);
  for (const code of codes.slice(0, 60)) {
    for (const n of NUMBERS.slice(0, 5)) {
      const name = `${n} current and former ${demonym(code)} officials`;
      const id = ids.group(name);
      if (groups.add(row(EntityType.GROUP, id, name, { size: NUMBERS.indexOf(n) + 2 }))) tie(id, 'OF_COUNTRY', code);
    }
  }

  // Publishers are written as the ingest writes them: no aliases, the folded name as the only key.
  const publisherTaken = new Set<string>();
  const publishers: Reference['publishers'] = [];
  const addPublisher = (name: string, sourceKind: string) => {
    const id = ids.organization(name);
    if (publisherTaken.has(id) || taken.has(id)) return;
    publisherTaken.add(id);
    publishers.push({ ...row(EntityType.ORGANIZATION, id, name), aliases: [], aliasKeys: [foldKey(name)], sourceKind });
  };
  for (const p of PUBLISHERS) addPublisher(p.name, p.kind);
  for (const code of codes.slice(0, 70)) {
    addPublisher(`${COUNTRIES.get(code)!.name} Daily Herald`, 'NEWS_REPORT');
    addPublisher(`${demonym(code)} Ministry of Foreign Affairs`, 'OFFICIAL_STATEMENT');
  }

  const topics = TOPICS.map((name) => ({ id: ids.topic(name), name, nameKey: foldKey(name) }));

  const byCountry: Reference['byCountry'] = new Map(codes.map((c) => [c, { agencies: [], people: [], organizations: [], groups: [] }]));
  const kindOf = new Map<string, 'agencies' | 'people' | 'organizations' | 'groups'>([
    ...agencies.list.map((r) => [r.id, 'agencies'] as const),
    ...people.list.map((r) => [r.id, 'people'] as const),
    ...organizations.list.map((r) => [r.id, 'organizations'] as const),
    ...groups.list.map((r) => [r.id, 'groups'] as const),
  ]);
  for (const t of [...ties, ...roles.map((r) => ({ entityId: r.personId, countryId: r.countryId }))]) {
    const pool = byCountry.get(t.countryId.slice('country:'.length))?.[kindOf.get(t.entityId)!];
    if (pool && !pool.includes(t.entityId)) pool.push(t.entityId);
  }

  return {
    countries,
    agencies: agencies.list,
    people: people.list,
    organizations: organizations.list,
    groups: groups.list,
    publishers,
    topics,
    ties,
    roles,
    countryRank: countryZipf,
    byCountry,
  };
}
