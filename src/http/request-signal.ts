import { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

/**
 * One AbortController per request, in `res.locals.signal`: it aborts when the deadline passes
 * (the executor then stops the Neo4j transaction and the field fails with TIMEOUT) and when the
 * client disconnects before its answer, so abandoned work does not run on in Neo4j.
 */
export function requestSignal(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new AppError('TIMEOUT', `The request ran longer than ${timeoutMs} ms (REQUEST_TIMEOUT_MS) and was stopped`)),
      timeoutMs,
    );
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new AppError('TIMEOUT', 'The client closed the connection before the answer'));
    });
    res.locals.signal = controller.signal;
    next();
  };
}
