import 'reflect-metadata';
import { loadConfig } from '../../src/config/env';
import { startServer } from '../../src/server';
import { runPeer } from './peer-process';

/** storygraph itself, as `npm start` serves it, with query stats on (Cypher round trips per response). */
runPeer('storygraph', async (db, port) => {
  const server = await startServer({
    // Whatever else the service reads from the environment stays as configured; these are fixed.
    config: { ...loadConfig(process.env), host: '127.0.0.1', port, nodeEnv: 'production', queryStats: true, writeToken: undefined },
    driver: db.driver,
    database: db.database,
  });
  return { url: `http://127.0.0.1:${server.port}/graphql`, stop: server.stop };
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
