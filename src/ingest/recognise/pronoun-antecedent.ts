import { EntityType } from '../../modules/shared/enums';
import { entityIdOf } from './entity-drafts';
import type { EntityMention } from './entity-mention';
import type { UnknownName } from './unknown-names';

/**
 * Countries whose people write the family name first ("Xi Jinping": "Jinping" is his given name) or
 * whose wives keep their own surnames (Andrés Manuel López Obrador's wife is Beatriz Gutiérrez Müller).
 */
const SURNAME_NOT_PASSED_ON = new Set([
  'CN',
  'TW',
  'HK',
  'MO',
  'JP',
  'KR',
  'KP',
  'VN',
  'KH',
  'MN',
  'HU',
  'ES',
  'MX',
  'AR',
  'BO',
  'CL',
  'CO',
  'CR',
  'CU',
  'DO',
  'EC',
  'GT',
  'HN',
  'NI',
  'PA',
  'PE',
  'PY',
  'SV',
  'UY',
  'VE',
]);

/**
 * "Wolfgang Lotz was arrested … His wife, Waltraud,": the surname a relative named by a given name after
 * "his"/"her" takes. Only when the story so far names one person (after "Navalny … Putin denied it.",
 * "His wife" could be either's) and that person's last word is a surname the family shares: neither the
 * person's country nor one the story is about writes the family name first or keeps it from a spouse.
 */
export function antecedentSurname(people: readonly EntityMention[], subjectCountries: ReadonlySet<string>): string | undefined {
  const distinct = new Map(people.map((p) => [p.id, p]));
  if (distinct.size !== 1) return undefined;
  const [person] = distinct.values();
  const words = (person.entity.name ?? '').split(/\s+/);
  const countries = [person.entity.countryCode, ...subjectCountries].filter((c): c is string => !!c);
  return words.length >= 2 && !countries.some((c) => SURNAME_NOT_PASSED_ON.has(c)) ? words[words.length - 1] : undefined;
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
