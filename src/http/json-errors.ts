import { ErrorRequestHandler, RequestHandler } from 'express';
import { logger } from '../logger';

export type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };
const body = (code: string, message: string): ErrorBody => ({ errors: [{ message, extensions: { code } }] });

/** Unknown routes answer in JSON like everything else, not with Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(body('NOT_FOUND', `Nothing at ${req.method} ${req.path}: GraphQL is at POST /graphql`));
};

/**
 * An error raised before GraphQL (reading or parsing the body) as a status and GraphQL-style JSON;
 * no stack, no paths. Body-parser errors (and graphql-post.ts's, which copy them) carry `type` and `status`.
 */
export function httpErrorAnswer(err: unknown, path: string): { status: number; body: ErrorBody } {
  const { type, status } = (err ?? {}) as { type?: string; status?: number };
  if (type === 'entity.parse.failed') return { status: 400, body: body('BAD_REQUEST', 'The request body is not valid JSON') };
  if (type === 'entity.too.large') return { status: 413, body: body('LIMIT_EXCEEDED', 'The request body is too large') };
  if (status && status >= 400 && status < 500) return { status, body: body('BAD_REQUEST', 'The request could not be read') };
  logger.error('unexpected HTTP error', { message: (err as Error)?.message, stack: (err as Error)?.stack, path });
  return { status: 500, body: body('INTERNAL_SERVER_ERROR', 'Internal server error') };
}

/** Errors raised before GraphQL as GraphQL-style JSON instead of Express's stack page. */
export const jsonErrors: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const { status, body } = httpErrorAnswer(err, req.path);
  res.status(status).json(body);
};
