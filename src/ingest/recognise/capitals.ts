import worldCountries from 'world-countries';
import { COUNTRIES } from '../../modules/entity/countries';
import { matchKey, Token } from './text-tokens';

export interface Capital {
  name: string;
  code: string;
}

/** "Buenos Aires", "Port-au-Prince", "Washington, D.C." -> "buenos aires", "port au prince", "washington dc": a capital's words as tokens key them. */
function wordsKey(text: string): string {
  return matchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Capitals by their folded words ("moscow" -> RU, "buenos aires" -> AR): one table for embassies "in Moscow" and a service's cue "in Baku". */
const CAPITALS = new Map<string, Capital>();
for (const c of worldCountries) {
  for (const capital of c.capital ?? []) if (COUNTRIES.has(c.cca2)) CAPITALS.set(wordsKey(capital), { name: capital, code: c.cca2 });
}
CAPITALS.set('washington', { name: 'Washington', code: 'US' });
CAPITALS.set('washington dc', { name: 'Washington', code: 'US' });

/** Every capital, each once under its name as the dataset writes it ("Tehran", "Dhaka"). */
export function allCapitals(): Capital[] {
  return [...new Map([...CAPITALS.values()].map((c): [string, Capital] => [`${c.code} ${c.name}`, c])).values()];
}

/** The most words a capital's name has: how far a look-up at one token reaches. */
const LONGEST = Math.max(...[...CAPITALS.keys()].map((k) => k.split(' ').length));

/** The capital a whole text names ("Moscow", "Washington, D.C."), if it is one. */
export function capitalNamed(text: string): Capital | undefined {
  return CAPITALS.get(wordsKey(text));
}

/**
 * The capital whose words start at token i and end by `to`, the longest first ("Buenos Aires", not a capital called "Buenos"):
 * the capital and how many tokens it takes. A break inside ("Abu, Dhabi") ends a name.
 */
export function capitalAt(tokens: readonly Token[], i: number, to: number = tokens.length): { capital: Capital; length: number } | undefined {
  for (let n = Math.min(LONGEST, to - i); n >= 1; n--) {
    if (tokens.slice(i + 1, i + n).some((t) => t.breakBefore)) continue;
    const capital = CAPITALS.get(
      tokens
        .slice(i, i + n)
        .map((t) => t.key)
        .join(' '),
    );
    if (capital) return { capital, length: n };
  }
  return undefined;
}
