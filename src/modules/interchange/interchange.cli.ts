import { parseArgs, ParseArgsConfig } from 'node:util';
import { ConfigError } from '../../config/env';
import { FieldProblem } from '../../errors/app-error';
import { literalPattern } from '../shared/literal-pattern';
import { Tlp, TLP_LEVELS, tlpRank } from '../shared/tlp';
import { ExportScope } from './interchange.graph';

/** A command line the export or import CLI cannot run: exit 64 with the reason and the usage. */
export class CliUsageError extends Error {}

export const EXPORT_FORMATS = ['stix', 'jsonl', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportArgs {
  help: boolean;
  format: ExportFormat;
  scope: ExportScope;
  out: string;
  clearance: number;
}

export const EXPORT_USAGE = `Usage: npm run export -- --format stix|jsonl|csv|graphml [--story ID …] [--country CODE …] --out PATH

Writes whole stories with their provenance (claims, sources and what they derive from, publishers,
entities, topics, grades, claim links). Without --story or --country: every story.

  --format <f>       stix (one bundle, JSON), graphml (one file), jsonl or csv (a directory: one file
                     per node label and per relationship type)
  --story <id>       a story by id; repeatable
  --country <code>   stories with a claim about every given country (ISO code, as the claims filter); repeatable
  --out <path>       the file (stix, graphml) or directory (jsonl, csv) to write
  --clearance <tlp>  leave out what is marked above: CLEAR, GREEN, AMBER, AMBER_STRICT or RED (default RED)
  -h, --help         this text`;

export const IMPORT_USAGE = `Usage: npm run import -- bundle.json [more.json …]

Imports STIX 2.1 bundles, each in one transaction: report objects become stories through the ingest
path (same ids and merge rules), with their notes (claims), identities and locations (entities),
source reports, relationships and opinions (grades). Importing a bundle twice changes nothing.
A bad object fails its bundle only, reported as file:line: reason. Exit code 1 when a bundle failed.

  -h, --help   this text`;

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliUsageError((err as Error).message);
  }
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const { values, positionals } = parse(argv, {
    format: { type: 'string' },
    story: { type: 'string', multiple: true },
    country: { type: 'string', multiple: true },
    out: { type: 'string' },
    clearance: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const v = values as { format?: string; story?: string[]; country?: string[]; out?: string; clearance?: string; help?: boolean };
  if (v.help) return { help: true, format: 'stix', scope: {}, out: '', clearance: 0 };
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  if (!EXPORT_FORMATS.includes(v.format as ExportFormat))
    throw new CliUsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${v.format ?? ''}")`);
  if (!v.out) throw new CliUsageError('--out is required');
  const countries = (v.country ?? []).map((c) => c.toUpperCase());
  const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
  if (bad) throw new CliUsageError(`--country takes ISO 3166-1 alpha-2 codes such as MX (got "${bad}")`);
  const clearance = (v.clearance ?? 'RED').toUpperCase().replace('+', '_') as Tlp;
  if (!TLP_LEVELS.includes(clearance)) throw new CliUsageError(`--clearance must be one of ${TLP_LEVELS.join(', ')} (got "${v.clearance}")`);
  return {
    help: false,
    format: v.format as ExportFormat,
    out: v.out,
    clearance: tlpRank(clearance),
    scope: { storyIds: v.story?.length ? v.story : undefined, filter: countries.length ? { aboutCountries: countries } : undefined },
  };
}

export function parseImportArgs(argv: string[]): { help: boolean; files: string[] } {
  const { values, positionals } = parse(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) return { help: true, files: [] };
  if (!positionals.length) throw new CliUsageError('no bundle files given');
  return { help: false, files: positionals };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line of a bundle file where object `id` is declared (its "id" member), or 1. */
export function lineOfObject(text: string, id: string): number {
  const at = new RegExp(`"id"\\s*:\\s*${literalPattern(JSON.stringify(id))}`).exec(text)?.index;
  return at === undefined ? 1 : lineAt(text, at);
}

/** True when `prefix` is valid JSON or only ends too early: the syntax error lies further on. */
function parsesSoFar(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (err) {
    const message = (err as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    return /end of JSON|Unterminated/.test(message) || (position !== undefined && Number(position) >= prefix.trimEnd().length);
  }
}

/**
 * The line of a JSON syntax error: from "line N" or "position N" when the message has one (Node 22
 * does, Node 20 not always), else found by bisecting for the longest prefix that parses so far.
 */
export function lineOfSyntaxError(text: string, err: Error): number {
  const line = /line (\d+)/.exec(err.message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(err.message)?.[1];
  if (position) return lineAt(text, Number(position));
  let [lo, hi] = [0, text.length];
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (parsesSoFar(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lineAt(text, lo);
}

/**
 * An import error as compiler-style lines, "bundle.json:42: note--…: claims[0].text: must not be empty":
 * each problem at the line of the object it names (objects[i] → that object's "id" line).
 */
export function importErrorLines(file: string, text: string, objects: { id?: unknown }[], problems: FieldProblem[]): string[] {
  return problems.map((p) => {
    const index = /^objects\[(\d+)\]/.exec(p.field)?.[1];
    const id = index === undefined ? undefined : objects[Number(index)]?.id;
    return `${file}:${typeof id === 'string' ? lineOfObject(text, id) : 1}: ${p.reason}`;
  });
}

/** Runs a CLI's main and exits with its code: 64 and the usage for a bad command line, 1 for any failure. */
export function runCli(name: string, usage: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
      if (err instanceof CliUsageError) {
        console.error(`${name}: ${err.message}\n\n${usage}`);
        process.exit(64);
      }
      if (err instanceof ConfigError) console.error(`storygraph: configuration error: ${err.message}`);
      else console.error(`${name} failed: ${(err as Error).stack ?? String(err)}`);
      process.exit(1);
    });
}
