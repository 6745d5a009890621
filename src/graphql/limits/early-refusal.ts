import { RequestHandler } from 'express';
import { GraphQLError, GraphQLSchema, parse, validate, ValidationRule } from 'graphql';
import { formatError } from '../errors';
import { tokenLimitError } from './operation-limits';

/** Query texts already found within the limits: a dashboard's repeated operations are checked once. */
const MAX_REMEMBERED = 1000;
const MAX_REMEMBERED_CHARS = 2_000_000;

class CheckedQueries {
  private readonly texts = new Set<string>();
  private chars = 0;

  has(query: string): boolean {
    return this.texts.has(query);
  }

  add(query: string): void {
    if (this.texts.size >= MAX_REMEMBERED || this.chars + query.length > MAX_REMEMBERED_CHARS) {
      this.texts.clear();
      this.chars = 0;
    }
    this.texts.add(query);
    this.chars += query.length;
  }
}

/** The query text of a request: the JSON body's `query`, else the URL's. */
export function queryOf(body: unknown, query?: unknown): string | undefined {
  const fromBody = body && typeof body === 'object' && !Array.isArray(body) ? (body as { query?: unknown }).query : undefined;
  const text = fromBody ?? (query as { query?: unknown } | undefined)?.query;
  return typeof text === 'string' ? text : undefined;
}

/** The JSON body of a 400 answer refusing `errors`. */
function refusal(errors: readonly GraphQLError[]): { errors: object[] } {
  return {
    errors: errors.map((error) => {
      const shown = formatError(error.toJSON(), error);
      const { http: _http, ...extensions } = (shown.extensions ?? {}) as Record<string, unknown>;
      return { ...shown, extensions };
    }),
  };
}

/**
 * The operation limits (tokens, aliases, depth, directives) checked before Apollo's full
 * validation: graphql-js runs every validation rule over the whole document even when the first
 * one already failed, and for 100 aliases of a deep field that costs ~20 ms of CPU per request,
 * which an attacker can repeat. Here the document is parsed with the token limit and only the
 * limit rules run (under a millisecond), so refusing costs little and does not wait behind the
 * full validation. Returns the body of a 400 answer for a document over a limit, else undefined:
 * documents that pass go on to Apollo unchanged; syntax errors too, so their messages stay Apollo's.
 */
export function limitRefusal(options: {
  schema: GraphQLSchema;
  rules: ValidationRule[];
  maxTokens: number;
}): (query: string | undefined) => object | undefined {
  const checked = new CheckedQueries();
  return (query) => {
    if (query === undefined || checked.has(query)) return undefined;
    let errors: readonly GraphQLError[];
    try {
      errors = validate(options.schema, parse(query, { maxTokens: options.maxTokens }), options.rules);
    } catch (error) {
      // Over the token limit graphql-js stops with a syntax error; other syntax errors are Apollo's to report.
      const tokens = error instanceof GraphQLError ? tokenLimitError(error.message) : undefined;
      return tokens ? refusal([tokens]) : undefined;
    }
    if (errors.length) return refusal(errors);
    checked.add(query);
    return undefined;
  };
}

/** `limitRefusal` as Express middleware. */
export function earlyRefusal(refuse: ReturnType<typeof limitRefusal>): RequestHandler {
  return (req, res, next) => {
    const refused = refuse(queryOf(req.body, req.query));
    if (refused) return void res.status(400).json(refused);
    next();
  };
}
