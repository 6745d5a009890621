import { GraphQLError } from 'graphql';

/**
 * The error catalogue: every error a client can see has one of these codes. `http` documents the
 * status a REST client would expect; GraphQL responses stay 200 so partial data still arrives.
 * `retryable` codes reach clients with `extensions.retryable: true`: the same request may succeed
 * later, and nothing of the failed one was written.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { http: 400, category: 'business' },
  NOT_FOUND: { http: 404, category: 'business' },
  CONFLICT: { http: 409, category: 'business' },
  /** No credentials where they are needed, or credentials that are not valid (unknown, revoked, expired). */
  UNAUTHENTICATED: { http: 401, category: 'business' },
  FORBIDDEN: { http: 403, category: 'business' },
  /** The operation exceeds a limit (cost, aliases, depth, response size); smaller requests work. */
  LIMIT_EXCEEDED: { http: 400, category: 'business' },
  /** The request ran past its deadline and was stopped, in the service and in Neo4j. */
  TIMEOUT: { http: 504, category: 'technical', retryable: true },
  /** A transient conflict (lock, deadlock) outlasted the retries; the same request may be sent again. */
  TRANSIENT: { http: 503, category: 'technical', retryable: true },
  SERVICE_UNAVAILABLE: { http: 503, category: 'technical', retryable: true },
  INTERNAL_SERVER_ERROR: { http: 500, category: 'technical' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isRetryableCode(code: ErrorCode): boolean {
  return (ERROR_CODES[code] as Record<string, unknown>).retryable === true;
}

export interface FieldProblem {
  field: string;
  reason: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options: { fields?: FieldProblem[]; cause?: unknown } = {}) {
    super(message, {
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: {
        code,
        category: ERROR_CODES[code].category,
        ...(isRetryableCode(code) ? { retryable: true } : {}),
        ...(options.fields ? { fields: options.fields } : {}),
      },
    });
    this.name = 'AppError';
  }
}

/** BAD_USER_INPUT naming each offending field, so a client can point at the exact input. */
export function badInput(fields: FieldProblem[]): AppError {
  const summary = fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
  return new AppError('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields });
}

export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `${what} "${id}" was not found`);
}
