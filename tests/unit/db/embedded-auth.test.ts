import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_USER, embeddedCredentials, passwordFile } from '../../../src/db/embedded-auth';

describe('the embedded Neo4j password file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-auth-'));
  const dataDir = path.join(dir, 'data');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is generated on first use inside the data directory, readable by its owner only', () => {
    const credentials = embeddedCredentials(dataDir);
    expect(credentials.user).toBe(EMBEDDED_USER);
    expect(credentials.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(passwordFile(dataDir)).toBe(path.join(dataDir, 'neo4j-password'));
    expect(fs.statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).toEqual(['neo4j-password']);
  });

  it('is reused afterwards, and a copy with looser permissions is tightened', () => {
    const first = embeddedCredentials(dataDir).password;
    fs.chmodSync(passwordFile(dataDir), 0o644);
    expect(embeddedCredentials(dataDir).password).toBe(first);
    expect(fs.statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
  });

  it('differs between data directories', () => {
    expect(embeddedCredentials(path.join(dir, 'other')).password).not.toBe(embeddedCredentials(dataDir).password);
  });

  it('refuses a truncated password instead of starting Neo4j with it', () => {
    const broken = path.join(dir, 'broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(passwordFile(broken), 'short\n', { mode: 0o600 });
    expect(() => embeddedCredentials(broken)).toThrow(/shorter than 8 characters/);
  });
});
