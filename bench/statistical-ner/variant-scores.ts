import { LabelledCard, precision, recall, Score, scoreCards } from '../../src/ingest/assemble';
import { EntityType } from '../../src/modules/shared/enums';
import type { CardWork } from './card-work';
import type { SpanReading } from './span-ids';
import { Variant, VARIANTS, variantIds } from './variants';

const REPORTED = [EntityType.AGENCY, EntityType.PERSON, EntityType.ORGANIZATION] as const;
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Every variant scored per set and pooled, with score-ner's matching (scoreCards) and nothing else. */
export class VariantScores {
  private readonly byCard: Map<LabelledCard, CardWork>;
  readonly sets: string[];
  readonly scores: Record<string, Record<Variant, Score>>;

  constructor(
    private readonly work: readonly CardWork[],
    private readonly readings: ReadonlyMap<LabelledCard, readonly SpanReading[]>,
  ) {
    this.byCard = new Map(work.map((w) => [w.card, w]));
    // The rules row is score-ner's own score of the same cards, or the comparison means nothing.
    if (JSON.stringify(this.score(work, 'rules').byType) !== JSON.stringify(scoreCards(work.map((w) => w.card)).byType))
      throw new Error('the rules variant differs from score-ner');
    this.sets = [...new Set(work.map((w) => w.set)), 'pooled'];
    this.scores = Object.fromEntries(
      this.sets.map((set) => [set, Object.fromEntries(VARIANTS.map((v) => [v, this.score(this.cardsOf(set), v)])) as Record<Variant, Score>]),
    );
  }

  private cardsOf(set: string): readonly CardWork[] {
    return set === 'pooled' ? this.work : this.work.filter((w) => w.set === set);
  }

  private score(cards: readonly CardWork[], variant: Variant): Score {
    return scoreCards(
      cards.map((w) => w.card),
      (card) => variantIds(variant, this.byCard.get(card)!.rules, this.readings.get(card) ?? []),
    );
  }

  table(): string {
    return this.sets
      .map((set) => {
        const title = `${set}${set === 'pooled' ? '' : ` (${this.cardsOf(set).length} cards)`}\n${'P / R'.padEnd(28)}`;
        const rows = VARIANTS.map(
          (v) =>
            `${v.padEnd(28)} ${REPORTED.map((t) => `${precision(this.scores[set][v].byType[t]).toFixed(3)} / ${recall(this.scores[set][v].byType[t]).toFixed(3)}`).join('   ')}`,
        );
        return [`${title} ${REPORTED.map((t) => t.padEnd(16)).join(' ')}`, ...rows].join('\n');
      })
      .join('\n\n');
  }

  /** Per set, the errors a variant adds ("+ unexpected") and removes ("- missed") against the rules: development sets only. */
  changes(variant: Variant): string[] {
    return this.sets
      .filter((set) => set !== 'pooled')
      .flatMap((set) => {
        const [before, after] = [new Set(this.scores[set].rules.errors), new Set(this.scores[set][variant].errors)];
        return [
          ...[...after].filter((e) => !before.has(e)).map((e) => `+ ${set}/${e}`),
          ...[...before].filter((e) => !after.has(e)).map((e) => `- ${set}/${e}`),
        ];
      });
  }

  /** Micro counts and P/R per set and variant, as in bench/results/ner-statistical*.json. */
  report(): object {
    return Object.fromEntries(this.sets.map((set) => [set, Object.fromEntries(VARIANTS.map((v) => [v, micro(this.scores[set][v])]))]));
  }
}

function micro(score: Score): object {
  return Object.fromEntries(
    REPORTED.map((t) => {
      const c = score.byType[t];
      return [t, { gold: c.tp + c.fn, tp: c.tp, fp: c.fp, fn: c.fn, precision: round(precision(c)), recall: round(recall(c)) }];
    }),
  );
}
