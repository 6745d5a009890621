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

/** The recorded pid is ours only if that process is still our launcher on this data directory (pids get reused). */
function isOurLauncher(state: EmbeddedState): boolean {
  if (!processAlive(state.pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${state.pid}/cmdline`, 'utf8');
    return cmdline.includes('neo4j-launcher.jar') && cmdline.includes(state.dataDir);
  } catch {
    return process.platform !== 'linux'; // no /proc to ask: trust the live pid
  }
}

export function readState(dataDir: string): EmbeddedState | undefined {
  const file = stateFile(dataDir);
  if (!fs.existsSync(file)) return undefined;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedState;
  if (isOurLauncher(state)) return state;
  fs.rmSync(file, { force: true });
  return undefined;
}

export function writeState(state: EmbeddedState): void {
  fs.writeFileSync(stateFile(state.dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(dataDir: string): void {
  fs.rmSync(stateFile(dataDir), { force: true });
}
