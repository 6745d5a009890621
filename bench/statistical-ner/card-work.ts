import path from 'node:path';
import { cardToStoryInput } from '../../src/ingest/assemble/card-to-story';
import { LabelledCard, loadLabelledCards, recognisedIds, RecognisedIds } from '../../src/ingest/assemble';

/** One labelled card as the bench compares it: the rules' reading, the story it became, and the texts the model reads. */
export interface CardWork {
  set: string;
  card: LabelledCard;
  rules: RecognisedIds;
  story: ReturnType<typeof cardToStoryInput>;
  /** What the rules read too: the summary and every claim (not the headline, topics or source lines). */
  texts: string[];
}

export function cpuMsOf<T>(f: () => T): [T, number] {
  const before = process.cpuUsage();
  const result = f();
  const cpu = process.cpuUsage(before);
  return [result, (cpu.user + cpu.system) / 1000];
}

/** The cards of these folders, with the rules' CPU over them measured on the last of `passes` passes (warm, like the model's). */
export function loadCardWork(dirs: readonly string[], passes: number): { work: CardWork[]; rulesCpuMs: number } {
  const cards = dirs.flatMap((dir) => loadLabelledCards(dir).map((card) => ({ set: path.basename(dir), card, story: cardToStoryInput(card.text) })));
  let rulesCpuMs = 0;
  let rules: RecognisedIds[] = [];
  for (let p = 0; p < passes; p++) [rules, rulesCpuMs] = cpuMsOf(() => cards.map((c) => recognisedIds(c.card.text)));
  const work = cards.map((c, i) => ({ ...c, rules: rules[i], texts: [c.story.summary, ...c.story.claims.map((x) => x.text)] }));
  return { work, rulesCpuMs };
}
