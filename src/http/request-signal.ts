import { ServerResponse } from 'node:http';
import { RequestHandler } from 'express';
import { RequestLimits } from '../graphql/context';

/** A request's signal and deadline: both always set for an HTTP request. */
export type HttpRequestLimits = Required<RequestLimits>;

/**
 * One AbortController per request: it aborts when the deadline passes (the executor then stops
 * the Neo4j transaction and the field fails with TIMEOUT) and when the client disconnects before
 * its answer, so abandoned work does not run on in Neo4j. The deadline is epoch ms.
 */
export function requestLimits(res: ServerResponse, timeoutMs: number): HttpRequestLimits {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`its deadline of ${timeoutMs} ms passed (REQUEST_TIMEOUT_MS)`)), timeoutMs);
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new Error('the client disconnected'));
  });
  return { signal: controller.signal, deadline: Date.now() + timeoutMs };
}

/** `requestLimits` as Express middleware: the signal in `res.locals.signal`, the deadline in `res.locals.deadline`. */
export function requestSignal(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const { signal, deadline } = requestLimits(res, timeoutMs);
    res.locals.signal = signal;
    res.locals.deadline = deadline;
    next();
  };
}
