import http from 'node:http';
import { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { recordToPlain } from '../../src/db/convert';
import { CYPHER } from './cypher-statements';
import { runPeer } from './peer-process';

/**
 * The hand-written Cypher peer: POST /<statement name> with a JSON body of parameters answers
 * with `{ data: [rows] }`, each statement run once in a managed read transaction.
 */
runPeer('cypher', async (db, port) => {
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '').slice(1);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !CYPHER[name]) return reply(404, { error: `no statement ${name}` });
      try {
        const params = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
        // Limits are integers in Cypher; JSON numbers would arrive as floats.
        for (const key of ['first', 'limit']) if (typeof params[key] === 'number') params[key] = neo4j.int(params[key] as number);
        const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(CYPHER[name], params));
          reply(200, { data: result.records.map((r) => recordToPlain(r)) });
        } finally {
          await session.close();
        }
      } catch (err) {
        reply(500, { error: (err as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}).catch((err) => {
  console.error(err);
  process.exit(1);
});
