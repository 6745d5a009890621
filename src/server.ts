import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { Driver } from 'neo4j-driver';
import { Config } from './config/env';
import { healthRoutes } from './http/health';
import { Context, createContext } from './graphql/context';
import { canWrite } from './graphql/auth';
import { depthLimit } from './graphql/depth-limit';
import { formatError } from './graphql/errors';
import { queryStatsPlugin } from './graphql/plugins';
import { buildAppSchema } from './graphql/schema';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections and finishes in-flight requests. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  config: Pick<Config, 'host' | 'port' | 'nodeEnv' | 'queryStats' | 'writeToken'>;
  driver: Driver;
  database: string;
}

export async function startServer({ config, driver, database }: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const development = config.nodeEnv !== 'production';

  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError,
    introspection: development,
    validationRules: [depthLimit()],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageProductionDefault(),
      ...(config.queryStats ? [queryStatsPlugin()] : []),
    ],
  });
  await apollo.start();

  app.use(healthRoutes(driver, database));
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(driver, database, canWrite(req.headers.authorization, config.writeToken)),
    }),
  );

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
