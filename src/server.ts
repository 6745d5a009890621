import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { Driver } from 'neo4j-driver';
import { Config, DEFAULT_ADMISSION, DEFAULT_LIMITS, DEFAULT_SHUTDOWN_GRACE_MS } from './config/env';
import { healthRoutes } from './http/health';
import { jsonErrors, notFound } from './http/json-errors';
import { HttpRequestLimits, requestSignal } from './http/request-signal';
import { subscriptionServer } from './http/subscriptions';
import { apiSecurityHeaders, corsFor, securityHeaders } from './http/security';
import { graphqlPost } from './http/graphql-post';
import { webApp } from './http/web-app';
import { Context, createContext } from './graphql/context';
import { formatError } from './graphql/errors';
import { AdmissionGate } from './graphql/limits/admission';
import { earlyRefusal, limitRefusal } from './graphql/limits/early-refusal';
import { operationGatePlugin } from './graphql/limits/operation-gate.plugin';
import { operationLimits } from './graphql/limits/operation-limits';
import { responseSizePlugin } from './graphql/limits/response-size';
import { queryStatsPlugin } from './graphql/plugins';
import { buildAppSchema } from './graphql/schema';
import { processFeed } from './modules/feed/feed.pubsub';
import { Authenticator } from './modules/identity/authenticator';
import { Executor } from './db/executor';
import { Logger, logger as defaultLogger } from './logger';
import { Metrics, processMetrics } from './observability/metrics';
import { metricsRoute } from './observability/metrics.route';
import { requestObservabilityPlugin } from './observability/request.plugin';
import { observeRequests } from './observability/request-record';
import { countIngests } from './observability/ingest-counter';
import { countTransactions } from './observability/transactions-in-flight';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace period), then closes. */
  stop(): Promise<void>;
}

type Required = 'host' | 'port' | 'nodeEnv' | 'queryStats' | 'writeToken';
type Defaulted = 'corsOrigins' | 'stackTraces' | 'shutdownGraceMs' | 'limits' | 'admission' | 'auth' | 'metrics';

export interface ServerOptions {
  /** Settings not given take the defaults of src/config/env.ts. */
  config: Pick<Config, Required> & Partial<Pick<Config, Defaulted>>;
  driver: Driver;
  database: string;
  /** Request log lines and Apollo's own messages; default: the process logger (JSON on stderr). */
  logger?: Logger;
  /** Where /metrics counts; default: the process-wide registry. Unused when config.metrics is false. */
  metrics?: Metrics;
}

const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export async function startServer({ config, driver, database, logger = defaultLogger, metrics: given }: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are not cached by ETag; hashing every response body is wasted work.
  app.set('etag', false);
  // POST /graphql with a JSON body skips Express (graphql-post.ts); everything else is Express's.
  let graphql: ReturnType<typeof graphqlPost> | undefined;
  const httpServer = http.createServer((req, res) => (graphql?.accepts(req) ? graphql.handle(req, res) : app(req, res)));
  const production = config.nodeEnv === 'production';
  const limits = config.limits ?? DEFAULT_LIMITS;
  const armor = operationLimits(limits, production);
  const schema = await buildAppSchema();
  // Without auth settings nothing is anonymous: every request needs a key or token.
  const authenticator = new Authenticator(new Executor(driver, database), config.auth ?? {}, config.writeToken);
  const metrics = config.metrics === false ? undefined : (given ?? processMetrics());
  const requestDriver = metrics ? countTransactions(driver, metrics.transactionsInFlight) : driver;
  const observation = observeRequests({ logger, metrics });
  if (metrics) countIngests(schema, metrics.ingested);
  const feed = processFeed();
  // The live feed: GraphQL subscriptions over WebSocket on the same port and path (README "Live feed").
  const subscriptions = subscriptionServer({
    httpServer,
    path: '/graphql',
    schema,
    driver: requestDriver,
    database,
    feed,
    authenticator,
    limits,
    validationRules: armor.validationRules,
    corsOrigins: config.corsOrigins ?? [],
    production,
    logger,
    openSubscriptions: metrics?.subscriptions,
  });

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    logger: logger.pino,
    introspection: !production,
    includeStacktraceInErrorResponses: config.stackTraces ?? false,
    // main.ts owns the signals: one shutdown path with one grace period.
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    // graphql-js stops lexing at the first token over the limit (errors.ts names the limit).
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS }),
      // Subscriptions never finish by themselves: at shutdown their sockets are closed (1001 Going away) and clients reconnect elsewhere.
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      // No HTTP cache hints are served; without this Apollo wraps every field resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ...armor.plugins,
      operationGatePlugin({ maxCost: limits.maxCost, gate: new AdmissionGate(config.admission ?? DEFAULT_ADMISSION) }),
      ...(config.queryStats ? [queryStatsPlugin()] : []),
      // After queryStats, so a refused response keeps its extensions.
      responseSizePlugin(limits.maxResponseBytes),
      // Last: records the response as sent, refusals of the plugins above included (request-record.ts logs it).
      requestObservabilityPlugin(),
    ],
  });
  await apollo.start();

  app.use(securityHeaders(!production));
  app.use(healthRoutes(driver, database));
  if (metrics) app.use(metricsRoute(metrics.registry));
  const context = async (authorization: string | undefined, requestLimits: HttpRequestLimits) =>
    createContext(requestDriver, database, await authenticator.identify(authorization), requestLimits, feed);
  const cors = corsFor(config.corsOrigins ?? []);
  const refuse = limitRefusal({ schema, rules: armor.validationRules, maxTokens: limits.maxTokens });
  graphql = graphqlPost({
    apollo,
    securityHeaders: apiSecurityHeaders(),
    cors,
    refuse,
    observation,
    requestTimeoutMs: limits.requestTimeoutMs,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    context,
  });
  app.use(
    '/graphql',
    observation.begin,
    cors,
    express.json({ limit: BODY_LIMIT_BYTES }),
    earlyRefusal(refuse),
    requestSignal(limits.requestTimeoutMs),
    expressMiddleware(apollo, {
      context: observation.context((req, res) => context(req.headers.authorization, { signal: res.locals.signal, deadline: res.locals.deadline })),
    }),
  );
  // The analyst's explorer at `/` (built into dist/web by `npm run build`).
  app.use(webApp());
  app.use(notFound);
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
