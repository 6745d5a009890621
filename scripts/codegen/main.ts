import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromRoot } from '../../src/config/paths';
import { generateClientFiles, staleFiles } from './client-codegen';
import { GENERATED_DIR, OPERATIONS_DIR, shippedOperations } from './operations';

/**
 * `npm run codegen` writes docs/operations/generated/ (operation types and Apollo Client's
 * possibleTypes) from schema/schema.graphql and docs/operations/*.graphql. `-- --check` writes
 * nothing and fails when an operation does not validate or the generated files are stale (CI).
 * `--operations DIR` and `--out DIR` point elsewhere (tests).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, operations: { type: 'string' }, out: { type: 'string' } } });
  const files = await generateClientFiles(shippedOperations(values.operations ?? OPERATIONS_DIR), values.out ?? GENERATED_DIR);
  const stale = staleFiles(files);
  if (values.check) {
    if (stale.length) throw new Error(`stale generated files (run npm run codegen): ${stale.join(', ')}`);
    process.stdout.write('generated client files are up to date\n');
    return;
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  process.stdout.write(
    `${stale.length ? 'wrote' : 'unchanged:'} ${Object.keys(files)
      .map((f) => path.relative(fromRoot(), f))
      .join(', ')}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`codegen: ${err.message ?? err}\n`);
  process.exit(1);
});
