import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadLabelledCards, scoreCards, scoreReport, scoreTable } from '../src/ingest/assemble';

/**
 * node dist/scripts/score-ner.js [dir] [--errors]
 * Micro precision/recall per entity type of the card importer on a labelled folder (default the
 * held-out set), written to bench/results/ner-<set>.json. Per-card errors only with --errors: the
 * held-out set is scored, never read while tuning.
 */
function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/ner-heldout');
  const set = path.basename(dir).replace(/^ner-?/, '') || 'ner';
  const score = scoreCards(loadLabelledCards(dir));
  console.log(scoreTable(`${set}: ${score.cards} cards (${path.relative(process.cwd(), dir)})`, score));
  if (showErrors) console.log(`\nErrors:\n  ${score.errors.join('\n  ') || 'none'}`);
  const out = path.resolve('bench/results', `ner-${set}.json`);
  fs.writeFileSync(out, `${JSON.stringify(scoreReport(set, score), null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main();
