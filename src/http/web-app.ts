import express, { Router } from 'express';
import helmet from 'helmet';
import { fromRoot } from '../config/paths';

/** Where `npm run build` (Vite, web/) writes the analyst's explorer. */
export const WEB_APP_DIR = fromRoot('dist', 'web');

/**
 * The explorer at `/`: its own bundled scripts and styles only, so a page can never load
 * anything from another host. The global API policy (default-src 'none') would block it, so this
 * router replaces that header on its own responses. Inline styles stay allowed because the graph
 * and editor libraries position elements with style attributes; scripts stay same-origin.
 * Nothing built (a bare `tsc`) means every path falls through to the JSON 404.
 */
export function webApp(dir: string = WEB_APP_DIR): Router {
  const router = express.Router();
  const csp = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  });
  // Hashed asset names never change content; index.html must be revalidated to pick up a new build.
  router.use('/assets', csp, express.static(`${dir}/assets`, { immutable: true, maxAge: '1y', fallthrough: false }));
  router.get('/', csp, (_req, res, next) => res.sendFile('index.html', { root: dir, headers: { 'cache-control': 'no-cache' } }, (err) => err && next()));
  return router;
}
