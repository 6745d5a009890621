import { EntityType } from '../../modules/shared/enums';
import { entityIdOf } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import { sentenceStartOf, Token } from './text-tokens';
import type { UnknownName } from './unknown-names';

/** Countries whose people write the family name first ("Xi Jinping": "Jinping" is his given name): no relative takes the last word. */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'JP', 'KR', 'KP', 'VN', 'KH', 'MN', 'HU']);

/**
 * Countries whose wives keep their own surnames (Andrés Manuel López Obrador's wife is Beatriz Gutiérrez Müller); their
 * children still carry the father's or mother's first surname ("Khalil Musa … his daughter Marjorie" is Marjorie Musa).
 */
const SPOUSE_SURNAME_KEPT = new Set(['ES', 'MX', 'AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'NI', 'PA', 'PE', 'PY', 'SV', 'UY', 'VE']);

const SPOUSES = new Set(['wife', 'husband', 'widow', 'widower']);

/**
 * "Wolfgang Lotz was arrested … His wife, Waltraud,": the surname a relative named by a given name after
 * "his"/"her" takes. Only when the story so far names one person (after "Navalny … Putin denied it.",
 * "His wife" could be either's) and that person's last word is a surname the family shares: neither the
 * person's country nor one the story is about writes the family name first or, for a spouse (`kin`), keeps it.
 */
export function antecedentSurname(people: readonly EntityMention[], subjectCountries: ReadonlySet<string>, kin = 'wife'): string | undefined {
  const distinct = new Map(people.map((p) => [p.id, p]));
  if (distinct.size !== 1) return undefined;
  const [person] = distinct.values();
  const words = (person.entity.name ?? '').split(/\s+/);
  const countries = [person.entity.countryCode, ...subjectCountries].filter((c): c is string => !!c);
  // A child takes the first of two surnames, not the last: only a one-surname name passes on its last word there.
  const kept = (c: string) => FAMILY_NAME_FIRST.has(c) || (SPOUSE_SURNAME_KEPT.has(c) && (SPOUSES.has(kin) || words.length > 2));
  return words.length >= 2 && !countries.some(kept) ? words[words.length - 1] : undefined;
}

/**
 * Who "his"/"her" at token `at` may point to: the people named earlier in its own sentence when there are any ("Bernard Coard,
 * his wife Phyllis"; two of them leave it open), else everyone the story named so far. `sentenceFrom` is where the pronoun's
 * sentence, or its clause after a semicolon, opens (clauseStartOf).
 */
export function pronounCandidates(storySoFar: readonly EntityMention[], before: readonly EntityMention[], sentenceFrom: number): readonly EntityMention[] {
  const inSentence = before.filter((p) => p.from >= sentenceFrom);
  return inSentence.length > 0 ? inSentence : [...storySoFar, ...before];
}

/** The people a text names before token `at`: reference ones read already and unknown ones found so far. */
export function peopleBefore(named: readonly EntityMention[], found: readonly UnknownName[], at: number): EntityMention[] {
  const unknown = found
    .filter((u) => u.type === EntityType.PERSON && u.to <= at)
    .map((u) => {
      const entity = { type: EntityType.PERSON, name: u.name };
      return { id: entityIdOf(entity), entity, from: u.from, to: u.to };
    });
  return [...named.filter((m) => m.entity.type === EntityType.PERSON && m.to <= at), ...unknown];
}

/** "José Abrantes died in prison; Fidel Castro and his brother Raúl …": a semicolon closes the clause a pronoun looks back into. */
export function clauseStartOf(text: string, tokens: readonly Token[], at: number): number {
  let start = sentenceStartOf(tokens, at);
  for (let k = start + 1; k <= at; k++) if (text.slice(tokens[k - 1].end, tokens[k].start).includes(';')) start = k;
  return start;
}
