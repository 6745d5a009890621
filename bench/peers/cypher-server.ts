import http from 'node:http';
import { AddressInfo } from 'node:net';
import { cypherPeerHandler } from './cypher-handler';
import { runPeer } from './peer-process';

/** The hand-written Cypher peer (requests: cypherPeerHandler), in a process of its own. */
runPeer('cypher', async (db, port) => {
  const server = http.createServer(cypherPeerHandler(db.driver, db.database));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
