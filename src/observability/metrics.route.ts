import express from 'express';
import { Registry } from 'prom-client';

/** GET /metrics in Prometheus' text format. Not for the public network (README "Operations"). */
export function metricsRoute(registry: Registry): express.Router {
  const router = express.Router();
  router.get('/metrics', async (_req, res) => {
    res.set('Content-Type', registry.contentType);
    res.set('Cache-Control', 'no-store');
    res.end(await registry.metrics());
  });
  return router;
}
