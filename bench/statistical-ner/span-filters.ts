import { countryCodesIn } from '../../src/ingest/recognise';
import { ALIAS_CUES, ORG_HEADS, PLACE_HEADS, STREET_WORDS } from '../../src/ingest/recognise/name-cue-words';
import { EntityType } from '../../src/modules/shared/enums';
import { foldKey } from '../../src/modules/shared/ids';
import type { SpanReading } from './span-ids';

/**
 * Which model spans the "filtered" variant adds to the rules. Tuned on sets 1–11 and ner-dev (development data): a
 * held-out set tells whether they generalise. Only spans the model alone found count (what the rules or the reference
 * already name adds nothing, and a word linked to a name was read with it), and only spans shaped like what they claim
 * to be. `npm run bench:ner-statistical -- --errors filtered` lists what they add and remove on the development sets.
 */
export function keepReading(reading: SpanReading): boolean {
  if (reading.via !== 'words' || reading.partOfRulesName) return false;
  return reading.type === EntityType.PERSON ? isPersonName(reading.words) && !afterAliasCue(reading.wordsBefore) : isOrganizationName(reading.words);
}

/** "under the name Edwin Carter", "known as Dickson Yeo": the labels count another name of a person as that person, not a new one. */
function afterAliasCue(wordsBefore: readonly string[]): boolean {
  return ALIAS_CUES.some((cue) => cue.length <= wordsBefore.length && cue.every((w, i) => wordsBefore[wordsBefore.length - cue.length + i] === w));
}

/** Two or more capitalised words, none a country or demonym, none the head of a place or a body ("Square", "Party"). */
function isPersonName(words: readonly string[]): boolean {
  const keys = words.map((w) => foldKey(w));
  return (
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    countryCodesIn(words.join(' ')).size === 0 &&
    !keys.some((k) => PLACE_HEADS.has(k) || STREET_WORDS.has(k) || ORG_HEADS.has(k))
  );
}

/**
 * Agencies are the rules' to read (the model's ORGANIZATION does not tell a police force from a party), so a span with
 * an agency's head word is left to them.
 */
const AGENCY_HEADS = new Set([
  'police',
  'intelligence',
  'security',
  'service',
  'ministry',
  'agency',
  'bureau',
  'directorate',
  'office',
  'army',
  'navy',
  'force',
  'forces',
  'customs',
  'guard',
  'department',
  'corps',
  'command',
  'unit',
  'embassy',
]);

/** Place heads that name a building or ground, not the body that runs it: "Sheridan Circle", "Sheraton Hotel". */
const INSTITUTION_HEADS = new Set(['school', 'college', 'university', 'hospital', 'court', 'church', 'cathedral', 'mosque', 'abbey']);

/**
 * A capitalised name of more than an acronym (the rules read "Name (ACR)" and which acronyms are agencies; labels write
 * an acronym in full when the card does), with no agency head, country or place head in it.
 */
function isOrganizationName(words: readonly string[]): boolean {
  const keys = words.map((w) => foldKey(w));
  return (
    /^\p{Lu}/u.test(words[0]) &&
    !(words.length === 1 && /^[\p{Lu}\d.&-]+$/u.test(words[0])) &&
    !keys.some((k) => AGENCY_HEADS.has(k) || STREET_WORDS.has(k) || (PLACE_HEADS.has(k) && !INSTITUTION_HEADS.has(k))) &&
    countryCodesIn(words.join(' ')).size === 0
  );
}
