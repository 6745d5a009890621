import { HeaderMap } from '@apollo/server';
import { AppError } from '../../errors/app-error';

/**
 * Every operation limit, the setting that moves it, and how its refusal reads. All refusals use
 * one code, LIMIT_EXCEEDED, with `extensions.limit` naming the limit (README "Limits").
 */
export const LIMITS = {
  aliases: { variable: 'MAX_ALIASES', say: (max: number, actual?: number) => `The operation uses ${actual ?? 'too many'} aliases; at most ${max} are allowed` },
  depth: { variable: 'MAX_QUERY_DEPTH', say: (max: number, actual?: number) => `The query is ${actual ?? 'too many'} levels deep; at most ${max} are allowed` },
  tokens: {
    variable: 'MAX_QUERY_TOKENS',
    say: (max: number) => `The document has more than ${max} tokens; at most ${max} are allowed (send values as variables)`,
  },
  directives: {
    variable: 'MAX_DIRECTIVES',
    say: (max: number, actual?: number) => `The operation uses ${actual ?? 'too many'} directives; at most ${max} are allowed`,
  },
  cost: {
    variable: 'MAX_QUERY_COST',
    say: (max: number, actual?: number) =>
      `The operation costs ${actual}; at most ${max} is allowed (lists count by their first/limit/depth: ask for fewer items or less nesting)`,
  },
  responseBytes: { variable: 'MAX_RESPONSE_BYTES', say: (max: number) => `The response is larger than ${max} bytes; ask for fewer items or fields` },
} as const;

export type LimitName = keyof typeof LIMITS;

export function limitExceeded(limit: LimitName, max: number, actual?: number): AppError {
  const error = new AppError('LIMIT_EXCEEDED', `${LIMITS[limit].say(max, actual)} (limit "${limit}", ${LIMITS[limit].variable})`);
  Object.assign(error.extensions, { limit, max, ...(actual !== undefined ? { actual } : {}), http: { status: 400, headers: new HeaderMap() } });
  return error;
}

/** Apollo re-codes validation-rule errors as GRAPHQL_VALIDATION_FAILED; the `limit` extension survives and says what it really is. */
export function isLimitError(extensions: Record<string, unknown> | undefined): boolean {
  return typeof extensions?.limit === 'string' && extensions.limit in LIMITS;
}
