import type { EntityDraft } from '../../src/ingest/recognise';
import { entityIdOf, Reference, StoryMemory } from '../../src/ingest/recognise';
import { TITLES, MONARCH_TITLES, NAME_HONORIFICS } from '../../src/ingest/recognise/name-cue-words';
import { tokenize } from '../../src/ingest/recognise/text-tokens';
import { EntityType } from '../../src/modules/shared/enums';
import { foldKey, ids } from '../../src/modules/shared/ids';
import type { ModelSpan } from './model-span';

/** A model span read as the product would store it: the entity id it names and the words it was read from. */
export interface SpanReading {
  span: ModelSpan;
  type: EntityType.AGENCY | EntityType.PERSON | EntityType.ORGANIZATION;
  id: string;
  /** Name words after titles and "the" were stripped ("President Suharto" → ["Suharto"]). */
  words: string[];
  /** Where the id came from: the rules' entity of the same name, the reference, a person named earlier, or the span's own words. */
  via: 'rules' | 'reference' | 'linked' | 'words';
  /** The words are part of a longer name the rules read in the card ("National Police" of "Colombian National Police"). */
  partOfRulesName: boolean;
  /** The three words before the span in its text, folded ("under the name" before "Edwin Carter"). */
  wordsBefore: string[];
}

/** One text the model read and the spans it found there. */
export interface ModelText {
  text: string;
  spans: readonly ModelSpan[];
}

const MODEL_TYPES: Record<string, SpanReading['type'] | undefined> = { PERSON: EntityType.PERSON, ORGANIZATION: EntityType.ORGANIZATION };

/**
 * The ids of one card's model spans, in text order. A span the rules read in the same card (by name, acronym or alias)
 * is the rules' entity, whatever the model's type: an ORGANIZATION "CIA" is the agency the rules found. Otherwise a span
 * the reference knows whole is that entry; a person named by one word (or the tail of a name) is the person of the
 * card with that name (StoryMemory's rules, the recogniser's own); anything else gets the id the API derives.
 */
export function readSpans(texts: readonly ModelText[], rules: readonly EntityDraft[], reference: Reference): SpanReading[] {
  const byName = namesOf(rules);
  const card: CardNames = { byName, rulesNames: [...byName.keys()].map((k) => ` ${k} `), memory: new StoryMemory(), reference };
  for (const entity of rules) if (entity.type === EntityType.PERSON) card.memory.remember({ id: entity.id ?? entityIdOf(entity), entity, from: 0, to: 0 });
  const readings: SpanReading[] = [];
  for (const { text, spans } of texts)
    for (const span of spans) {
      const read = readSpan(span, text, card);
      if (!read) continue;
      readings.push(read);
      // A later "Xiros" is the "Savvas Xiros" the model read first.
      if (read.type === EntityType.PERSON && read.via === 'words')
        card.memory.remember({ id: read.id, entity: { type: EntityType.PERSON, name: read.words.join(' ') }, from: 0, to: 0 });
    }
  return readings;
}

interface CardNames {
  byName: Map<string, Found>;
  /** Every folded form the rules read, padded with spaces for whole-word containment. */
  rulesNames: string[];
  memory: StoryMemory;
  reference: Reference;
}

function readSpan(span: ModelSpan, text: string, card: CardNames): SpanReading | undefined {
  const type = MODEL_TYPES[span.type];
  if (!type) return undefined;
  const words = nameWordsOf(span.text, type);
  if (words.length === 0) return undefined;
  const name = words.join(' ');
  const found =
    known(card.byName, span.text, words) ?? inReference(card.reference, name) ?? (type === EntityType.PERSON ? linked(card.memory, words) : undefined);
  const key = ` ${foldKey(name)} `;
  return {
    span,
    type: found?.type ?? type,
    id: found?.id ?? (type === EntityType.PERSON ? ids.person(name) : ids.organization(name)),
    words,
    via: found?.via ?? 'words',
    partOfRulesName: card.rulesNames.some((n) => n.length > key.length && n.includes(key)),
    wordsBefore: foldKey(text.slice(Math.max(0, span.start - 60), span.start))
      .split(' ')
      .filter(Boolean)
      .slice(-3),
  };
}

type Found = Pick<SpanReading, 'type' | 'id' | 'via'>;

function namesOf(entities: readonly EntityDraft[]): Map<string, Found> {
  const byName = new Map<string, Found>();
  for (const e of entities) {
    if (e.type === EntityType.COUNTRY || e.type === EntityType.GROUP) continue;
    const found: Found = { type: e.type, id: e.id ?? entityIdOf(e), via: 'rules' };
    for (const form of [e.name, e.acronym, ...(e.aliases ?? [])]) if (form && !byName.has(foldKey(form))) byName.set(foldKey(form), found);
  }
  return byName;
}

function known(byName: Map<string, Found>, text: string, words: readonly string[]): Found | undefined {
  return byName.get(foldKey(text)) ?? byName.get(foldKey(words.join(' ')));
}

/** The reference entry spelled exactly by these words ("Mossad", "Hezbollah"), when the gazetteer has one unambiguous reading. */
function inReference(reference: Reference, name: string): Found | undefined {
  const tokens = tokenize(name);
  if (tokens.length === 0) return undefined;
  const whole = reference.gazetteer.matchesAt(tokens, 0).find((m) => m.to === tokens.length);
  const entities = (whole?.values ?? []).flatMap((v) => (v.kind === 'entity' && !v.ambiguous ? [v.entity] : []));
  if (entities.length !== 1) return undefined;
  const type = entities[0].draft.type;
  if (type !== EntityType.AGENCY && type !== EntityType.PERSON && type !== EntityType.ORGANIZATION) return undefined;
  return { type, id: entities[0].id, via: 'reference' };
}

function linked(memory: StoryMemory, words: readonly string[]): Found | undefined {
  const keys = words.map(foldKey);
  // "Yanjun Xu" is the "Xu Yanjun" of the rules, "Qassem Suleimani" their "Qasem Soleimani".
  const person = keys.length === 1 ? memory.personByWord(keys[0]) : (memory.personContaining(keys) ?? memory.personSpelledLike(keys));
  return person ? { type: EntityType.PERSON, id: person.id, via: 'linked' } : undefined;
}

/** The words that name: titles before a person's name ("Prince", "President") and a leading "the" dropped, "'s" off the end. */
export function nameWordsOf(text: string, type: SpanReading['type']): string[] {
  const words = text
    .replace(/['’]s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  const isTitle = (w: string) => {
    const key = foldKey(w.replace(/\.$/, ''));
    return type === EntityType.PERSON ? TITLES.has(key) || MONARCH_TITLES.has(key) || NAME_HONORIFICS.has(key) : key === 'the';
  };
  let first = 0;
  while (first < words.length - 1 && isTitle(words[first])) first++;
  return words.slice(first);
}
