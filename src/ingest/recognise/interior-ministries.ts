import type { CountryMention } from './country-recognizer';
import type { EntityMention } from './entity-mention';
import { range } from './phrase-matcher';
import type { Reference } from './reference';
import { isCapitalised, Token } from './text-tokens';

/** How news names a country's interior ministry without the country, as tokens key them. */
const FORMS: readonly string[][] = [
  ['interior', 'ministry'],
  ['internal', 'affairs', 'ministry'],
  ['ministry', 'of', 'internal', 'affairs'],
  ['ministry', 'of', 'the', 'interior'],
  ['ministry', 'of', 'interior'],
];

const FIRST_WORDS = new Set(FORMS.map((words) => words[0]));

/** The names the reference's interior ministries shorten to once their country word is gone ("Russian Interior Ministry"). */
const SHORT_FORMS = ['Interior Ministry', 'Ministry of Internal Affairs'];

/** The form written at token i as a name, capitalised ("Interior Ministry"): "a unit of the Soviet interior ministry" describes one. */
function formAt(tokens: readonly Token[], i: number): number {
  if (!FIRST_WORDS.has(tokens[i].key) || !isCapitalised(tokens[i])) return 0;
  const form = FORMS.find((words) => words.every((w, j) => tokens[i + j]?.key === w && (j === 0 || !tokens[i + j].breakBefore)));
  return form?.length ?? 0;
}

/**
 * "Russia's Interior Ministry", or "the Interior Ministry" in a story about Russia: where the reference holds a country's interior
 * ministry as an agency (Russia's MVD, a police ministry), the words name it, for the country named right before them or, with none,
 * the one country the headline and topic line are about. Other countries' ministries are no agency, and the words are left alone.
 */
export function findInteriorMinistries(
  tokens: readonly Token[],
  countries: readonly CountryMention[],
  isFree: (i: number) => boolean,
  subjectCountries: ReadonlySet<string>,
  reference: Reference,
): EntityMention[] {
  const found: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = formAt(tokens, i);
    if (length === 0 || !range(i, i + length).every(isFree)) continue;
    const owner = countries.find((c) => c.to === i && !tokens[i].breakBefore);
    const code = owner?.code ?? (subjectCountries.size === 1 && tokens[i - 1]?.key === 'the' ? [...subjectCountries][0] : undefined);
    const agency = code ? SHORT_FORMS.map((form) => reference.agencyByShortForm(code, form)).find((a) => !!a) : undefined;
    if (agency) found.push({ id: agency.id, entity: agency.draft, from: owner?.from ?? i, to: i + length });
    i += length - 1;
  }
  return found;
}
