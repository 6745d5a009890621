import fs from 'node:fs';
import path from 'node:path';
import { processAlive } from './embedded';
import { fromRoot } from '../config/paths';

/** What `npm run db:start` leaves behind so db:stop, db:status and `npm start` can find it. */
export interface EmbeddedState {
  pid: number;
  port: number;
  dataDir: string;
  uri: string;
  startedAt: string;
}

export const STATE_DIR = fromRoot('.neo4j');
export const STATE_FILE = path.join(STATE_DIR, 'embedded.json');
export const LOG_FILE = path.join(STATE_DIR, 'embedded.log');

export function readState(): EmbeddedState | undefined {
  if (!fs.existsSync(STATE_FILE)) return undefined;
  const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as EmbeddedState;
  if (processAlive(state.pid)) return state;
  fs.rmSync(STATE_FILE, { force: true });
  return undefined;
}

export function writeState(state: EmbeddedState): void {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(): void {
  fs.rmSync(STATE_FILE, { force: true });
}
