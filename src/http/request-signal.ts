import { RequestHandler } from 'express';

/**
 * One AbortController per request, in `res.locals.signal` (and the deadline, epoch ms, in
 * `res.locals.deadline`): it aborts when the deadline passes
 * (the executor then stops the Neo4j transaction and the field fails with TIMEOUT) and when the
 * client disconnects before its answer, so abandoned work does not run on in Neo4j.
 */
export function requestSignal(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`its deadline of ${timeoutMs} ms passed (REQUEST_TIMEOUT_MS)`)), timeoutMs);
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new Error('the client disconnected'));
    });
    res.locals.signal = controller.signal;
    res.locals.deadline = Date.now() + timeoutMs;
    next();
  };
}
