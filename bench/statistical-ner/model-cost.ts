import type { CardWork } from './card-work';
import type { ModelRun } from './model-runner';

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const mean = (xs: readonly number[]) => round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
const quantile = (sorted: readonly number[], q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

/** The id of text `text` of card `card` on pass `pass`: every pass reads every text again. */
export const textId = (pass: number, card: number, text: number) => `${pass}:${card}#${text}`;

/**
 * What the model cost, from the JVM's own clocks: CPU of the classifying thread per card on the first pass (JIT cold) and
 * the last (warm), the whole process's CPU (GC and JIT threads too) per card read, load time and heap; beside it the
 * rules' Node CPU per card on the same cards.
 */
export function modelCost(work: readonly CardWork[], run: ModelRun, passes: number, rulesCpuMs: number): object {
  const cardCpu = (pass: number) => work.map((w, i) => w.texts.reduce((sum, _, j) => sum + (run.cpuMs.get(textId(pass, i, j)) ?? 0), 0));
  const lastPass = cardCpu(passes - 1).sort((a, b) => a - b);
  const words = work.reduce((n, w) => n + w.texts.join(' ').split(/\s+/).length, 0);
  return {
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
  };
}
