import { ErrorRequestHandler, RequestHandler } from 'express';
import { logger } from '../logger';

type Body = { errors: { message: string; extensions: { code: string } }[] };
const body = (code: string, message: string): Body => ({ errors: [{ message, extensions: { code } }] });

/** Unknown routes answer in JSON like everything else, not with Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(body('NOT_FOUND', `Nothing at ${req.method} ${req.path}: GraphQL is at POST /graphql`));
};

/**
 * Errors raised before GraphQL (body parsing) as GraphQL-style JSON; no stack page, no paths.
 * body-parser marks its errors with `type` and `status`.
 */
export const jsonErrors: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const { type, status } = err as { type?: string; status?: number };
  if (type === 'entity.parse.failed') return void res.status(400).json(body('BAD_REQUEST', 'The request body is not valid JSON'));
  if (type === 'entity.too.large') return void res.status(413).json(body('LIMIT_EXCEEDED', 'The request body is too large'));
  if (status && status >= 400 && status < 500) return void res.status(status).json(body('BAD_REQUEST', 'The request could not be read'));
  logger.error('unexpected HTTP error', { message: (err as Error)?.message, stack: (err as Error)?.stack, path: req.path });
  res.status(500).json(body('INTERNAL_SERVER_ERROR', 'Internal server error'));
};
