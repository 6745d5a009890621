import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/env';
import { connectDatabase, Database } from '../../src/db/connect';
import { freePort } from '../../src/db/embedded';

export interface BenchDatabase extends Database {
  /** "embedded 5.26 (data dir …)" or the NEO4J_URI in use. */
  description: string;
  dataDir?: string;
}

/**
 * NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) when set; otherwise an embedded Neo4j on a free port
 * over `dataDir` (kept, so a generated graph is reused) or a temporary directory (removed at close).
 * The embedded instance gets a page cache and heap big enough for 100k stories unless
 * NEO4J_EMBEDDED_PAGE_CACHE / NEO4J_EMBEDDED_JAVA_OPTS say otherwise.
 */
export async function openBenchDatabase(dataDir?: string): Promise<BenchDatabase> {
  if (process.env.NEO4J_URI) {
    const db = await connectDatabase(loadConfig(process.env));
    return { ...db, description: db.uri };
  }
  const temporary = !dataDir;
  const dir = path.resolve(dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-bench-graph-')));
  const env = {
    ...process.env,
    NEO4J_DATA_DIR: dir,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_EMBEDDED_PAGE_CACHE: process.env.NEO4J_EMBEDDED_PAGE_CACHE ?? '1g',
    NEO4J_EMBEDDED_JAVA_OPTS: process.env.NEO4J_EMBEDDED_JAVA_OPTS ?? '-Xms1g -Xmx2g',
  };
  const db = await connectDatabase(loadConfig(env));
  return {
    ...db,
    dataDir: dir,
    description: `embedded Neo4j 5.26 on this machine (page cache ${env.NEO4J_EMBEDDED_PAGE_CACHE}, ${env.NEO4J_EMBEDDED_JAVA_OPTS}, data ${temporary ? 'temporary' : dir})`,
    close: async () => {
      await db.close();
      if (temporary) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
