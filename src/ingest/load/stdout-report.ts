import fs from 'node:fs';

/** npm's run banner: "\n> storygraph@0.1.0 ingest\n> <command>\n\n", once per nested `npm run`. */
const NPM_BANNERS = /^(?:\n> [^\n]*\n> [^\n]*\n\n)+$/;
const BANNER_MAX_BYTES = 64 * 1024;

/**
 * Writes a document that must be all of stdout (the `--json` report). npm prints its run banner
 * on stdout before the script starts, so `npm run ingest -- --json > report.json` would otherwise
 * not be JSON; when stdout is a regular file holding nothing but that banner, the document
 * replaces it. Pipes cannot be rewritten: `npm run -s` (or `--output`) is the way there.
 */
export function writeWholeStdout(document: string): void {
  if (process.env.npm_lifecycle_event && stdoutHoldsOnlyNpmBanner()) {
    fs.ftruncateSync(1, 0);
    // A positional write: the shared file offset still points past the banner npm wrote.
    fs.writeSync(1, document, 0);
    return;
  }
  process.stdout.write(document);
}

function stdoutHoldsOnlyNpmBanner(): boolean {
  try {
    const stat = fs.fstatSync(1);
    if (!stat.isFile() || stat.size === 0 || stat.size > BANNER_MAX_BYTES) return false;
    // fd 1 is write-only; reopen the same file to read what npm wrote (Linux exposes it under /proc).
    return NPM_BANNERS.test(fs.readFileSync(`/proc/self/fd/1`, 'utf8'));
  } catch {
    return false;
  }
}
