import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { DEFAULT_REFERENCE_DIR, loadReference } from '../../../src/ingest/recognise/reference';
import { fromRoot } from '../../../src/config/paths';

/** A reference folder like seeds/reference with one agency the shipped data does not know. */
function customReferenceDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-reference-'));
  for (const file of fs.readdirSync(DEFAULT_REFERENCE_DIR)) fs.copyFileSync(path.join(DEFAULT_REFERENCE_DIR, file), path.join(dir, file));
  const agencies = JSON.parse(fs.readFileSync(path.join(dir, 'agencies.json'), 'utf8'));
  agencies.agencies.push({ countryCode: 'NZ', name: 'Directorate of Imaginary Affairs', acronym: 'DIMA', aliases: [] });
  fs.writeFileSync(path.join(dir, 'agencies.json'), JSON.stringify(agencies));
  return dir;
}

const sample = fs.readFileSync(fromRoot('seeds', '000_8478c13e5880c610.txt'), 'utf8');
const withAgency = sample.replace('reports that the CIA provided', 'reports that the Directorate of Imaginary Affairs and the CIA provided');
const agencyIds = (reference?: ReturnType<typeof loadReference>) =>
  (cardToStoryInput(withAgency, { reference }).entities ?? []).filter((e) => e.type === 'AGENCY').map((e) => e.name);

describe('reference data is one injected object', () => {
  const dir = customReferenceDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('recognises what the injected folder knows, and the default does not', () => {
    expect(withAgency).not.toBe(sample);
    expect(agencyIds(loadReference(dir))).toContain('Directorate of Imaginary Affairs');
    expect(agencyIds()).not.toContain('Directorate of Imaginary Affairs');
  });

  it('is read once per folder', () => {
    expect(loadReference(dir)).toBe(loadReference(dir));
    expect(loadReference()).toBe(loadReference(DEFAULT_REFERENCE_DIR));
  });

  it('names the file and the entry when a dataset is broken', () => {
    const broken = customReferenceDir();
    fs.writeFileSync(path.join(broken, 'people.json'), JSON.stringify({ people: [{ aliases: [] }] }));
    expect(() => loadReference(broken)).toThrow(/people\.json: "name" must be a non-empty string/);
    fs.writeFileSync(path.join(broken, 'topics.json'), '{ not json');
    fs.rmSync(path.join(broken, 'people.json'));
    expect(() => loadReference(broken)).toThrow(/people\.json: ENOENT/);
    fs.rmSync(broken, { recursive: true, force: true });
  });
});
