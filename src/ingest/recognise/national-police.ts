import { namesNationalForce, withoutCountryWord } from './agency-short-forms';
import { COUNTRY_FORMS, demonymOf } from './country-forms';
import type { ReferenceEntity } from './reference-gazetteer';
import type { CountryMention } from './country-recognizer';
import type { EntityMention } from './entity-mention';
import type { Reference } from './reference';
import { isCapitalised, Token, tokenize } from './text-tokens';

/**
 * Words that say a force is the whole country's, not what it does: "Royal Canadian Mounted Police", "Zimbabwe Republic Police",
 * "German Federal Police", "Revolutionary National Police". A word of any other kind ("Highway", "Military", "Criminal",
 * "Border") makes the name a branch's, not the country's force.
 */
const NATIONAL_WORDS = new Set(['national', 'federal', 'royal', 'mounted', 'republic', 'republican', 'revolutionary', 'bolivarian', 'civil', 'state']);

/** Generic heads news drops from a force's name: "Police Service", "Police Force", "National Police Agency", "Gendarmerie General Command". */
const FORCE_HEADS = new Set(['service', 'force', 'forces', 'department', 'agency', 'command', 'general']);

const SKIPPED_WORDS = new Set(['of', 'the']);

/** The name's words without the country's own words anywhere in it ("Royal Canadian Mounted Police", "Philippine National Police"), "of" and "the". */
function nameWords(name: string, countryCode: string): string[] {
  const tokens = tokenize((withoutCountryWord(name, countryCode) ?? name).replace(/\s*\([^)]*\)/g, ''));
  // "Korean" alone is no country the matcher decides (two Koreas), but it is a word of South Korea's demonym.
  const demonymWords = new Set(tokenize(demonymOf(countryCode)).map((t) => t.key));
  const countryWord = new Set(tokens.flatMap((t, i) => (demonymWords.has(t.key) ? [i] : [])));
  for (const m of COUNTRY_FORMS.findAll(tokens))
    if (m.values.some((v) => 'code' in v && v.code === countryCode)) for (let i = m.from; i < m.to; i++) countryWord.add(i);
  const words = tokens.filter((t, i) => !countryWord.has(i) && !SKIPPED_WORDS.has(t.key)).map((t) => t.key);
  while (words.length > 1 && FORCE_HEADS.has(words[words.length - 1])) words.pop();
  return words;
}

/** "Federal Police", "Royal Canadian Mounted Police", "Gendarmerie General Command": the force's word and only words saying it is national. */
function isNationalForceName(force: NationalForce): (name: string, countryCode: string) => boolean {
  return (name, countryCode) => {
    const words = nameWords(name, countryCode);
    return words.at(-1) === force && words.slice(0, -1).every((w) => NATIONAL_WORDS.has(w));
  };
}

/** The two kinds of force a country has one principal of: its civilian police and its gendarmerie. */
export type NationalForce = 'police' | 'gendarmerie';

/** "Ministry of Public Security" (China, Laos), "Public Security Directorate" (Jordan): where a country's police is its public security. */
function isPublicSecurityName(name: string, countryCode: string): boolean {
  const key = nameWords(name, countryCode).join(' ');
  return /^(?:(?:ministry|general directorate|directorate|department) )?(?:people )?public security(?: (?:directorate|department|police))?$/.test(key);
}

/** The one entry a test picks out, or none when two do (the rule cannot choose between them). */
function onlyOne(candidates: readonly ReferenceEntity[], test: (name: string, countryCode: string) => boolean): ReferenceEntity | undefined {
  const found = candidates.filter((e) => [e.agency!.name, ...e.agency!.aliases].some((f) => test(f, e.agency!.countryCode)));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Each country's principal national police, the force "<country word> police" means (tests/fixtures/LABELLING.md, convention 1), by
 * one rule over the reference's current law-enforcement entries, first that decides:
 * 1. the force named by the country word and "Police" ("Colombian Police", "Turkish National Police", "Kenya Police", "Italian
 *    State Police"): a country's own police as `agency-short-forms.ts` reads "the Danish Police";
 * 2. the force named "Police" with only national words around it ("German Federal Police", "National Police" in France, the RCMP,
 *    the Zimbabwe Republic Police), so a country's civilian force wins over its gendarmerie, carabinieri or border police;
 * 3. its public-security police ("Ministry of Public Security").
 * A country with none of these (the United Kingdom's, India's and the United States' forces are regional) has no national police,
 * and the words name no agency. A country's gendarmerie ("the gendarmerie" in a story on Turkey) is chosen by rule 2 with its own word.
 */
export function nationalForcesByCountry(agencies: readonly ReferenceEntity[], force: NationalForce): Map<string, ReferenceEntity> {
  const byCountry = new Map<string, ReferenceEntity[]>();
  for (const e of agencies) {
    const a = e.agency;
    if (!a || a.historical || a.kind !== 'law enforcement') continue;
    byCountry.set(a.countryCode, [...(byCountry.get(a.countryCode) ?? []), e]);
  }
  const tests = force === 'police' ? [namesNationalForce, isNationalForceName('police'), isPublicSecurityName] : [isNationalForceName('gendarmerie')];
  const chosen = new Map<string, ReferenceEntity>();
  for (const [code, candidates] of byCountry) {
    const found = tests.reduce<ReferenceEntity | undefined>((first, test) => first ?? onlyOne(candidates, test), undefined);
    if (found) chosen.set(code, found);
  }
  return chosen;
}

/** Words that make "police" one kind of police rather than a country's force: "the secret police in Prague". */
const POLICE_KINDS = new Set([
  'secret',
  'political',
  'military',
  'riot',
  'traffic',
  'religious',
  'morality',
  'security',
  'judicial',
  'border',
  'tourist',
  'special',
  'armed',
]);

/** Buildings and things named after a force, which name no force acting: "the Johannesburg police headquarters", "a police station". */
const POLICE_PLACES = new Set(['station', 'headquarters', 'post', 'box', 'cell', 'academy', 'helmet', 'uniform', 'car', 'van']);

/**
 * What "<country word> police" describes rather than names when it comes right before: its people ("French police officers", "a
 * Belgian police commissioner"), places and things ("a police station", "police protection"), as the labelled sets read them
 * (LABELLING.md, convention 1: only the force acting is the force).
 */
const DESCRIBED_BY_POLICE = new Set([
  ...['officer', 'official', 'agent', 'chief', 'commissioner', 'constable', 'general', 'colonel', 'lieutenant', 'sergeant', 'inspector'],
  ...['detective', 'adviser', 'advisor', 'informer', 'informant', 'spokesman', 'spokeswoman', 'spokesperson', 'commando', 'recruit'],
  ...POLICE_PLACES,
  ...['custody', 'protection', 'escort', 'guard', 'record', 'file', 'report'],
  ...['unit', 'force', 'state', 'investigation', 'inquiry', 'source', 'reform', 'brutality'],
]);

/** Whether the word right after, in the same sentence, is one of `words` or its plural. */
function nextIsOneOf(token: Token | undefined, words: ReadonlySet<string>): boolean {
  if (!token || token.breakBefore) return false;
  return words.has(token.key) || (token.key.endsWith('s') && words.has(token.key.slice(0, -1)));
}

/** Whether the word after a force's name makes the words a building or thing ("the Johannesburg police headquarters"). */
export function namesPoliceThing(token: Token | undefined): boolean {
  return nextIsOneOf(token, POLICE_PLACES);
}

/**
 * "Colombian police arrested …", "Kenya's police said …", "police in Sweden": the country's principal national police acting as a
 * force (`nationalForceOf`); nothing for a country without one, or where the words describe people or things ("French police
 * officers"). `at` is the index of "police" right after the country mention, or of "police" before "in <country>".
 */
export function nationalPoliceMention(
  tokens: readonly Token[],
  c: CountryMention,
  isFree: (i: number) => boolean,
  reference: Reference,
): EntityMention | undefined {
  const after = tokens[c.to];
  const before = c.from >= 2 && !tokens[c.from].breakBefore && !tokens[c.from - 1].breakBefore ? tokens[c.from - 2] : undefined;
  // "Gabon's Police Intervention Group": "Police" opening a longer name is that name's, read by its shape.
  const opensName = !!tokens[c.to + 1] && !tokens[c.to + 1].breakBefore && isCapitalised(tokens[c.to + 1]);
  const followed = !!after && after.key === 'police' && !after.breakBefore && isFree(c.to) && !nextIsOneOf(tokens[c.to + 1], DESCRIBED_BY_POLICE) && !opensName;
  // "Yugoslavia's secret police in Croatia": a kind of police placed in a country, not the country's force.
  const kind = c.from >= 3 && !tokens[c.from - 2].breakBefore ? tokens[c.from - 3].key : '';
  const inCountry = !!before && before.key === 'police' && tokens[c.from - 1].key === 'in' && isFree(c.from - 2) && !POLICE_KINDS.has(kind);
  if (!followed && !inCountry) return undefined;
  const force = reference.nationalForceOf(c.code);
  if (!force) return undefined;
  return followed ? { id: force.id, entity: force.draft, from: c.from, to: c.to + 1 } : { id: force.id, entity: force.draft, from: c.from - 2, to: c.to };
}
