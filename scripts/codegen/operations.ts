import fs from 'node:fs';
import path from 'node:path';
import { DocumentNode, Kind, parse } from 'graphql';
import { fromRoot } from '../../src/config/paths';

/** The operations the README shows, one named operation per file: what clients copy. */
export const OPERATIONS_DIR = fromRoot('docs', 'operations');
export const GENERATED_DIR = path.join(OPERATIONS_DIR, 'generated');

export interface ShippedOperation {
  file: string;
  document: DocumentNode;
}

/** Every *.graphql of the folder, parsed; each must hold exactly one named operation. */
export function shippedOperations(dir = OPERATIONS_DIR): ShippedOperation[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const document = parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1 || !operations[0].name) throw new Error(`${f}: must hold exactly one named operation`);
      return { file: f, document };
    });
}
