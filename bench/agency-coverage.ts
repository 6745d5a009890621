import fs from 'node:fs';
import path from 'node:path';
import { readReferenceRecords } from '../src/ingest/recognise/reference-data';
import { coverageReport } from './agency-coverage/coverage-table';
import { SERVICE_KINDS } from './agency-coverage/service-kinds';

/**
 * node dist/bench/agency-coverage.js [reference dir] [--gaps]
 * Which kinds of service (police, gendarmerie, security and foreign intelligence, military and
 * financial intelligence, anti-corruption, border and coast guards, customs, prisons, presidential
 * guards, cyber) seeds/reference/agencies.json holds for each UN member state and Hong Kong, Macau,
 * Taiwan, Kosovo and Palestine; a summary per kind, each territory's gaps with --gaps, written to
 * bench/results/agency-coverage.json.
 */
function main(): void {
  const args = process.argv.slice(2);
  const given = args.find((a) => !a.startsWith('--'));
  const dir = path.resolve(given ?? 'seeds/reference');
  const report = coverageReport(readReferenceRecords(dir).agencies);
  console.log(`${report.entries} entries (${report.currentEntries} current), ${report.territories} territories`);
  console.log('kind                        territories with one');
  for (const kind of SERVICE_KINDS) console.log(`${kind.padEnd(28)}${String(report.covered[kind]).padStart(4)} / ${report.territories}`);
  if (args.includes('--gaps')) for (const t of report.byTerritory) console.log(`${t.countryCode} ${t.name}: ${t.missing.join(', ') || 'none'}`);
  const out = path.resolve('bench/results/agency-coverage.json');
  fs.writeFileSync(out, `${JSON.stringify({ command: `npm run bench:agency-coverage${given ? ` -- ${given}` : ''}`, ...report }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main();
