import { parseArgs, ParseArgsConfig } from 'node:util';
import { parseTlp, Tlp } from '../../modules/shared/tlp';

/** The importer's options: one table feeds the parser, the help text and the typo suggestions. */
export const INGEST_OPTIONS = {
  'dry-run': { type: 'boolean', help: 'validate and print what would be written; write nothing' },
  json: { type: 'boolean', help: 'print a machine-readable report on stdout (progress and errors stay on stderr)' },
  output: { type: 'string', short: 'o', help: 'write the JSON report to this file instead of stdout (implies --json)' },
  workers: { type: 'string', help: 'parse worker threads (default: one per core; 0 = parse on the main thread)' },
  'batch-size': { type: 'string', help: 'stories per write transaction (default 1000)' },
  marking: { type: 'string', help: 'TLP marking of stories that name none (CLEAR, GREEN, AMBER, AMBER+STRICT, RED; default CLEAR)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', help: 'print the version' },
} as const;

export interface IngestArgs {
  dryRun: boolean;
  json: boolean;
  output?: string;
  workers?: number;
  batchSize?: number;
  /** Default marking for stories (cards, JSON inputs) that carry none. */
  marking?: Tlp;
  help: boolean;
  version: boolean;
  paths: string[];
}

/** A bad command line: the message names the option and, for a typo, the nearest one. */
export class UsageError extends Error {}

export function usage(): string {
  const lines = Object.entries(INGEST_OPTIONS).map(([name, o]) => {
    const flag = `${'short' in o ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ' <value>' : ''}`;
    return `  ${flag.padEnd(26)}${o.help}`;
  });
  return [
    'usage: npm run -s ingest -- [options] <files or folders>...',
    '  Imports story cards (.txt) and ingestStory JSON (.json; one input or an array), folders recursively.',
    '  Cards are parsed in worker threads and written many stories per transaction; a bad file fails alone.',
    '',
    ...lines,
  ].join('\n');
}

/** Levenshtein distance: a typo is at most a couple of edits away from the option meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The known option nearest to `given` ("--jsno" -> "--json"), when it is close enough to be a typo. */
export function nearestOption(given: string): string | undefined {
  const bare = given.replace(/^-+/, '').split('=')[0];
  const ranked = Object.keys(INGEST_OPTIONS)
    .map((name) => ({ name, distance: editDistance(bare, name) }))
    .sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? `--${best.name}` : undefined;
}

function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min} (got "${value}")`);
  return n;
}

function markingArg(value: string | undefined): Tlp | undefined {
  if (value === undefined) return undefined;
  const found = parseTlp(value);
  if (!found) throw new UsageError(`--marking must be one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED (got "${value}")`);
  return found;
}

export function parseIngestArgs(argv: string[]): IngestArgs {
  const options = Object.fromEntries(
    Object.entries(INGEST_OPTIONS).map(([name, o]) => [name, { type: o.type, ...('short' in o ? { short: o.short } : {}) }]),
  ) as ParseArgsConfig['options'];
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const unknown = /Unknown option '([^']+)'/.exec((err as Error).message)?.[1];
    if (!unknown) throw new UsageError((err as Error).message);
    const nearest = nearestOption(unknown);
    throw new UsageError(`unknown option '${unknown}'${nearest ? `; did you mean '${nearest}'?` : ''}`);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const output = v.output as string | undefined;
  return {
    dryRun: Boolean(v['dry-run']),
    json: Boolean(v.json) || output !== undefined,
    output,
    workers: count('workers', v.workers as string | undefined, 0),
    batchSize: count('batch-size', v['batch-size'] as string | undefined, 1),
    marking: markingArg(v.marking as string | undefined),
    help: Boolean(v.help),
    version: Boolean(v.version),
    paths: parsed.positionals,
  };
}
