import worldCountries from 'world-countries';
import { capitalNamed } from './capitals';
import { formKey, isCapitalised, Token, tokenize } from './text-tokens';

/**
 * States, provinces, regions and large cities whose names open the names of police and security
 * bodies ("Shanghai Public Security Bureau", "Xinjiang Public Security Department", "Sindh Police"),
 * by country. A body named after a place is that place's country's, whatever other country the story
 * names. Names that several countries use ("Punjab", "Hyderabad", "Córdoba", "Victoria", "Georgia", "Cleveland", "Surrey",
 * "Halifax", "Newcastle", "Cartagena", "Concepción") or that are countries or capitals too ("Mexico", "Paris", "Gold Coast") are left out:
 * they decide nothing.
 */
const PLACES: Readonly<Record<string, string>> = {
  CN: 'Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Hangzhou|Xiamen|Dalian|Qingdao|Harbin|Shenyang|Kunming|Urumqi|Lhasa|Xi’an|Xian|Changsha|Zhengzhou|Jinan|Fuzhou|Hefei|Nanning|Guiyang|Lanzhou|Hohhot|Ningbo|Suzhou|Dongguan|Guangdong|Guangxi|Xinjiang|Tibet|Sichuan|Yunnan|Hubei|Hunan|Henan|Hebei|Shandong|Shanxi|Shaanxi|Jiangsu|Zhejiang|Fujian|Anhui|Jiangxi|Guizhou|Gansu|Qinghai|Ningxia|Inner Mongolia|Heilongjiang|Jilin|Liaoning|Hainan',
  AU: 'New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory|Sydney|Melbourne|Brisbane|Adelaide|Darwin|Hobart',
  CA: 'Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories|Toronto|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Saskatoon',
  IN: 'Maharashtra|Uttar Pradesh|Madhya Pradesh|Andhra Pradesh|Arunachal Pradesh|Himachal Pradesh|Tamil Nadu|Kerala|Karnataka|West Bengal|Gujarat|Rajasthan|Assam|Bihar|Telangana|Haryana|Odisha|Orissa|Chhattisgarh|Jharkhand|Manipur|Goa|Uttarakhand|Tripura|Nagaland|Mizoram|Meghalaya|Sikkim|Jammu and Kashmir|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bengaluru|Bangalore|Ahmedabad|Pune|Lucknow|Jaipur|Chandigarh|Srinagar',
  US: 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Detroit|Miami|Atlanta|Baltimore|Minneapolis|Denver|Las Vegas|New Orleans|Milwaukee|Oakland|Pittsburgh|Honolulu',
  DE: 'Bavaria|Baden-Württemberg|North Rhine-Westphalia|Lower Saxony|Hesse|Saxony|Saxony-Anhalt|Thuringia|Brandenburg|Mecklenburg-Vorpommern|Schleswig-Holstein|Rhineland-Palatinate|Saarland|Hamburg|Bremen|Munich|Cologne|Frankfurt|Stuttgart|Düsseldorf|Dresden|Leipzig|Hanover|Nuremberg',
  BR: 'São Paulo|Rio de Janeiro|Minas Gerais|Bahia|Paraná|Rio Grande do Sul|Pernambuco|Ceará|Pará|Goiás|Santa Catarina|Maranhão|Espírito Santo|Mato Grosso|Mato Grosso do Sul|Rondônia|Roraima|Tocantins|Alagoas|Sergipe|Piauí|Paraíba|Amapá|Recife|Fortaleza|Belo Horizonte|Porto Alegre|Curitiba|Manaus|Belém',
  MX: 'Jalisco|Sinaloa|Chihuahua|Sonora|Tamaulipas|Michoacán|Michoacan|Oaxaca|Chiapas|Veracruz|Nuevo León|Nuevo Leon|Baja California|Coahuila|Durango|Zacatecas|Guanajuato|Querétaro|Puebla|Tabasco|Quintana Roo|Yucatán|Morelos|Tijuana|Ciudad Juárez|Juárez|Monterrey|Culiacán|Acapulco|Cancún',
  RU: 'Moscow Oblast|Leningrad Oblast|Saint Petersburg|St Petersburg|St. Petersburg|Chechnya|Dagestan|Ingushetia|Tatarstan|Bashkortostan|Novosibirsk|Yekaterinburg|Sverdlovsk|Nizhny Novgorod|Kazan|Samara|Rostov|Krasnodar|Volgograd|Kaliningrad|Vladivostok|Khabarovsk|Irkutsk|Omsk|Chelyabinsk|Perm',
  PK: 'Sindh|Balochistan|Baluchistan|Khyber Pakhtunkhwa|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan',
  NG: 'Lagos|Kano|Kaduna|Rivers State|Borno|Ogun|Oyo|Enugu|Anambra|Delta State|Port Harcourt|Ibadan|Maiduguri',
  GB: 'England|Scotland|Wales|Northern Ireland|Manchester|Greater Manchester|Liverpool|Merseyside|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Sheffield|West Midlands|West Yorkshire|South Yorkshire|Thames Valley|Kent|Essex|Sussex|Devon and Cornwall|Avon and Somerset|Lancashire|Cumbria|Northumbria|Strathclyde',
  ES: 'Catalonia|Catalunya|Basque Country|Andalusia|Madrid Region|Barcelona|Seville|Bilbao|Málaga',
  IT: 'Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Venice|Sicily|Sardinia|Calabria|Campania|Lombardy|Piedmont|Apulia|Puglia|Tuscany|Lazio|Veneto',
  FR: 'Marseille|Lyon|Toulouse|Nantes|Strasbourg|Bordeaux|Lille|Corsica|Île-de-France',
  TR: 'Istanbul|İstanbul|Izmir|İzmir|Diyarbakır|Diyarbakir|Antalya|Adana|Bursa|Gaziantep',
  JP: 'Osaka|Kyoto|Kanagawa|Hokkaido|Okinawa|Fukuoka|Aichi|Hyogo|Yokohama|Nagoya|Kobe|Sapporo|Hiroshima',
  KR: 'Busan|Incheon|Daegu|Gwangju|Gyeonggi|Jeju',
  ID: 'Jakarta Metropolitan|Java|Sumatra|Aceh|Bali|Sulawesi|Surabaya|Medan|Bandung',
  PH: 'Mindanao|Luzon|Visayas|Cebu|Davao|Quezon City|Makati',
  ZA: 'Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Limpopo|Mpumalanga|Free State|Johannesburg|Durban|Cape Town|Soweto',
  KE: 'Mombasa|Kisumu|Nakuru|Eldoret',
  EG: 'Giza|Sinai|North Sinai|Port Said|Suez',
  IQ: 'Basra|Mosul|Nineveh|Kirkuk|Anbar|Erbil|Sulaymaniyah',
  AR: 'Rosario|Mendoza|Tucumán',
  CO: 'Medellín|Medellin|Cali|Barranquilla|Antioquia',
  VE: 'Maracaibo|Zulia|Barquisimeto',
  CL: 'Valparaíso|Valparaiso|Araucanía',
  PE: 'Arequipa|Cusco|Ayacucho',
  UA: 'Kharkiv|Odesa|Odessa|Lviv|Dnipro|Zaporizhzhia',
};

const COUNTRY_OF_PLACE = new Map<string, string>(
  Object.entries(PLACES).flatMap(([code, names]) => names.split('|').map((name): [string, string] => [formKey(name), code])),
);

/** Does a longer name hold a place's words ("San Salvador", "New Jersey" for a place "Jersey")? */
function holdsPlace(key: string): boolean {
  const words = key.split(' ');
  return words.some((_, k) => words.some((__, end) => end > k && end - k < words.length && COUNTRY_OF_PLACE.has(words.slice(k, end + 1).join(' '))));
}

/**
 * Countries and capitals whose names hold a place's name, by folded name: read whole, they are no place of the list
 * ("El Salvador", "San Salvador" hold a "Salvador"; "Papua New Guinea" a "Guinea").
 */
const LONGER_NAMES = new Set(
  worldCountries
    .flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings, ...(c.capital ?? [])])
    .map(formKey)
    .filter((key) => key.includes(' ') && !COUNTRY_OF_PLACE.has(key) && holdsPlace(key)),
);

/** Longest name either table holds, in words: how far a look-up reaches. */
const LONGEST = Math.max(...[...COUNTRY_OF_PLACE.keys(), ...LONGER_NAMES].map((k) => k.split(' ').length));

/**
 * The country of a place named inside [from, to) of words (token keys): "Shanghai Public Security Bureau" is China's.
 * A look-up of a few words at each position, the longest first, so a name costs the same whatever the list's size; a country's or
 * capital's name that holds a place's is read whole and skipped.
 */
export function countryOfPlaceIn(keys: readonly string[]): string | undefined {
  for (let k = 0; k < keys.length; k++) {
    for (let n = Math.min(LONGEST, keys.length - k); n >= 1; n--) {
      const words = keys.slice(k, k + n).join(' ');
      if (LONGER_NAMES.has(words)) {
        k += n - 1;
        break;
      }
      const code = COUNTRY_OF_PLACE.get(words);
      if (code) return code;
    }
  }
  return undefined;
}

/**
 * Does a place's name run from capitalised words glued before token `from` into it? "South Wales Police" read inside
 * "the New South Wales Police" is cut out of Australia's "New South Wales", and names no force of Wales.
 */
export function cutsPlaceName(tokens: readonly Token[], from: number): boolean {
  for (let start = from - 1; start >= Math.max(0, from - LONGEST + 1); start--) {
    const apart = tokens[start + 1].breakBefore || tokens[start].possessive || !isCapitalised(tokens[start]);
    if (apart) return false;
    for (let end = from + 1; end <= Math.min(tokens.length, start + LONGEST); end++) {
      if (tokens.slice(start + 1, end).some((t) => t.breakBefore)) break;
      if (
        COUNTRY_OF_PLACE.has(
          tokens
            .slice(start, end)
            .map((t) => t.key)
            .join(' '),
        )
      )
        return true;
    }
  }
  return false;
}

/**
 * A name that opens on a state's or city's name, written after that place's possessive: "Thuringia's Office for the Protection of
 * the Constitution" for the "Thuringia Office for the Protection of the Constitution" (undefined for a name that opens on no place).
 */
export function placePossessiveForm(name: string): string | undefined {
  const tokens = tokenize(name);
  for (let n = Math.min(LONGEST, tokens.length - 1); n >= 1; n--) {
    const lead = tokens.slice(0, n);
    if (lead.some((t) => t.possessive) || !COUNTRY_OF_PLACE.has(lead.map((t) => t.key).join(' '))) continue;
    return `${name.slice(0, tokens[n - 1].end)}'s${name.slice(tokens[n - 1].end)}`;
  }
  return undefined;
}

/** Words between a place and "Police" that news drops with the head: "Seoul Metropolitan Police Agency" is "the Seoul police". */
const PLACE_FORCE_WORDS = /^(.+?)(?: (?:Metropolitan|Municipal|City|Provincial|Prefectural|Cantonal|Regional|State))?$/;

/** Whose place a name is: a state's or city's of the list, a capital ("Paris", "Tokyo") or a territory with its own force ("Hong Kong"). */
function placeCountry(place: string): string | undefined {
  return COUNTRY_OF_PLACE.get(formKey(place)) ?? capitalNamed(place)?.code ?? TERRITORY_OF_NAME.get(formKey(place));
}

/** Territories that keep their own police under their own code, by folded name: "Hong Kong", "Macau", "Puerto Rico". */
const TERRITORY_OF_NAME = new Map(
  worldCountries
    .filter((c) => c.cca2 === 'HK' || c.cca2 === 'MO' || !c.unMember)
    .flatMap((c) => [c.name.common, ...c.altSpellings].map((n): [string, string] => [formKey(n), c.cca2])),
);

/**
 * A state's, city's or territory's force as news writes it, "the Istanbul police" for the Istanbul Police Department, "Chicago police
 * officers" for the Chicago Police Department, "the Paris police" for the Paris Police Prefecture, "Hong Kong police" for the Hong
 * Kong Police Force (undefined unless the name is a known place's and "Police" with at most a generic head). A country's own force is
 * read by `national-police.ts`, only where it acts ("Swedish police arrested").
 */
export function placePoliceForm(name: string, countryCode: string): string | undefined {
  const m = /^(.+) Police(?: Service| Force| Department| Prefecture| District| Agency)?$/.exec(name);
  const place = m ? PLACE_FORCE_WORDS.exec(m[1]) : null;
  if (!m || !place) return undefined;
  // "Mexico City Police": the whole name is the place; "Seoul Metropolitan Police": the place without the word before "Police".
  const written = [m[1], place[1]].find((p) => placeCountry(p) === countryCode);
  return written ? `${written} police` : undefined;
}
