import http from 'node:http';
import neo4j, { Driver } from 'neo4j-driver';
import { recordToPlain } from '../../src/db/convert';
import { CYPHER } from './cypher-statements';

/**
 * The hand-written Cypher peer's requests: POST /<statement name> with a JSON body of parameters answers
 * with `{ data: [rows] }`, each statement run once in a managed read transaction; an unknown statement is
 * a 404 and a failing one a 500 with its message, so a client never waits on a request that threw.
 */
export function cypherPeerHandler(driver: Driver, database: string): http.RequestListener {
  return (req, res) => {
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
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
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
  };
}
