import fs from 'node:fs';
import path from 'node:path';
import { EntityType } from '../../modules/shared/enums';
import { cardToStoryInput } from './card-to-story';
import { agencyIdForms, bareLegislatureIds, entityIdOf, loadReference, organizationIdForms, personIdForms, statedAgencyIdForms } from '../recognise';

/**
 * Scores the card importer's recognition against labelled cards (tests/fixtures/ner-heldout,
 * tests/fixtures/ner-dev): `NN-slug.txt` plus `NN-slug.expected.json`. The cards go through the
 * same cardToStoryInput the CLI and importStoryCard use, so what is scored is what gets stored.
 */
export const SCORED_TYPES = [EntityType.COUNTRY, EntityType.AGENCY, EntityType.PERSON, EntityType.ORGANIZATION] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface LabelledCard {
  file: string;
  text: string;
  expected: Record<ScoredType, string[]>;
  topics: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  cards: number;
  byType: Record<ScoredType, Counts>;
  /** Topic lines split exactly as labelled. */
  topicLines: { right: number; total: number };
  /** "file: missed person:x" / "file: unexpected agency:y": read on the development set only. */
  errors: string[];
}

export function loadLabelledCards(dir: string): LabelledCard[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const labels = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Partial<Record<ScoredType, string[]>> & {
        topics?: string[];
      };
      const expected = Object.fromEntries(SCORED_TYPES.map((t) => [t, labels[t] ?? []])) as Record<ScoredType, string[]>;
      return { file, text: fs.readFileSync(path.join(dir, file), 'utf8'), expected, topics: labels.topics ?? [] };
    });
}

/**
 * The ids a card's story carries, by type; an id the importer pinned (shared names) wins over the derived one. `stated`
 * maps the name id of each agency the card writes as "Name (ACR)" to the recognised id (statedAgencyIdForms).
 */
export interface RecognisedIds {
  ids: Map<ScoredType, Set<string>>;
  topics: string[];
  stated: Map<string, string>;
}

export function recognisedIds(text: string): RecognisedIds {
  const story = cardToStoryInput(text);
  const ids = new Map<ScoredType, Set<string>>(SCORED_TYPES.map((t) => [t, new Set<string>()]));
  for (const entity of story.entities ?? []) ids.get(entity.type as ScoredType)?.add(entity.id ?? entityIdOf(entity));
  const agencies = (story.entities ?? []).filter((e) => e.type === EntityType.AGENCY && !e.id);
  return { ids, topics: story.topics ?? [], stated: statedAgencyIdForms(agencies, text, (id) => referenceAgencyIds().has(id)) };
}

let referenceAgencies: Set<string> | undefined;
const referenceAgencyIds = (): Set<string> => (referenceAgencies ??= new Set(loadReference().entities.agencies.map((a) => a.id)));

/**
 * One reference agency is one agency whichever of its spellings an id is made from: a label's
 * `agency:fr-brigade-criminelle` (its French name) and a recognised `agency:fr-criminal-brigade` (its
 * entry's id) count as one (agencyIdForms), and so do `org:nato` and `org:north-atlantic-treaty-organization`
 * (organizationIdForms), and so do a labelled `org:parliament` and a recognised `org:fiji-parliament`
 * (bareLegislatureIds), and so do `person:rafik-hariri` and `person:rafic-hariri`, two spellings of one reference person
 * (personIdForms); so do the name and acronym ids of an agency the card itself writes as "Name (ACR)"
 * (statedAgencyIdForms). Every set is scored the same way; other ids compare as written.
 */
function sameEntityIds(): (id: string) => string {
  const records = loadReference().records;
  const forms = new Map([...agencyIdForms(records.agencies), ...organizationIdForms(records.organizations), ...personIdForms(records.people)]);
  const legislatures = bareLegislatureIds();
  return (id) => {
    const form = forms.get(id) ?? id;
    return legislatures.get(form) ?? form;
  };
}

/** recognise: what is scored, the card importer unless a bench compares another reading of the same cards (bench/ner-statistical.ts). */
export function scoreCards(cards: readonly LabelledCard[], recognise: (card: LabelledCard) => RecognisedIds = (card) => recognisedIds(card.text)): Score {
  const byType = Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredType, Counts>;
  const canonical = sameEntityIds();
  const errors: string[] = [];
  let topicsRight = 0;
  for (const card of cards) {
    const found = recognise(card);
    const same = (id: string) => canonical(found.stated.get(id) ?? id);
    for (const type of SCORED_TYPES) {
      const expected = new Set(card.expected[type].map(same));
      const got = new Set([...(found.ids.get(type) ?? [])].map(same));
      for (const id of got) {
        if (expected.has(id)) byType[type].tp++;
        else {
          byType[type].fp++;
          errors.push(`${card.file}: unexpected ${id}`);
        }
      }
      for (const id of expected) {
        if (got.has(id)) continue;
        byType[type].fn++;
        errors.push(`${card.file}: missed ${id}`);
      }
    }
    if (JSON.stringify(found.topics) === JSON.stringify(card.topics)) topicsRight++;
    else errors.push(`${card.file}: topics ${JSON.stringify(found.topics)}, expected ${JSON.stringify(card.topics)}`);
  }
  return { cards: cards.length, byType, topicLines: { right: topicsRight, total: cards.length }, errors };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
export const precision = (c: Counts): number => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number => ratio(c.tp, c.tp + c.fn);

/** The JSON written to bench/results/ner-<set>.json. */
export function scoreReport(set: string, score: Score): object {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    set,
    cards: score.cards,
    command: `npm run build && node dist/scripts/score-ner.js tests/fixtures/ner-${set}`,
    micro: Object.fromEntries(
      SCORED_TYPES.map((t) => {
        const c = score.byType[t];
        return [t, { gold: c.tp + c.fn, tp: c.tp, fp: c.fp, fn: c.fn, precision: round(precision(c)), recall: round(recall(c)) }];
      }),
    ),
    topicLinesSplitRight: `${score.topicLines.right}/${score.topicLines.total}`,
  };
}

export function scoreTable(title: string, score: Score): string {
  const rows = SCORED_TYPES.map((t) => {
    const c = score.byType[t];
    return `${t.padEnd(13)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${precision(c).toFixed(3)}     ${recall(c).toFixed(3)}`;
  });
  return [
    title,
    'type          gold   tp   fp   fn   precision recall',
    ...rows,
    `topic lines split right: ${score.topicLines.right}/${score.topicLines.total}`,
  ].join('\n');
}
