import { RequestHandler } from 'express';
import helmet from 'helmet';
import cors from 'cors';

/**
 * Helmet's headers everywhere. API responses are JSON and need nothing from a browser, so their
 * CSP allows nothing; the development landing page (GET /graphql, Apollo Sandbox from a CDN
 * with inline scripts) gets every header but CSP.
 */
export function securityHeaders(landingPage: boolean): RequestHandler {
  const api = helmet({ contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } });
  const landing = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => (landingPage && req.method === 'GET' && req.path === '/graphql' ? landing : api)(req, res, next);
}

/** Only the configured origins get CORS headers; none configured means browsers on other origins are refused. */
export function corsFor(origins: readonly string[]): RequestHandler {
  return cors<cors.CorsRequest>({ origin: origins.length > 0 ? [...origins] : false });
}
