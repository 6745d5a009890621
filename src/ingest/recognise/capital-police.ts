import { allCapitals } from './capitals';
import { agencyDraft, EntityDraft } from './entity-drafts';
import { isCapitalised, Token } from './text-tokens';

/** A capital's force as news names it, for capitals whose force the reference lacks. */
export interface CapitalPoliceForm {
  /** How a text writes it: "Tehran police", "Dhaka Metropolitan Police". */
  form: string;
  /** The capital's name, the form's first words. */
  capital: string;
  draft: EntityDraft;
}

/**
 * "Tehran police said", "the WEGA unit of the Vienna police", "the Dhaka Metropolitan Police": every capital has a city force (or
 * its country's national police policing it), and "<capital> police" acting names it. Where the reference holds the force under a
 * "<capital> police" form (the Paris Police Prefecture, Tokyo's Metropolitan Police Department) the reference's entry wins; else the
 * force takes its id from the name as written (`agency:ir-tehran-police`, `agency:bd-dhaka-metropolitan-police`), as
 * LABELLING.md spells a city's force the reference lacks. A capital's name glued before "Metropolitan Police" is that capital's,
 * never London's.
 */
export function capitalPoliceForms(): CapitalPoliceForm[] {
  return allCapitals().flatMap((c) =>
    [`${c.name} police`, `${c.name} Metropolitan Police`].map((form) => ({
      form,
      capital: c.name,
      draft: agencyDraft({ name: form, aliases: [], countryCode: c.code }),
    })),
  );
}

/** Words that may stand before a capital's force: "the Vienna police", "a Tehran police spokesman". */
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Is the capital at token `from` read from inside a longer name? "City of London Police", "West Berlin police": a capitalised word glued
 * before it, or "of" after one, makes the capital part of another body's or place's name.
 */
export function insideLongerName(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before || tokens[from].breakBefore || before.possessive) return false;
  if (before.key === 'of') return !before.breakBefore && !!tokens[from - 2] && isCapitalised(tokens[from - 2]);
  return isCapitalised(before) && !DETERMINERS.has(before.key);
}
