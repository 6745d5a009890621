import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Config, loadConfig } from '../src/config/env';
import { connectDatabase, Database } from '../src/db/connect';
import { Executor } from '../src/db/executor';
import { applyMigrations } from '../src/db/migrations';
import { collectInputFiles } from '../src/ingest/load';
import { generateCard } from './card-generator';

/** What an ingest benchmark imports into: generated cards and a migrated database. */
export interface FreshIngest {
  files: string[];
  /** Cards for a warm-up (`warmUp` of them, numbered after the measured ones: no story in common). */
  warmUpFiles: string[];
  config: Config;
  db: Database;
  executor: Executor;
  /** The embedded Neo4j's data directory, or undefined on NEO4J_URI. */
  dataDir?: string;
  /** Closes the database and removes the cards and the embedded data. */
  close(): Promise<void>;
}

/**
 * `count` generated cards in a temporary directory and a database with the migrations applied: the
 * one at NEO4J_URI when set, otherwise a fresh embedded Neo4j (on NEO4J_EMBEDDED_PORT or `port`).
 * `warmUp` more cards (numbered from `count` on) go to a folder of their own.
 */
export async function freshIngest(count: number, name: string, port: number, warmUp = 0): Promise<FreshIngest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `storygraph-${name}-`));
  const remove = () => fs.rmSync(work, { recursive: true, force: true });
  try {
    const cards = path.join(work, 'cards');
    fs.mkdirSync(cards);
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(cards, `card-${String(i).padStart(6, '0')}.txt`), generateCard(i));
    const warmUpCards = path.join(work, 'warm-up');
    fs.mkdirSync(warmUpCards);
    for (let i = count; i < count + warmUp; i++) fs.writeFileSync(path.join(warmUpCards, `card-${String(i).padStart(7, '0')}.txt`), generateCard(i));
    const dataDir = process.env.NEO4J_URI ? undefined : path.join(work, 'data');
    const env = dataDir ? { ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: process.env.NEO4J_EMBEDDED_PORT ?? String(port) } : process.env;
    const config = loadConfig(env);
    const db = await connectDatabase(config);
    const close = async () => {
      await db.close();
      remove();
    };
    try {
      const executor = new Executor(db.driver, db.database);
      await applyMigrations(executor);
      const warmUpFiles = warmUp ? collectInputFiles([warmUpCards]) : [];
      return { files: collectInputFiles([cards]), warmUpFiles, config, db, executor, dataDir, close };
    } catch (err) {
      await close();
      throw err;
    }
  } catch (err) {
    remove();
    throw err;
  }
}
