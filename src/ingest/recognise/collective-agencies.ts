import { describesAgencyAfter, isCoordinatedDemonym } from './collective-descriptions';
import { demonymOf } from './country-forms';
import type { CountryMention } from './country-recognizer';
import { agencyDraft, entityIdOf } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { nationalPoliceMention } from './national-police';
import type { Reference } from './reference';
import type { StoryMemory } from './story-memory';
import { EntityType } from '../../modules/shared/enums';
import { formKey, isCapitalised, Token } from './text-tokens';

/** Words that may close the phrase; they belong to the mention but do not change the entity. */
const HEAD_NOUNS = new Set(['services', 'service', 'agencies', 'agency', 'community', 'apparatus']);

/**
 * "a Russian intelligence officer", "Chinese intelligence officers had …", "British intelligence staff": people described by
 * the service they work for, which sets 9–11 label as no agency (set 11's README lists them as descriptions); the collective
 * is read only where the services themselves act ("worked for Chinese intelligence", "Russian intelligence services were").
 */
const PERSON_HEADS = new Set([
  'officer',
  'officers',
  'official',
  'officials',
  'agent',
  'agents',
  'operative',
  'operatives',
  'staff',
  'personnel',
  'analyst',
  'analysts',
  // The same kind of word, the people a service employs or runs ("a US intelligence employee", set 13).
  'employee',
  'employees',
  'worker',
  'workers',
  'contractor',
  'contractors',
  'chief',
  'chiefs',
  'director',
  'directors',
  'colonel',
  'colonels',
  'veteran',
  'veterans',
  'informant',
  'informants',
  'handler',
  'handlers',
  'defector',
  'defectors',
]);

/** The articles that make "a Russian intelligence service" one service described, not the country's services. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** "Russian intelligence (services|agencies|…)" → the collective agency "Russian intelligence services" of RU. */
export function collectiveAgencyDraft(countryCode: string, demonym = demonymOf(countryCode)) {
  return agencyDraft({ name: `${demonym} intelligence services`, aliases: [`${demonym} intelligence`], countryCode });
}

/** Adjectives of former states that count as their successor's country but name services of their own: "Soviet intelligence" is not Russia's. */
const FORMER_STATE_DEMONYMS = new Map([
  ['soviet', 'Soviet'],
  ['yugoslav', 'Yugoslav'],
  ['czechoslovak', 'Czechoslovak'],
]);

/** The demonym a collective is named with: the former state's as written ("Soviet"), else the country's. */
function collectiveDemonym(tokens: readonly Token[], c: CountryMention): string {
  return (c.via === 'demonym' && c.to - c.from === 1 ? FORMER_STATE_DEMONYMS.get(tokens[c.from].key) : undefined) ?? demonymOf(c.code);
}

/**
 * Who "<Demonym> security …" names: the services, not the security situation or its forces, nor their people ("Iranian security
 * agents detained …" describes people as "a Russian intelligence officer" does: LABELLING.md, Collectives).
 */
const SECURITY_HEAD_NOUNS = new Set(['services', 'service', 'apparatus']);

/** "Emirati security services", "Ethiopian security apparatus" → the collective "<Demonym> security services". */
export function collectiveSecurityDraft(countryCode: string) {
  return agencyDraft({ name: `${demonymOf(countryCode)} security services`, aliases: [], countryCode });
}

function collectiveSecurity(tokens: readonly Token[], c: CountryMention, i: number): EntityMention | undefined {
  // "Israel's security services", "Russia's security service, the FSB": a country's own services described, not the collective.
  if (c.via !== 'demonym') return undefined;
  const next = tokens[i + 1];
  if (!next || next.breakBefore || !SECURITY_HEAD_NOUNS.has(next.key)) return undefined;
  const entity = collectiveSecurityDraft(c.code);
  return { id: entityIdOf(entity), entity, from: c.from, to: i + 2 };
}

/**
 * "the Ivorian gendarmerie", "Senegal's gendarmerie": a country has one gendarmerie, so the words name it (the reference's, by its
 * short form), where "Kenyan police" may be any of several forces and names none.
 */
function countryGendarmerie(c: CountryMention, i: number, reference: Reference): EntityMention | undefined {
  const agency = reference.agencyByShortForm(c.code, 'Gendarmerie') ?? reference.agencyByShortForm(c.code, 'National Gendarmerie');
  return agency ? { id: agency.id, entity: agency.draft, from: c.from, to: i + 1 } : undefined;
}

/** What "<Demonym> intelligence" qualifies when it is no agency: "a U.S. intelligence source", "a Saudi intelligence report". */
const NOT_AGENCY_NOUNS = new Set([
  'source',
  'sources',
  'report',
  'reports',
  'assessment',
  'assessments',
  'estimate',
  'estimates',
  'failure',
  'failures',
  'files',
  'documents',
  'briefing',
  'briefings',
  'material',
  'sharing',
  'budget',
  'gathering',
  'asset',
  'assets',
]);

/** Words between a country and "spy agency" that do not change which agency is meant. */
const PRINCIPAL_ADJECTIVES = new Set(['main', 'top', 'chief', 'national', 'foreign', 'premier']);

/** "Pakistan's spy agency", "South Korea's main intelligence agency": the country's principal service, where the reference marks one. */
function principalAgency(
  tokens: readonly Token[],
  c: CountryMention,
  start: number,
  isFree: (i: number) => boolean,
  reference: Reference,
): EntityMention | undefined {
  let i = start;
  if (PRINCIPAL_ADJECTIVES.has(tokens[i]?.key ?? '') && !tokens[i].breakBefore) i++;
  const word = tokens[i];
  const noun = tokens[i + 1];
  if (!word || !noun || word.breakBefore || noun.breakBefore || !['spy', 'intelligence'].includes(word.key) || !isFree(i) || !isFree(i + 1)) return undefined;
  // "Greece's spy agency EYP", "Britain's foreign intelligence service, MI6": a description of the agency named next.
  const after = tokens[i + 2];
  if (after && !after.sentenceStart && isCapitalised(after) && !isFree(i + 2)) return undefined;
  const singular = ['agency', 'service'].includes(noun.key);
  // "Russian spy agencies", or a spy agency of a country with no principal service marked: the collective services.
  if (word.key === 'spy' && (['agencies', 'services'].includes(noun.key) || (singular && !reference.principalAgencyOf(c.code)))) {
    const entity = collectiveAgencyDraft(c.code, collectiveDemonym(tokens, c));
    return { id: entityIdOf(entity), entity, from: c.from, to: i + 2 };
  }
  if (!singular) return undefined;
  // "Cuba's intelligence directorate" names its own agency (read below).
  if (word.key === 'intelligence' && reference.agenciesNamed(c.code, `intelligence ${noun.key}`).length > 0) return undefined;
  const agency = reference.principalAgencyOf(c.code);
  return agency ? { id: agency.id, entity: agency.draft, from: c.from, to: i + 2 } : undefined;
}

/**
 * "the Department of Intelligence and Security (DRS), Algeria's military intelligence service": a phrase
 * set off by a comma right after an agency's name describes that agency, it names no other.
 */
function describesAgencyBefore(tokens: readonly Token[], c: CountryMention, named: readonly EntityMention[]): boolean {
  // "GRU Unit 74455, the Russian military intelligence unit that …": the article may open the apposition.
  const from = tokens[c.from - 1]?.key === 'the' && !tokens[c.from].breakBefore ? c.from - 1 : c.from;
  const first = tokens[from];
  if (!first.breakBefore || first.sentenceStart || !named.some((m) => m.to === from && m.entity.type === EntityType.AGENCY)) return false;
  // "the FBI, Russian intelligence services and …" is a list; an apposition names one service ("Russia's spy agency").
  const words = tokens.slice(c.to, c.to + 4);
  const end = words.findIndex((t) => t.breakBefore);
  return tokens[c.to - 1].possessive || words.slice(0, end < 0 ? undefined : end).some((t) => SINGULAR_HEADS.has(t.key));
}

const SINGULAR_HEADS = new Set(['service', 'agency', 'directorate', 'police', 'unit']);

/**
 * "Iraqi intelligence directed the plot" in a story that named the Iraqi Intelligence Service: that
 * service (whatever era's entry its name resolved to), not the collective services.
 */
function namedIntelligenceService(countryCode: string, namedBefore: readonly EntityMention[], story: StoryMemory | undefined): EntityMention | undefined {
  const demonym = demonymOf(countryCode);
  const names = [`${demonym} Intelligence Service`, `${demonym} Intelligence Agency`];
  const keys = new Set(names.map(formKey));
  const inText = namedBefore.find(
    (m) =>
      m.entity.type === EntityType.AGENCY &&
      m.entity.countryCode === countryCode &&
      [m.entity.name ?? '', ...(m.entity.aliases ?? [])].some((n) => keys.has(formKey(n))),
  );
  return inText ?? story?.agencyCalled(countryCode, names);
}

/**
 * "<Country or demonym> intelligence …": a named agency when the words name one of that country's
 * agencies ("Cuba's intelligence directorate"), its military intelligence agency for "<Demonym>
 * military intelligence", otherwise the collective "<Demonym> intelligence services"; "<Demonym> security
 * services/officers" is the collective "<Demonym> security services".
 */
export function findCollectiveAgencies(
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  isFree: (i: number) => boolean,
  reference: Reference,
  namedBefore: readonly EntityMention[] = [],
  story?: StoryMemory,
): EntityMention[] {
  const found: EntityMention[] = [];
  for (const c of countries) {
    if (describesAgencyBefore(tokens, c, namedBefore)) continue;
    let i = c.to;
    const military = tokens[i]?.key === 'military' && !tokens[i].breakBefore;
    if (military) i++;
    const word = tokens[i];
    if (!military && word?.key === 'security' && !word.breakBefore && isFree(i)) {
      const security = collectiveSecurity(tokens, c, i);
      if (security) found.push(security);
      continue;
    }
    if (!military && word?.key === 'gendarmerie' && !word.breakBefore && isFree(i)) {
      const gendarmerie = countryGendarmerie(c, i, reference);
      if (gendarmerie) found.push(gendarmerie);
      continue;
    }
    const police = !military ? nationalPoliceMention(tokens, c, isFree, reference) : undefined;
    if (police) {
      found.push(police);
      continue;
    }
    const principal = !military ? principalAgency(tokens, c, i, isFree, reference) : undefined;
    if (principal) {
      found.push(principal);
      continue;
    }
    if (!word || word.key !== 'intelligence' || word.breakBefore || !isFree(i)) continue;

    const next = tokens[i + 1];
    if (next && !next.breakBefore && (NOT_AGENCY_NOUNS.has(next.key) || (!military && PERSON_HEADS.has(next.key)))) continue;
    // The collective is plural or a mass noun ("Iranian intelligence", "Russian intelligence services"); "a Russian intelligence
    // service" is one service the story does not name.
    const before = tokens[c.from - 1];
    if (!military && before && !tokens[c.from].breakBefore && INDEFINITE_ARTICLES.has(before.key) && next?.key !== 'services') continue;
    // "the Israeli Intelligence Heritage and Commemoration Center" is a name, not the country's services.
    const inName = isCapitalised(word) && !!next && !next.breakBefore && isCapitalised(next) && !HEAD_NOUNS.has(next.key);
    if (inName && reference.agenciesNamed(c.code, `intelligence ${next.key}`).length === 0) continue;
    const named = next && !next.breakBefore ? reference.agenciesNamed(c.code, `intelligence ${next.key}`) : [];
    if (named.length === 1) {
      found.push({ id: named[0].id, entity: named[0].draft, from: c.from, to: i + 2 });
      continue;
    }
    const militaryAgency = military ? reference.militaryAgencyOf(c.code) : undefined;
    if (militaryAgency) {
      found.push({ id: militaryAgency.id, entity: militaryAgency.draft, from: c.from, to: i + 1 });
      continue;
    }
    const to = next && !next.breakBefore && HEAD_NOUNS.has(next.key) ? i + 2 : i + 1;
    const service = c.via === 'demonym' && !military ? namedIntelligenceService(c.code, namedBefore, story) : undefined;
    if (service) {
      found.push({ id: service.id, entity: service.entity, from: c.from, to });
      continue;
    }
    if (isCoordinatedDemonym(tokens, c, countries) || describesAgencyAfter(tokens, c.code, to, namedBefore)) continue;
    const entity = collectiveAgencyDraft(c.code, collectiveDemonym(tokens, c));
    found.push({ id: entityIdOf(entity), entity, from: c.from, to });
  }
  return found;
}
