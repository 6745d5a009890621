import { capitalAt } from './capitals';
import { scanCountries } from './country-recognizer';
import { tokenize } from './text-tokens';

/** One-word forms two countries share, as tokens key them, and the country each means when a story gives no other sign. */
interface SharedForms {
  forms: ReadonlySet<string>;
  usual: string;
  other: string;
}

/** "Congo" and "Congolese" alone are the DR Congo, the larger (country-forms.ts); the Republic of the Congo has forms of its own. */
const SHARED: readonly SharedForms[] = [{ forms: new Set(['congo', 'congolese']), usual: 'CD', other: 'CG' }];

/** Cheap first look: a story that writes none of the shared forms needs no scan. */
const MAY_SHARE = /congo/i;

/**
 * How a story reads the forms two countries share: the country it names by unshared forms (a name, an official name or
 * its capital), when it names one of the two and not the other. "Congo-Brazzaville", "the Republic of the Congo" or
 * "Brazzaville", and nothing of the DR Congo (no "DRC", "Zaire", "Kinshasa"): "Congo" and "Congolese" there are the
 * Republic of the Congo. Returns the shared forms to read otherwise, by token key ("congo" -> "CG"); empty when none.
 */
export function sharedCountryReadings(texts: readonly string[]): ReadonlyMap<string, string> {
  const readings = new Map<string, string>();
  if (!texts.some((t) => MAY_SHARE.test(t))) return readings;
  const named = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text);
    for (const m of scanCountries(text, tokens).mentions) {
      const shared = m.to - m.from === 1 && SHARED.some((s) => s.forms.has(tokens[m.from].key));
      if (!shared) named.add(m.code);
    }
    tokens.forEach((_, i) => {
      const capital = capitalAt(tokens, i)?.capital.code;
      if (capital) named.add(capital);
    });
  }
  for (const shared of SHARED) {
    if (!named.has(shared.other) || named.has(shared.usual)) continue;
    shared.forms.forEach((form) => readings.set(form, shared.other));
  }
  return readings;
}
