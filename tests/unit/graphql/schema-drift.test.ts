import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAppSchema, SCHEMA_FILE } from '../../../src/graphql/schema';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing types)', async () => {
    const emitted = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.graphql');
    await buildAppSchema({ emitTo: emitted });
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(fs.readFileSync(emitted, 'utf8'));
  });
});
