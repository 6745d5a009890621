import { execFileSync } from 'node:child_process';
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
