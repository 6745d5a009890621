import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fromRoot } from '../../src/config/paths';

/** Which storygraph was measured: the commit, and whether src/ differed from it. */
export function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: fromRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no', '--', 'src') ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown (not a git work tree)';
  }
}

/** Which machine measured, and how busy it was when the run ended (a quiet run shows only its own load). */
export function machine(): string {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown cpu'}, load average at end ${load}`;
}
