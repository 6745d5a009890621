import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fromRoot } from '../../../src/config/paths';

/** The official STIX 2.1 JSON schemas vendored in tests/fixtures/stix2.1-schemas (draft 2020-12, as they declare). */
const SCHEMAS = fromRoot('tests', 'fixtures', 'stix2.1-schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

let ajv: Ajv2020 | undefined;

function schemas(): Ajv2020 {
  if (ajv) return ajv;
  // The official schemas use annotations ajv's strict mode rejects, and patterns such as "\-" that are
  // valid ECMAScript but not valid with the unicode flag ajv adds by default.
  ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  for (const dir of ['common', 'sdos', 'sros']) {
    for (const file of fs.readdirSync(path.join(SCHEMAS, dir))) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMAS, dir, file), 'utf8')));
  }
  return ajv;
}

const SCHEMA_OF: Record<string, string> = {
  report: 'sdos/report.json',
  note: 'sdos/note.json',
  opinion: 'sdos/opinion.json',
  identity: 'sdos/identity.json',
  location: 'sdos/location.json',
  relationship: 'sros/relationship.json',
  'marking-definition': 'common/marking-definition.json',
};

/** Problems of each object against its official schema ("note--…: /content must be string"); empty when all are valid. */
export function stixProblems(objects: { type: string; id: string }[]): string[] {
  return objects.flatMap((o) => {
    const schema = SCHEMA_OF[o.type];
    if (!schema) return [`${o.id}: no vendored schema for type ${o.type}`];
    const validate = schemas().getSchema(`${BASE}/${schema}`) as ValidateFunction;
    const valid = validate(o as unknown);
    return valid ? [] : (validate.errors ?? []).map((e) => `${o.id}: ${e.instancePath || '/'} ${e.message}`);
  });
}

/** Problems of a bundle against the bundle schema's own rules (type, id, objects), checked without its every-type references. */
export function bundleProblems(bundle: { type: string; id: string; objects: unknown[] }): string[] {
  const problems: string[] = [];
  if (bundle.type !== 'bundle') problems.push('type must be "bundle"');
  if (!/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(bundle.id)) problems.push(`id ${bundle.id} is not a bundle id`);
  if (!Array.isArray(bundle.objects) || !bundle.objects.length) problems.push('objects must be a non-empty list');
  return problems;
}
