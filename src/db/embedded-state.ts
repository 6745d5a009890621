import fs from 'node:fs';
import { processAlive } from './embedded';

/**
 * What a running embedded Neo4j leaves beside its data directory (`<dataDir>.embedded.json`), so
 * db:stop, db:status, `npm start` and `npm run ingest` find the instance that owns that data.
 */
export interface EmbeddedState {
  pid: number;
  port: number;
  dataDir: string;
  uri: string;
  startedAt: string;
}

export const stateFile = (dataDir: string) => `${dataDir}.embedded.json`;
export const logFile = (dataDir: string) => `${dataDir}.log`;

export function readState(dataDir: string): EmbeddedState | undefined {
  const file = stateFile(dataDir);
  if (!fs.existsSync(file)) return undefined;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedState;
  if (processAlive(state.pid)) return state;
  fs.rmSync(file, { force: true });
  return undefined;
}

export function writeState(state: EmbeddedState): void {
  fs.writeFileSync(stateFile(state.dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(dataDir: string): void {
  fs.rmSync(stateFile(dataDir), { force: true });
}
