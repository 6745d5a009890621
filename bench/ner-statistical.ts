import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { cardToStoryInput } from '../src/ingest/assemble/card-to-story';
import { LabelledCard, loadLabelledCards, precision, recall, recognisedIds, RecognisedIds, Score, scoreCards } from '../src/ingest/assemble';
import { loadReference } from '../src/ingest/recognise';
import { EntityType } from '../src/modules/shared/enums';
import { MODELS, ModelName, runModel } from './statistical-ner/model-runner';
import { readSpans, SpanReading } from './statistical-ner/span-ids';
import { Variant, VARIANTS, variantIds } from './statistical-ner/variants';

/**
 * npm run bench:ner-statistical -- [set dirs...] [--model 3class|4class|7class] [--passes N] [--out file] [--errors variant]
 * Scores Stanford CoreNLP's CRF NER (tools/statistical-ner) beside the rules on labelled cards: the rules alone (what
 * score-ner reports), the model alone, their union, and the rules plus the model's filtered spans, with score-ner's own
 * matching; and the model's JVM CPU per card. Default sets: every tests/fixtures/ner* set but ner-heldout-12, which is
 * scored only when named. --passes N: the model reads every text N times and the CPU figures come from the last pass
 * (the JIT warmed up); --errors shows what a variant changes against the rules, per card (development sets only).
 */
const HELD_OUT = 'ner-heldout-12';
const REPORTED = [EntityType.AGENCY, EntityType.PERSON, EntityType.ORGANIZATION] as const;

interface CardWork {
  set: string;
  card: LabelledCard;
  rules: RecognisedIds;
  story: ReturnType<typeof cardToStoryInput>;
  texts: string[];
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
}

function defaultSets(): string[] {
  const root = path.resolve('tests/fixtures');
  return fs
    .readdirSync(root)
    .filter((d) => d.startsWith('ner') && d !== HELD_OUT)
    .map((d) => path.join(root, d))
    .filter((d) => fs.readdirSync(d).some((f) => f.endsWith('.txt')));
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function micro(score: Score): object {
  return Object.fromEntries(
    REPORTED.map((t) => {
      const c = score.byType[t];
      return [t, { gold: c.tp + c.fn, tp: c.tp, fp: c.fp, fn: c.fn, precision: round(precision(c)), recall: round(recall(c)) }];
    }),
  );
}

function row(name: string, score: Score): string {
  return `${name.padEnd(28)} ${REPORTED.map((t) => `${precision(score.byType[t]).toFixed(3)} / ${recall(score.byType[t]).toFixed(3)}`).join('   ')}`;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Per set, the errors a variant adds ("+ unexpected") and removes ("- missed") against the rules. */
function changes(work: readonly CardWork[], rules: (cards: CardWork[]) => Score, variant: (cards: CardWork[]) => Score): string[] {
  return [...new Set(work.map((w) => w.set))].flatMap((set) => {
    const cards = work.filter((w) => w.set === set);
    const [before, after] = [new Set(rules(cards).errors), new Set(variant(cards).errors)];
    return [
      ...[...after].filter((e) => !before.has(e) && !e.includes(': topics')).map((e) => `+ ${set}/${e}`),
      ...[...before].filter((e) => !after.has(e)).map((e) => `- ${set}/${e}`),
    ];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const model = (option(args, '--model') ?? '3class') as ModelName;
  const passes = Number(option(args, '--passes') ?? 1);
  const showErrors = option(args, '--errors') as Variant | undefined;
  if (!(model in MODELS)) throw new Error(`--model: one of ${Object.keys(MODELS).join(', ')}`);
  const out = path.resolve(option(args, '--out') ?? 'bench/results/ner-statistical.json');
  const dirs = args.length ? args.map((d) => path.resolve(d)) : defaultSets();
  const started = Date.now();

  // The texts the model reads are the ones the rules read: the summary and every claim.
  const cards = dirs.flatMap((dir) => loadLabelledCards(dir).map((card) => ({ set: path.basename(dir), card, story: cardToStoryInput(card.text) })));
  const timed = <T>(f: () => T): [T, number] => {
    const cpu0 = process.cpuUsage();
    const result = f();
    const cpu = process.cpuUsage(cpu0);
    return [result, (cpu.user + cpu.system) / 1000];
  };
  // The rules timed on their last pass too, so both sides are measured warm.
  let rulesCpuMs = 0;
  let rules: RecognisedIds[] = [];
  for (let p = 0; p < passes; p++) [rules, rulesCpuMs] = timed(() => cards.map((c) => recognisedIds(c.card.text)));
  const work: CardWork[] = cards.map((c, i) => ({ ...c, rules: rules[i], texts: [c.story.summary, ...c.story.claims.map((x) => x.text)] }));
  const byCard = new Map(work.map((w) => [w.card, w]));

  const textId = (pass: number, card: number, text: number) => `${pass}:${card}#${text}`;
  const texts = new Map(Array.from({ length: passes }, (_, p) => work.flatMap((w, i) => w.texts.map((t, j) => [textId(p, i, j), t] as const))).flat());
  const run = await runModel(texts, model);
  const reference = loadReference();
  const last = passes - 1;
  const readings = new Map<LabelledCard, SpanReading[]>(
    work.map((w, i) => [
      w.card,
      readSpans(
        w.texts.map((text, j) => ({ text, spans: run.spans.get(textId(last, i, j)) ?? [] })),
        w.story.entities ?? [],
        reference,
      ),
    ]),
  );
  const cardCpu = (pass: number) => work.map((w, i) => w.texts.reduce((sum, _, j) => sum + (run.cpuMs.get(textId(pass, i, j)) ?? 0), 0));
  const mean = (xs: readonly number[]) => round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  const lastPass = cardCpu(last).sort((a, b) => a - b);
  const words = work.reduce((n, w) => n + w.texts.join(' ').split(/\s+/).length, 0);
  const cost = {
    cards: work.length,
    passes,
    wordsPerCard: round(words / work.length, 1),
    modelCpuMsPerCardFirstPass: mean(cardCpu(0)),
    modelCpuMsPerCardLastPass: { mean: mean(lastPass), p50: quantile(lastPass, 0.5), p90: quantile(lastPass, 0.9) },
    modelProcessCpuMsPerCard: round((run.summary.processCpuMs - run.load.cpuMs) / (work.length * passes)),
    modelWallMsPerPass: round(run.summary.wallMs / passes, 0),
    modelLoad: run.load,
    heapMbAtEnd: run.summary.heapMb,
    rulesNodeCpuMsPerCardLastPass: round(rulesCpuMs / work.length),
    benchWallMs: Date.now() - started,
  };

  const scoreOf = (cards: readonly CardWork[], variant: Variant) =>
    scoreCards(
      cards.map((w) => w.card),
      (card) => variantIds(variant, byCard.get(card)!.rules, readings.get(card) ?? []),
    );
  const sets = [...new Set(work.map((w) => w.set)), 'pooled'];
  // The rules row is score-ner's own score of the same cards, or the comparison means nothing.
  if (JSON.stringify(scoreOf(work, 'rules').byType) !== JSON.stringify(scoreCards(work.map((w) => w.card)).byType))
    throw new Error('the rules variant differs from score-ner');
  const scores = Object.fromEntries(
    sets.map((set) => {
      const cards = set === 'pooled' ? work : work.filter((w) => w.set === set);
      return [set, Object.fromEntries(VARIANTS.map((v) => [v, scoreOf(cards, v)]))] as const;
    }),
  );

  for (const set of sets) {
    console.log(
      `\n${set}${set === 'pooled' ? '' : ` (${work.filter((w) => w.set === set).length} cards)`}: P / R    AGENCY           PERSON           ORGANIZATION`,
    );
    for (const v of VARIANTS) console.log(row(v, scores[set][v]));
  }
  if (showErrors)
    console.log(
      `\n${showErrors} against the rules:\n  ${changes(
        work,
        (cs) => scoreOf(cs, 'rules'),
        (cs) => scoreOf(cs, showErrors),
      ).join('\n  ')}`,
    );
  console.log(`\n${JSON.stringify(cost, null, 2)}`);
  const report = {
    command: `npm run bench:ner-statistical -- ${process.argv.slice(2).join(' ')}`.trim(),
    model: run.model,
    javaOptions: run.javaOptions,
    variants: {
      rules: 'the card importer alone (score-ner)',
      model: 'PERSON and ORGANIZATION spans alone, mapped to ids as the product would',
      union: 'rules plus every model span',
      filtered: 'rules plus the model spans bench/statistical-ner/span-filters.ts keeps',
    },
    cost,
    sets: Object.fromEntries(sets.map((set) => [set, Object.fromEntries(VARIANTS.map((v) => [v, micro(scores[set][v])]))])),
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
