import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The embedded Neo4j's only user; the launcher gives it the password kept in the data directory. */
export const EMBEDDED_USER = 'neo4j';

export interface Credentials {
  user: string;
  password: string;
}

/**
 * Inside the data directory, so the password travels with the store it protects (a copied or
 * restored directory keeps working) and test runs that delete their directory leave nothing behind.
 */
export const passwordFile = (dataDir: string) => path.join(dataDir, 'neo4j-password');

/** The credentials of the embedded Neo4j on `dataDir`, generating a random password (mode 0600) on first use. */
export function embeddedCredentials(dataDir: string): Credentials {
  const file = passwordFile(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    // Written aside, then linked into place: two processes starting at once never see a half-written
    // file, and the loser of the race reads the winner's password.
    const draft = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(draft, `${crypto.randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  // A file copied with looser permissions is tightened rather than refused: it is ours either way.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  if (password.length < 8) throw new Error(`neo4j: the password in ${file} is shorter than 8 characters; delete the file to generate a new one`);
  return { user: EMBEDDED_USER, password };
}
