import express from 'express';
import { Driver } from 'neo4j-driver';
import { DatabaseState, stateOf } from '../db/availability';
import { Executor } from '../db/executor';
import { pendingMigrations } from '../db/migrations';

/** /readyz answers within this even when an external Neo4j hangs: a probe that waits is a probe that lies. */
const READINESS_TIMEOUT_MS = 1000;

async function readiness(driver: Driver, database: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
  });
  try {
    const pending = await Promise.race([pendingMigrations(new Executor(driver, database)), timeout]);
    return { ready: pending.length === 0, neo4j: 'up', pendingMigrations: pending };
  } catch (err) {
    return { ready: false, neo4j: 'down', error: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `/healthz`: the process is alive (always 200, so an orchestrator does not restart the service
 * while the supervisor heals Neo4j) and what it knows about Neo4j. `/readyz`: 200 only when Neo4j
 * answers and every migration is applied; 503 at once while the supervised Neo4j is down.
 * `state` defaults to the supervisor's, registered on the driver by connectDatabase.
 */
export function healthRoutes(driver: Driver, database: string, state: (() => DatabaseState | string) | undefined = stateOf(driver)): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()), ...(state ? { neo4j: state() } : {}) });
  });
  router.get('/readyz', async (_req, res) => {
    const known = state?.();
    const status = known && known !== 'up' ? { ready: false, neo4j: known } : await readiness(driver, database);
    res.status(status.ready ? 200 : 503).json({ status: status.ready ? 'ready' : 'not ready', ...status });
  });
  return router;
}
