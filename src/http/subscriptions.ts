import http from 'node:http';
import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, parse, specifiedRules, validate, ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { Gauge } from 'prom-client';
import { WebSocketServer } from 'ws';
import { Driver } from 'neo4j-driver';
import { Limits } from '../config/env';
import { AppError } from '../errors/app-error';
import { createContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { limitExceeded } from '../graphql/limits/limit-error';
import { complexity } from '../graphql/limits/operation-gate.plugin';
import { tokenLimitError } from '../graphql/limits/operation-limits';
import { Feed } from '../modules/feed/feed.events';
import { Authenticator } from '../modules/identity/authenticator';
import { Identity } from '../modules/identity/identity.type';
import { Logger } from '../logger';

// graphql-ws publishes its ws adapter only through package "exports", which this project's module resolution (node10) does not read for types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  driver: Driver;
  database: string;
  feed: Feed;
  authenticator: Authenticator;
  limits: Limits;
  /** The same armor rules (aliases, depth, directives) HTTP operations pass. */
  validationRules: ValidationRule[];
  /** Browser origins allowed besides the service's own (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  production: boolean;
  logger: Logger;
  openSubscriptions?: Gauge;
}

/** What one socket carries between graphql-ws callbacks. */
type SocketState = {
  identity?: Identity;
  /** Aborted when the socket closes, so nothing started for it outlives it. */
  closed?: AbortController;
};

/** Subscription documents are small; a larger message is refused by ws before it is parsed. */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Each open subscription holds a listener and a buffer: one client may not hold an unbounded number. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 50;

/** A browser page may open a socket to any host (WebSockets ignore CORS), so only the service's own origin and CORS_ORIGINS may. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true; // not a browser: credentials are checked at connection_init like any client's
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** connectionParams carry the same credential as the HTTP header: `{ authorization: "Bearer <API key or token>" }`. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const entry = Object.entries(params ?? {}).find(([key]) => key.toLowerCase() === 'authorization');
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

const withCode = (errors: readonly GraphQLError[], code: string) =>
  errors.map((e) => (e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { code } })));

/** Counts a subscription while its stream is open; `return` passes straight through so a client's complete ends it at once. */
function counted<T>(source: AsyncIterable<T>, gauge: Gauge): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let open = true;
  gauge.inc();
  const close = () => {
    if (open) gauge.dec();
    open = false;
  };
  return {
    next: async () => {
      const step = await iterator.next().catch((err: unknown) => {
        close();
        throw err;
      });
      if (step.done) close();
      return step;
    },
    return: async (value?: unknown) => {
      close();
      return iterator.return ? iterator.return(value) : { done: true, value: value as T };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's own port and
 * path. The socket authenticates once, at connection_init, with the identities HTTP accepts; each
 * subscription document passes the operation limits HTTP applies (tokens, aliases, depth,
 * directives, cost). Queries and mutations stay on HTTP, where admission, deadlines and the
 * request log apply. Returns what closes every socket (Apollo's drain calls it on shutdown).
 */
export function subscriptionServer(options: SubscriptionServerOptions): { dispose(): Promise<void> } {
  const { schema, limits, authenticator, logger } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin, req }: { origin: string; req: http.IncomingMessage }, answer: (ok: boolean, status?: number, message?: string) => void) =>
      originAllowed(origin, req.headers.host, options.corsOrigins) ? answer(true) : answer(false, 403, 'Origin not allowed'),
  });
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  const cleanup = useServer<Record<string, unknown>, SocketState>(
    {
      isProd: options.production,
      onConnect: async (ctx) => {
        try {
          ctx.extra.identity = await authenticator.identify(authorizationOf(ctx.connectionParams));
          ctx.extra.closed = new AbortController();
          ctx.extra.socket.once('close', () => ctx.extra.closed?.abort());
          return true;
        } catch (err) {
          const known = err instanceof AppError && err.extensions.code === 'UNAUTHENTICATED';
          if (!known) logger.error('websocket authentication failed', { message: (err as Error)?.message });
          // The close reason is all a client sees: the HTTP refusal's message (at most 123 bytes).
          ctx.extra.socket.close(known ? CloseCode.Unauthorized : 1011, known ? err.message.slice(0, 120) : 'Internal server error');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws has already registered this one.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [new AppError('LIMIT_EXCEEDED', `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per socket; complete one or open another socket`)];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (err) {
          const parseError = err instanceof GraphQLError ? err : new GraphQLError(String(err));
          return [tokenLimitError(parseError.message) ?? withCode([parseError], 'GRAPHQL_PARSE_FAILED')[0]];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== 'subscription') {
          return [new AppError('BAD_USER_INPUT', 'Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length) return withCode(invalid, 'GRAPHQL_VALIDATION_FAILED');
        const variableValues = payload.variables ?? undefined;
        // No cost (undefined) for variables that do not fit the operation: execution refuses them before anything subscribes.
        const cost = complexity(schema, document, variableValues, payload.operationName ?? undefined);
        if (cost !== undefined && cost > limits.maxCost) return [limitExceeded('cost', limits.maxCost, Math.ceil(cost))];
        const { identity, closed } = ctx.extra;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues,
          contextValue: createContext(options.driver, options.database, identity, { signal: closed!.signal }, options.feed),
        };
      },
      onOperation: (_ctx, _id, _payload, _args, result) => {
        if (options.openSubscriptions && Symbol.asyncIterator in result) return counted(result, options.openSubscriptions);
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );
  return { dispose: () => cleanup.dispose() as Promise<void> };
}
