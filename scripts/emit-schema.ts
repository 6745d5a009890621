import 'reflect-metadata';
import { buildAppSchema, SCHEMA_FILE } from '../src/graphql/schema';

/** Writes schema/schema.graphql from the code; a unit test fails when the committed file is stale. */
buildAppSchema({ emitTo: SCHEMA_FILE })
  .then(() => process.stdout.write(`wrote ${SCHEMA_FILE}\n`))
  .catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
  });
