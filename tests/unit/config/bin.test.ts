import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../src/config/paths';

/** npm links each `bin` entry as an executable: its source must start with a Node shebang to run on its own. */
describe('bin entries', () => {
  const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { bin: Record<string, string> };

  it.each(Object.entries(pkg.bin))('%s points at a built script whose source starts with #!/usr/bin/env node', (_name, target) => {
    const source = fromRoot(target.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
    expect(fs.existsSync(source)).toBe(true);
    expect(fs.readFileSync(source, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(path.extname(target)).toBe('.js');
  });
});
