import { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { badInput, ERROR_CODES, FieldProblem } from '../errors/app-error';
import { logger } from '../logger';
import { isLimitError } from './limits/limit-error';
import { tokenLimitError } from './limits/operation-limits';

/** Flattens nested class-validator errors into "input.claims[2].text" style paths. */
export function validationProblems(errors: ValidationError[], prefix: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    for (const reason of Object.values(e.constraints ?? {})) out.push({ field, reason });
    if (e.children?.length) out.push(...validationProblems(e.children, field));
  }
  return out;
}

const CLIENT_CODES = new Set<string>([
  ...Object.keys(ERROR_CODES),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
]);

/**
 * Known errors pass through with their code; validation failures become BAD_USER_INPUT with
 * one entry per field; anything else is logged in full and shown to the client masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const errors = original.extensions.validationErrors as ValidationError[];
    // Mutations take one `input` argument; query arguments (ArgsType classes) are named by their own properties.
    const isArgs = errors[0]?.target?.constructor?.name.endsWith('Args');
    const converted = badInput(validationProblems(errors, isArgs ? '' : 'input'));
    return { message: converted.message, path: formatted.path, locations: formatted.locations, extensions: converted.extensions };
  }
  if (original instanceof AuthorizationError || original instanceof AuthenticationError) {
    return {
      message: 'This operation needs a write token: Authorization: Bearer <API_WRITE_TOKEN>',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'FORBIDDEN' },
    };
  }
  const tokens = formatted.extensions?.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED ? tokenLimitError(formatted.message) : undefined;
  if (tokens) {
    const { http: _status, ...extensions } = tokens.extensions;
    return { message: tokens.message, extensions };
  }
  if (isLimitError(formatted.extensions)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'LIMIT_EXCEEDED', category: ERROR_CODES.LIMIT_EXCEEDED.category } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error('unexpected error', { message: (original as Error)?.message, stack: (original as Error)?.stack, path: formatted.path });
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
