import { COUNTRIES } from '../../modules/entity/countries';
import { ids } from '../../modules/shared/ids';
import { capitalAt } from './capitals';
import type { CountryMention } from './country-recognizer';
import { isCapitalised, sentenceEndOf, sentenceStartOf, Token } from './text-tokens';

/**
 * Countries whose legislature, or a chamber of it, is called Congress: elsewhere "Congress" alone is a
 * party ("Rahul Gandhi said Congress …" is India's National Congress), never the country's parliament.
 */
const CONGRESS_COUNTRIES = new Set(['US', 'MX', 'GT', 'HN', 'DO', 'CO', 'PE', 'CL', 'AR', 'PY', 'BR', 'PH', 'ES', 'FM']);

/** The countries a sentence names, by name, demonym or capital ("besieged Parliament in Port Moresby"). */
export function countriesInSentence(tokens: readonly Token[], countries: readonly CountryMention[], at: number): Set<string> {
  const from = sentenceStartOf(tokens, at);
  const to = sentenceEndOf(tokens, at + 1);
  const found = new Set(countries.filter((c) => c.from >= from && c.to <= to).map((c) => c.code));
  // "Canberra", "Port Moresby", "Kuala Lumpur": a capital in as many words as it has, read once.
  for (let i = from; i < to; i++) {
    const capital = isCapitalised(tokens[i]) ? capitalAt(tokens, i, to) : undefined;
    if (!capital) continue;
    found.add(capital.capital.code);
    i += capital.length - 1;
  }
  return found;
}

/**
 * The country a legislature named alone belongs to ("told Parliament" in a story on Fiji is the Fiji
 * Parliament): the one country its sentence names, else the one the headline and topic line name, else
 * the one the story names; none when several are in view, nor for "Congress" in a country whose
 * legislature is called otherwise. Returns its English name ("United States", so "Congress" becomes the
 * reference's United States Congress).
 */
export function legislatureCountry(
  word: string,
  sentenceCountries: ReadonlySet<string>,
  subjectCountries: ReadonlySet<string> | undefined,
  storyCountries: ReadonlySet<string>,
): string | undefined {
  const subject = [sentenceCountries, subjectCountries ?? new Set<string>(), storyCountries].find((s) => s.size > 0) ?? new Set<string>();
  const code = subject.size === 1 ? [...subject][0] : undefined;
  if (!code || (word.toLowerCase() === 'congress' && !CONGRESS_COUNTRIES.has(code))) return undefined;
  return COUNTRIES.get(code)?.name;
}

const LEGISLATURE_WORDS = ['Parliament', 'Congress', 'Senate'];

/**
 * For scoring only: the labelled sets write a country's legislature named alone in its bare form
 * (`org:parliament`), the recogniser under its country (`org:fiji-parliament`, `org:united-states-senate`).
 * Maps each country's form to the bare one, applied alike to labels and findings of every set.
 */
export function bareLegislatureIds(): Map<string, string> {
  return new Map(
    [...COUNTRIES.values()].flatMap((c) =>
      LEGISLATURE_WORDS.flatMap((w) =>
        [`${c.name} ${w}`, `${w} of ${c.name}`, `${w} of the ${c.name}`].map((form) => [ids.organization(form), ids.organization(w)] as [string, string]),
      ),
    ),
  );
}
