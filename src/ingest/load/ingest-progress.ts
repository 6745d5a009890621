import { Presets, SingleBar } from 'cli-progress';
import { FileOutcome } from './bulk-ingest';

/** What the bar shows and the caller feeds: files done, stories and claims landed, failures. */
export interface IngestProgress {
  update(done: number, outcome: FileOutcome): void;
  /** Prints a line above the bar (an error), keeping the bar below it. */
  log(line: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr with rate and ETA (cli-progress), only on a terminal: piped output and
 * --json reports stay clean. Undefined when stderr is not a terminal.
 */
export function ingestProgress(total: number, label = 'ingest'): IngestProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} files | {cardRate} cards/s | {claimRate} claims/s | ETA {eta_formatted} | {failed} failed`,
      etaBuffer: 2000,
      fps: 5,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  const began = Date.now();
  let [cards, claims, failed] = [0, 0, 0];
  const rate = (n: number) => (n / Math.max((Date.now() - began) / 1000, 0.001)).toFixed(0);
  bar.start(total, 0, { cardRate: '0', claimRate: '0', failed });
  return {
    update(done, outcome) {
      cards += outcome.stories.length;
      claims += outcome.stories.reduce((n, s) => n + s.claims, 0);
      if (!outcome.ok) failed += 1;
      bar.update(done, { cardRate: rate(cards), claimRate: rate(claims), failed });
    },
    log(line) {
      // cli-progress redraws on its own line; clearing it first keeps the error readable above the bar.
      process.stderr.write(`\r\x1b[K${line}\n`);
      bar.render();
    },
    stop: () => bar.stop(),
  };
}
