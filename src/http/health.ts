import express from 'express';
import { Driver } from 'neo4j-driver';
import { Executor } from '../db/executor';
import { pendingMigrations } from '../db/migrations';

async function readiness(driver: Driver, database: string) {
  try {
    const pending = await pendingMigrations(new Executor(driver, database));
    return { ready: pending.length === 0, neo4j: 'up', pendingMigrations: pending };
  } catch (err) {
    return { ready: false, neo4j: 'down', error: (err as Error).message };
  }
}

/** `/healthz` (the process is alive) and `/readyz` (Neo4j answers and every migration is applied). */
export function healthRoutes(driver: Driver, database: string): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/readyz', async (_req, res) => {
    const status = await readiness(driver, database);
    res.status(status.ready ? 200 : 503).json({ status: status.ready ? 'ready' : 'not ready', ...status });
  });
  return router;
}
