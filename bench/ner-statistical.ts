import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { LabelledCard } from '../src/ingest/assemble';
import { loadReference } from '../src/ingest/recognise';
import { loadCardWork } from './statistical-ner/card-work';
import { modelCost, textId } from './statistical-ner/model-cost';
import { MODELS, ModelName, runModel } from './statistical-ner/model-runner';
import { readSpans, SpanReading } from './statistical-ner/span-ids';
import { VariantScores } from './statistical-ner/variant-scores';
import { Variant } from './statistical-ner/variants';

/**
 * npm run bench:ner-statistical -- [set dirs...] [--model 3class|4class|7class] [--passes N] [--out file] [--errors variant]
 * Writes bench/results/ner-statistical.json (default sets) or ner-statistical-<set>.json (named sets) unless --out.
 * Scores Stanford CoreNLP's CRF NER (tools/statistical-ner) beside the rules on labelled cards: the rules alone (what
 * score-ner reports), the model alone, their union, and the rules plus the model's filtered spans, with score-ner's own
 * matching; and the model's JVM CPU per card. Default sets: every tests/fixtures/ner* set but ner-heldout-19 (the latest held-out set), which is
 * scored only when named. --passes N: the model reads every text N times and the CPU figures come from the last pass
 * (the JIT warmed up); --errors shows what a variant changes against the rules, per card (development sets only).
 */
const HELD_OUT = 'ner-heldout-19';

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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const command = `npm run bench:ner-statistical -- ${args.join(' ')}`.trim();
  const model = (option(args, '--model') ?? '3class') as ModelName;
  if (!(model in MODELS)) throw new Error(`--model: one of ${Object.keys(MODELS).join(', ')}`);
  const passes = Number(option(args, '--passes') ?? 1);
  const showErrors = option(args, '--errors') as Variant | undefined;
  const outOption = option(args, '--out');
  const dirs = args.length ? args.map((d) => path.resolve(d)) : defaultSets();
  // Named sets get their own file ("ner-statistical-heldout-12.json"), so scoring one never replaces the development run's.
  const named = args.length ? `-${dirs.map((d) => path.basename(d).replace(/^ner-?/, '') || 'ner').join('+')}` : '';
  const out = path.resolve(outOption ?? `bench/results/ner-statistical${named}.json`);

  const { work, rulesCpuMs } = loadCardWork(dirs, passes);
  const texts = new Map(Array.from({ length: passes }, (_, p) => work.flatMap((w, i) => w.texts.map((t, j) => [textId(p, i, j), t] as const))).flat());
  const run = await runModel(texts, model);
  const reference = loadReference();
  const readings = new Map<LabelledCard, SpanReading[]>(
    work.map((w, i) => {
      const read = w.texts.map((text, j) => ({ text, spans: run.spans.get(textId(passes - 1, i, j)) ?? [] }));
      return [w.card, readSpans(read, w.story.entities ?? [], reference)];
    }),
  );
  const scores = new VariantScores(work, readings);
  const cost = modelCost(work, run, passes, rulesCpuMs);

  console.log(`\n${scores.table()}`);
  if (showErrors) console.log(`\n${showErrors} against the rules:\n  ${scores.changes(showErrors).join('\n  ')}`);
  console.log(`\n${JSON.stringify(cost, null, 2)}`);
  const report = {
    command,
    model: run.model,
    javaOptions: run.javaOptions,
    variants: {
      rules: 'the card importer alone (score-ner)',
      model: 'PERSON and ORGANIZATION spans alone, mapped to ids as the product would',
      union: 'rules plus every model span',
      filtered: 'rules plus the model spans bench/statistical-ner/span-filters.ts keeps',
    },
    cost,
    sets: scores.report(),
  };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
