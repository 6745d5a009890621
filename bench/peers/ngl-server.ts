import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { TYPE_DEFS } from './ngl-typedefs';
import { runPeer } from './peer-process';

/** The Neo4j GraphQL Library 7 peer: generated resolvers over bench/peers/ngl-typedefs.ts, Apollo Server 5. */
runPeer('ngl', async (db, port) => {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver: db.driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: '127.0.0.1', port },
    context: async () => ({ sessionConfig: { database: db.database } }),
  });
  return { url: url.replace(/\/$/, '') + '/graphql', stop: () => apollo.stop() };
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
