import { IncomingMessage, ServerResponse } from 'node:http';
import { RequestHandler } from 'express';
import helmet from 'helmet';
import cors from 'cors';

/** Sets a fixed set of headers on a response. */
export type HeaderReplay = (res: ServerResponse) => void;

/** API responses are JSON and need nothing from a browser, so their CSP allows nothing. */
const apiHelmet = () => helmet({ contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } });

/** Helmet's headers of an API response (what `securityHeaders` sets on POST /graphql), for a handler outside Express. */
export const apiSecurityHeaders = (): HeaderReplay => recorded(apiHelmet());

/**
 * Helmet's headers everywhere. The development landing page (GET /graphql, Apollo Sandbox from a
 * CDN with inline scripts) gets every header but CSP.
 */
export function securityHeaders(landingPage: boolean): RequestHandler {
  const api = apiSecurityHeaders();
  const landing = recorded(helmet({ contentSecurityPolicy: false }));
  return (req, res, next) => {
    (landingPage && req.method === 'GET' && req.path === '/graphql' ? landing : api)(res);
    next();
  };
}

/**
 * Helmet's headers for these settings are the same on every response (no nonces), yet helmet
 * computes them through a dozen middlewares per request: record what it sets once, replay it.
 */
function recorded(middleware: ReturnType<typeof helmet>): HeaderReplay {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = { setHeader: (name: string, value: unknown) => set.push([name, String(value)]), removeHeader: (name: string) => removed.push(name) };
  let called = false;
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => (called = true));
  if (!called) throw new Error('helmet did not answer synchronously; its headers cannot be recorded');
  return (res) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
  };
}

/** Only the configured origins get CORS headers; none configured means browsers on other origins are refused. */
export function corsFor(origins: readonly string[]): RequestHandler {
  return cors<cors.CorsRequest>({ origin: origins.length > 0 ? [...origins] : false });
}
